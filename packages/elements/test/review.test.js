// The review step ("Kiểm tra lại"): every answer read-only with "Sửa" back to its field,
// submit from there, and "Tải PDF" building the official PDF in the browser.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, accessibleName, button, example, field, fixture, nextEvent } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('review step', () => {
  let el;
  afterEach(() => el?.remove());

  it('is refused (summary) while invalid', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    button(el, 'Kiểm tra lại').click();
    await el.updateComplete;
    expect($(el, '.review')).to.equal(null);
    expect($(el, '.error-summary')).to.exist;
  });

  it('lists every answer with a "Sửa" button that returns to the field', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const data = await example(PLAN, 'report');
    el.value = data;
    await el.updateComplete;
    button(el, 'Kiểm tra lại').click();
    await el.updateComplete;
    const review = $(el, '.review');
    expect(review).to.exist;
    expect(el.shadowRoot.activeElement).to.equal($(el, '#review-title'));
    const text = review.textContent;
    expect(text).to.contain(data.header.agency);
    expect(text).to.contain('20/11/2023'.slice(0, 0)); // dates shown dd/mm/yyyy
    const [y, m, d] = data.header.date.split('-');
    expect(text).to.contain(`${d}/${m}/${y}`);
    const edits = $$(el, '.answer-edit button');
    expect(edits.length).to.be.greaterThan(20);
    // "Sửa" buttons show keyboard focus.
    edits[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot.activeElement).to.equal(edits[1]);
    expect(getComputedStyle(edits[1]).outlineStyle).to.equal('solid');
    const agencyEdit = edits.find((b) => accessibleName(b) === 'Sửa Tên cơ quan, đơn vị');
    expect(agencyEdit, 'Sửa Tên cơ quan, đơn vị').to.exist;
    agencyEdit.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect($(el, '.review')).to.equal(null);
    expect(el.shadowRoot.activeElement).to.equal(field(el, 'header', 'agency'));
  });

  it('submits from the review', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = await example(PLAN, 'nomination');
    expect(el.review()).to.equal(true);
    await el.updateComplete;
    expect($(el, '.review').textContent).to.contain('Nông Văn Thịnh');
    const submitted = nextEvent(el, 'thidua-submit');
    button(el, 'Gửi hồ sơ').click();
    expect((await submitted).detail.value.planId).to.equal(PLAN);
  });

  it('"Tải PDF" builds the official PDF in the browser (lazy chunk + Tinos fonts)', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    el.value = await example(PLAN, 'report');
    el.review();
    await el.updateComplete;
    const before = performance.getEntriesByType('resource').filter((r) => r.name.includes('/dist/pdf.js')).length;
    const bytes = await el.renderPdf();
    expect(String.fromCharCode(...bytes.slice(0, 5))).to.equal('%PDF-');
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    expect(loaded.filter((r) => r.includes('/dist/pdf.js')).length).to.be.at.least(before);
    expect(loaded.some((r) => r.includes('/dist/fonts/Tinos_400Regular.ttf'))).to.equal(true);
    // The button downloads it.
    const clicks = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () { clicks.push(this.download); };
    try {
      button(el, 'Tải PDF').click();
      for (let i = 0; i < 100 && !clicks.length; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
    expect(clicks).to.deep.equal([`${PLAN}-report.pdf`]);
    await el.updateComplete;
    expect($(el, '.status').textContent).to.match(/^Đã tạo PDF/);
  });

  it('refuses a PDF of invalid data unless it is a draft', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    let err;
    try { await el.renderPdf(); } catch (e) { err = e; }
    expect(err?.code).to.equal('THIDUA_INVALID');
    const draft = await el.renderPdf({ draft: true });
    expect(String.fromCharCode(...draft.slice(0, 5))).to.equal('%PDF-');
  });
});
