// Drafts: autosaved per draft-key, restored after a reload (a real one, in a frame) or when
// the element is created again, cleared by a successful submit, never lost by a failed one.
import { expect } from '@esm-bundle/chai';
import { $, button, clearDrafts, example, field, fixture, nextEvent, tick, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const KEY = `thidua:draft:v1:${PLAN}:report:unit-42`;

describe('drafts', () => {
  let el;
  beforeEach(clearDrafts);
  afterEach(() => { el?.remove(); clearDrafts(); });

  it('autosave ~400 ms after the last change, under a key with version, plan, kind and draft-key', async () => {
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
    await typeInto(el, field(el, 'header', 'agency'), 'Ủy ban nhân dân huyện Đam Rông');
    expect(localStorage.getItem(KEY)).to.equal(null);
    await tick(500);
    const saved = JSON.parse(localStorage.getItem(KEY));
    expect(saved).to.include({ v: 1, planVersion: '1.0.0' });
    expect(saved.value.header.agency).to.equal('Ủy ban nhân dân huyện Đam Rông');
  });

  it('come back in a new element with the same draft-key, with a notice and "Bắt đầu lại"', async () => {
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
    await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Đam Rông');
    el.remove(); // flushes the pending save
    const again = document.createElement('thidua-form');
    Object.assign(again, { plan: PLAN, kind: 'report', draftKey: 'unit-42' });
    const ready = nextEvent(again, 'thidua-ready');
    document.body.append(again);
    el = again;
    expect((await ready).detail.draftRestored).to.equal(true);
    await el.updateComplete;
    expect(el.value.header.agency).to.equal('UBND huyện Đam Rông');
    expect(field(el, 'header', 'agency').value).to.equal('UBND huyện Đam Rông');
    expect($(el, '.notice').textContent).to.contain('Bản nháp đã được khôi phục');
    button(el, 'Bắt đầu lại').click();
    await el.updateComplete;
    expect(el.value.header.agency).to.equal(undefined);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect($(el, '.notice')).to.equal(null);
    expect($(el, '.status').textContent).to.equal('Đã xóa bản nháp.');
  });

  it('follow draft-key when it changes on a drawn form: the old key keeps its text, the new key\'s draft comes back', async () => {
    const other = `thidua:draft:v1:${PLAN}:report:unit-7`;
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-7' });
    await typeInto(el, field(el, 'header', 'agency'), 'Xã Đạ Tông');
    el.remove(); // flushes the pending save
    expect(JSON.parse(localStorage.getItem(other)).value.header.agency).to.equal('Xã Đạ Tông');
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
    await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Đam Rông');
    const change = nextEvent(el, 'thidua-change');
    el.draftKey = 'unit-7';
    expect((await change).detail.source).to.equal('draft');
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)).value.header.agency).to.equal('UBND huyện Đam Rông');
    expect(el.value.header.agency).to.equal('Xã Đạ Tông');
    expect(field(el, 'header', 'agency').value).to.equal('Xã Đạ Tông');
    expect($(el, '.notice').textContent).to.contain('Bản nháp đã được khôi phục');
    // Back to the first key: its draft, and edits from now on saved under it.
    el.draftKey = 'unit-42';
    await el.updateComplete;
    expect(field(el, 'header', 'agency').value).to.equal('UBND huyện Đam Rông');
    await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Lạc Dương');
    await tick(500);
    expect(JSON.parse(localStorage.getItem(KEY)).value.header.agency).to.equal('UBND huyện Lạc Dương');
    expect(JSON.parse(localStorage.getItem(other)).value.header.agency).to.equal('Xã Đạ Tông');
  });

  it('survive a real page reload, even one right after typing', async () => {
    const frame = document.createElement('iframe');
    const ready = () => new Promise((resolve) => window.addEventListener('message', function on(e) {
      if (e.data?.source !== 'thidua-drafts') return;
      window.removeEventListener('message', on);
      resolve(e.data);
    }));
    let r = ready();
    frame.src = '/packages/elements/test/pages/drafts.html';
    document.body.append(frame);
    expect((await r).draftRestored).to.equal(false);
    const inner = frame.contentDocument.querySelector('thidua-form');
    const agency = inner.shadowRoot.getElementById('f.header.agency');
    agency.value = 'Xã Đạ Tông';
    agency.dispatchEvent(new Event('input', { bubbles: true }));
    r = ready();
    frame.contentWindow.location.reload(); // before the 400 ms: saved on pagehide
    const after = await r;
    expect(after.draftRestored).to.equal(true);
    expect(after.value.header.agency).to.equal('Xã Đạ Tông');
    frame.remove();
    localStorage.removeItem(`thidua:draft:v1:${PLAN}:report:reload-test`);
  });

  it('a refused submit keeps the input and the draft; a successful one clears the draft', async () => {
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
    await typeInto(el, field(el, 'header', 'agency'), 'Đam Rông');
    expect(el.requestSubmit()).to.equal(false);
    await tick(500);
    expect(el.value.header.agency).to.equal('Đam Rông');
    expect(JSON.parse(localStorage.getItem(KEY)).value.header.agency).to.equal('Đam Rông');
    el.value = await example(PLAN, 'report');
    await typeInto(el, field(el, 'header', 'place'), 'Đam Rông');
    const submitted = nextEvent(el, 'thidua-submit');
    expect(el.requestSubmit()).to.equal(true);
    await submitted;
    await tick(500);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(el.value.header.place).to.equal('Đam Rông'); // the form keeps its data
  });

  it('a host that cancels thidua-submit keeps the draft (e.g. until its server accepts)', async () => {
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
    el.value = await example(PLAN, 'report');
    await typeInto(el, field(el, 'header', 'place'), 'Lâm Đồng');
    el.addEventListener('thidua-submit', (e) => e.preventDefault(), { once: true });
    el.requestSubmit();
    await tick(450);
    expect(JSON.parse(localStorage.getItem(KEY)).value.header.place).to.equal('Lâm Đồng');
  });
});
