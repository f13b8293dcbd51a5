// Achievement figures in the form: the officer adds a row, types a figure as the report writes it
// ("từ 20 đến 100 triệu đồng/hộ"), and the submitted data carries it; a reversed range is
// refused at its row.
import { expect } from '@esm-bundle/chai';
import { byId, example, field, fixture, nextEvent, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('achievement figures', () => {
  let el;
  afterEach(() => el?.remove());

  /** The dossier example with the household's card open and its figures list cleared. */
  async function household() {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const v = await example(PLAN, 'nomination');
    const h = v.nominees.findIndex((n) => n.type === 'household');
    delete v.nominees[h].figures;
    el.value = v;
    await el.updateComplete;
    el.shadowRoot.querySelectorAll('.card-toggle')[h].click();
    await el.updateComplete;
    return h;
  }

  it('a row added and typed in is in the submitted data, with the qualifier picked from its Vietnamese labels', async () => {
    const h = await household();
    const add = byId(el, `f.nominees.${h}.figures-add`);
    expect(add, 'add-row button of “Số liệu thành tích”').to.exist;
    add.click();
    await el.updateComplete;
    const f = (...p) => field(el, 'nominees', h, 'figures', 0, ...p);
    await typeInto(el, f('what'), 'Mức cho hộ nghèo vay');
    const q = f('qualifier');
    expect(q.tagName).to.equal('SELECT');
    expect([...q.options].map((o) => o.textContent)).to.include.members(['trên', 'hơn', 'gần', 'khoảng', 'dưới']);
    q.value = 'khoang';
    q.dispatchEvent(new Event('change', { bubbles: true }));
    await typeInto(el, f('value'), '20');
    await typeInto(el, f('upTo'), '100');
    await typeInto(el, f('unit'), 'triệu đồng/hộ');
    await typeInto(el, f('fromYear'), '2021');
    await typeInto(el, f('toYear'), '2023');
    const ind = f('indicator');
    expect([...ind.options].map((o) => o.textContent)).to.include('Số hộ nghèo và hộ cận nghèo đa chiều cuối năm');
    await el.updateComplete;
    const submitted = nextEvent(el, 'thidua-submit');
    el.requestSubmit();
    const e = await submitted;
    expect(e.detail.value.nominees[h].figures).to.deep.equal([
      { what: 'Mức cho hộ nghèo vay', qualifier: 'khoang', value: 20, upTo: 100, unit: 'triệu đồng/hộ', fromYear: 2021, toYear: 2023 },
    ]);
  });

  it('a range typed backwards shows the message at its row and blocks the submission', async () => {
    const h = await household();
    byId(el, `f.nominees.${h}.figures-add`).click();
    await el.updateComplete;
    const f = (...p) => field(el, 'nominees', h, 'figures', 0, ...p);
    await typeInto(el, f('what'), 'Mức cho hộ nghèo vay');
    await typeInto(el, f('value'), '100');
    await typeInto(el, f('upTo'), '20');
    await typeInto(el, f('unit'), 'triệu đồng/hộ');
    let submitted = false;
    el.addEventListener('thidua-submit', () => { submitted = true; });
    el.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    const upTo = f('upTo');
    const msg = byId(el, `${upTo.id}-error`);
    expect(msg, 'inline message at “Đến” of row 1').to.exist;
    expect(msg.textContent).to.contain('Dòng 1');
    expect(msg.textContent).to.contain('từ 100 đến 20');
    expect(upTo.getAttribute('aria-invalid')).to.equal('true');
  });

  it('a report section offers “trên”, “gần”… for its indicator values and lists its own figures', async () => {
    const DN = 'dong-nai-so-ket-2023';
    el = await fixture({ plan: DN, kind: 'report' });
    el.value = await example(DN, 'report');
    await el.updateComplete;
    const q = field(el, 'sections', 'nganHangTinDung', 'qualifiers', 'doanhSoChoVay');
    expect(q, 'qualifier of “Doanh số cho vay”').to.exist;
    q.value = 'tren';
    q.dispatchEvent(new Event('change', { bubbles: true }));
    expect(field(el, 'sections', 'nganHangTinDung', 'figures', 0, 'what').value).to.equal('Nợ quá hạn');
    await el.updateComplete;
    const submitted = nextEvent(el, 'thidua-submit');
    el.requestSubmit();
    const e = await submitted;
    expect(e.detail.value.sections.nganHangTinDung.qualifiers).to.deep.equal({ doanhSoChoVay: 'tren' });
  });
});
