// Restored drafts are bounded: a stored draft too deep, too large or unreadable is set aside
// (kept under another key) with a notice, the form starts as if there were none and `ready`
// settles; a saved time that is not a plausible date is left out of the notice.
import { expect } from '@esm-bundle/chai';
import { $, clearDrafts, nextEvent, tick } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const KEY = `thidua:draft:v1:${PLAN}:report:unit-42`;
const ASIDE = `thidua:draft-aside:v1:${PLAN}:report:unit-42`;
const draft = (fields) => JSON.stringify({ v: 1, planVersion: '1.0.0', savedAt: Date.now() - 60_000, value: { header: { agency: 'Xã Đạ Tông' } }, ...fields });

/** Creates the element over whatever is stored; resolves with it and how `ready` ended (or 'stuck'). */
async function load(attrs = {}) {
  const el = document.createElement('thidua-form');
  Object.assign(el, { plan: PLAN, kind: 'report', draftKey: 'unit-42' });
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const readyEvent = nextEvent(el, 'thidua-ready');
  document.body.append(el);
  const outcome = await Promise.race([el.ready.then(() => 'ready', () => 'rejected'), tick(10_000).then(() => 'stuck')]);
  return { el, outcome, readyEvent };
}

describe('a stored draft', () => {
  let el;
  beforeEach(clearDrafts);
  afterEach(() => { el?.remove(); el = undefined; clearDrafts(); });

  it('20,000 levels deep is set aside with a notice; ready settles and the form is usable', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const raw = `{"v":1,"planVersion":"1.0.0","savedAt":${Date.now()},"value":{"header":{"agency":${deep}}}}`;
    localStorage.setItem(KEY, raw);
    let outcome;
    ({ el, outcome } = await load());
    expect(outcome).to.equal('ready');
    await el.updateComplete;
    expect(el.value.header?.agency).to.equal(undefined);
    expect($(el, '.draft-restored').textContent).to.contain('Bản nháp lưu trên máy này không dùng được');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(ASIDE)).to.equal(raw);
    expect(el.validate().ok).to.equal(false); // validates like any empty form
  });

  it('larger than 4,000,000 characters is set aside, not parsed', async () => {
    const raw = draft({ value: { header: { agency: 'Đ'.repeat(4_000_001) } } });
    localStorage.setItem(KEY, raw);
    let outcome;
    let readyEvent;
    ({ el, outcome, readyEvent } = await load());
    expect(outcome).to.equal('ready');
    expect((await readyEvent).detail.draftRestored).to.equal(false);
    await el.updateComplete;
    expect(el.value.header?.agency).to.equal(undefined);
    expect($(el, '.draft-restored').textContent).to.contain('Bản nháp lưu trên máy này không dùng được');
    expect(localStorage.getItem(ASIDE)?.length).to.equal(raw.length);
  });

  it('that is not JSON is set aside too', async () => {
    localStorage.setItem(KEY, '{"v":1,"value":{"header":');
    let outcome;
    ({ el, outcome } = await load());
    expect(outcome).to.equal('ready');
    await el.updateComplete;
    expect($(el, '.draft-restored').textContent).to.contain('không dùng được');
    expect(localStorage.getItem(ASIDE)).to.equal('{"v":1,"value":{"header":');
  });

  const badTimes = [['a string', '"soon"'], ['1e300', '1e300'], ['-1', '-1'], ['null', 'null'], ['past the last Date', '8640000000000001'], ['a week ahead', String(Date.now() + 7 * 86_400_000)]];
  for (const [label, savedAt] of badTimes) {
    it(`with savedAt ${label} comes back with a notice that gives no time, never "Invalid Date"`, async () => {
      localStorage.setItem(KEY, draft().replace(/"savedAt":\d+/, `"savedAt":${savedAt}`));
      let outcome;
      ({ el, outcome } = await load());
      expect(outcome).to.equal('ready');
      await el.updateComplete;
      expect(el.value.header.agency).to.equal('Xã Đạ Tông');
      const text = $(el, '.draft-restored').textContent;
      expect(text).to.contain('Bản nháp đã được khôi phục.');
      expect(text).to.not.contain('Invalid');
      expect(text).to.not.contain('lưu lúc');
    });
  }

  it('with a plausible savedAt shows its time (English too)', async () => {
    localStorage.setItem(KEY, draft({ savedAt: Date.UTC(2025, 2, 14, 8, 30) }));
    ({ el } = await load({ lang: 'en' }));
    await el.updateComplete;
    const text = $(el, '.draft-restored').textContent;
    expect(text).to.contain('Your draft was restored (saved at');
    expect(text).to.match(/14\/03\/2025/);
  });
});
