// Drafts never lost silently: a save the browser refuses (storage full to its real quota) is
// shown and announced with a "Tải bản nháp" download, and clears once a save works again; after
// a reload the older draft comes back marked as older; closing the page asks first whenever
// edits would be lost (no draft-key, a refused save), and only then.
import { expect } from '@esm-bundle/chai';
import {
  $, button, clearDrafts, draftsFrame, example, field, fillStorage, fixture, frameReady, nextDownload, nextEvent, tick, tryToLeave, typeInto,
} from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const KEY = `thidua:draft:v1:${PLAN}:report:unit-42`;
const live = (el) => $(el, '.draft-live').textContent;

describe('drafts never lost silently', () => {
  let el;
  let free = () => {};
  beforeEach(clearDrafts);
  afterEach(() => { free(); free = () => {}; el?.remove(); el = undefined; clearDrafts(); });

  describe('a draft the browser refuses to save', () => {
    it('is shown and announced, can be downloaded as a file, and the notice clears once saving works again', async () => {
      el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
      expect($(el, '.draft-failed')).to.equal(null);
      free = fillStorage();
      await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Đam Rông');
      await tick(500);
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal(null);
      const notice = $(el, '.draft-failed');
      expect(notice.textContent).to.contain('Không lưu được bản nháp trên máy này');
      expect(live(el)).to.contain('Không lưu được bản nháp trên máy này');
      expect($(el, '.draft-live').getAttribute('role')).to.equal('status');

      const download = nextDownload();
      button(el, 'Tải bản nháp').click();
      const { name, blob } = await download;
      const today = new Date();
      const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      expect(name).to.equal(`ban-nhap-${PLAN}-report-${date}.json`);
      expect(blob.type).to.equal('application/json');
      const file = JSON.parse(await blob.text());
      expect(file).to.include({ plan: PLAN, kind: 'report', planVersion: '1.0.0' });
      expect(file.value.header.agency).to.equal('UBND huyện Đam Rông');
      expect(field(el, 'header', 'agency').value).to.equal('UBND huyện Đam Rông'); // nothing typed is lost

      free();
      free = () => {};
      await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Lạc Dương');
      await tick(500);
      await el.updateComplete;
      expect($(el, '.draft-failed')).to.equal(null);
      expect(live(el)).to.contain('Đã lưu được bản nháp');
      expect(JSON.parse(localStorage.getItem(KEY)).value.header.agency).to.equal('UBND huyện Lạc Dương');
    });

    it('in English too', async () => {
      el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42', lang: 'en' });
      free = fillStorage();
      await typeInto(el, field(el, 'header', 'agency'), 'Dam Rong');
      await tick(500);
      await el.updateComplete;
      expect($(el, '.draft-failed').textContent).to.contain('Could not save the draft');
      expect(button(el, 'Download draft')).to.not.equal(undefined);
    });

    it('after a reload, the older draft that did save comes back marked as older, not as the latest', async () => {
      const frame = await draftsFrame('stale-test');
      const inner = () => frame.contentDocument.querySelector('thidua-form');
      const type = async (text) => {
        const agency = inner().shadowRoot.getElementById('f.header.agency');
        agency.value = text;
        agency.dispatchEvent(new Event('input', { bubbles: true }));
        await tick(500);
        await inner().updateComplete;
      };
      await type('Xã Đạ Tông');
      free = fillStorage();
      await type('Xã Đạ Tông, huyện Đam Rông');
      expect(inner().shadowRoot.querySelector('.draft-failed')).to.not.equal(null);
      const ready = frameReady(frame);
      frame.contentWindow.location.reload();
      const after = await ready;
      expect(after.draftRestored).to.equal(true);
      expect(after.value.header.agency).to.equal('Xã Đạ Tông');
      await inner().updateComplete;
      const notice = inner().shadowRoot.querySelector('.draft-restored').textContent;
      expect(notice).to.contain('Bản nháp đã được khôi phục');
      expect(notice).to.contain('Những thay đổi sau đó không lưu được nên không có ở đây');
      frame.remove();
    });

    it('and with no saved draft at all, says that what was typed then is gone', async () => {
      const frame = await draftsFrame('lost-test');
      free = fillStorage();
      const inner = () => frame.contentDocument.querySelector('thidua-form');
      const agency = inner().shadowRoot.getElementById('f.header.agency');
      agency.value = 'Xã Đạ Tông';
      agency.dispatchEvent(new Event('input', { bubbles: true }));
      await tick(500);
      const ready = frameReady(frame);
      frame.contentWindow.location.reload();
      expect((await ready).draftRestored).to.equal(false);
      await inner().updateComplete;
      expect(inner().shadowRoot.querySelector('.draft-restored').textContent).to.contain('Lần trước bản nháp không lưu được trên máy này');
      frame.remove();
    });
  });

  describe('leaving the page', () => {

    it('without draft-key: asks after an edit, not before, not after the host sets the value, a reset or a submission', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      el = await fixture({ plan: PLAN, kind: 'report' }, form);
      expect(tryToLeave()).to.equal(false);
      await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Đam Rông');
      expect(tryToLeave()).to.equal(true);
      el.value = await example(PLAN, 'report');
      expect(tryToLeave()).to.equal(false);
      await typeInto(el, field(el, 'header', 'place'), 'Đam Rông');
      expect(tryToLeave()).to.equal(true);
      form.reset();
      expect(tryToLeave()).to.equal(false);
      el.value = await example(PLAN, 'report');
      await typeInto(el, field(el, 'header', 'place'), 'Lâm Đồng');
      expect(tryToLeave()).to.equal(true);
      el.addEventListener('thidua-submit', (e) => e.preventDefault(), { once: true });
      const submitted = nextEvent(el, 'thidua-submit');
      expect(el.requestSubmit()).to.equal(true);
      await submitted;
      expect(tryToLeave()).to.equal(false);
      // A refused submission keeps the edits unsaved.
      await typeInto(el, field(el, 'header', 'agency'), '');
      expect(el.requestSubmit()).to.equal(false);
      expect(tryToLeave()).to.equal(true);
      el.remove();
      expect(tryToLeave(), 'a removed element no longer holds the page').to.equal(false);
      form.remove();
    });

    it('with draft-key: saves what is pending and lets go; asks when the save is refused', async () => {
      el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'unit-42' });
      await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Đam Rông');
      expect(localStorage.getItem(KEY)).to.equal(null); // within the 400 ms
      expect(tryToLeave()).to.equal(false);
      expect(JSON.parse(localStorage.getItem(KEY)).value.header.agency).to.equal('UBND huyện Đam Rông');
      free = fillStorage();
      // Longer than the few bytes fillStorage may leave free (its last key name and one character).
      await typeInto(el, field(el, 'header', 'agency'), 'Ủy ban nhân dân huyện Lạc Dương, tỉnh Lâm Đồng (trụ sở mới tại thị trấn Lạc Dương)');
      expect(tryToLeave()).to.equal(true);
      expect(JSON.parse(localStorage.getItem(KEY)).value.header.agency).to.equal('UBND huyện Đam Rông');
    });
  });
});
