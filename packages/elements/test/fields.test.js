// Controls, one kind at a time: inline errors after touch, Vietnamese numbers and dates,
// choices, lists with accessible add/remove/move, nominee cards and their variants, English.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, button, byId, example, field, fieldNear, fixture, nextEvent, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('inline errors', () => {
  let el;
  afterEach(() => el?.remove());

  it('appear once a field is touched, tied to it with aria-describedby and a hidden "Lỗi:"', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const agency = field(el, 'header', 'agency');
    expect(agency.getAttribute('aria-invalid')).to.equal(null);
    expect(byId(el, 'f.header.agency-error')).to.equal(null);
    agency.focus();
    agency.blur();
    await el.updateComplete;
    const err = byId(el, 'f.header.agency-error');
    expect(err.textContent.replace(/\s+/g, ' ').trim()).to.equal('Lỗi: Nhập thông tin vào ô này.');
    expect(err.querySelector('.vh').textContent.trim()).to.equal('Lỗi:');
    expect(agency.getAttribute('aria-invalid')).to.equal('true');
    expect(agency.getAttribute('aria-describedby').split(' ')).to.include('f.header.agency-error');
    // Untouched fields stay quiet.
    expect(byId(el, 'f.header.place-error')).to.equal(null);
    await typeInto(el, agency, 'Ủy ban nhân dân huyện Đam Rông');
    expect(byId(el, 'f.header.agency-error')).to.equal(null);
    expect(agency.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('a hint is joined to the control too, and a pattern error repeats the example', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const num = field(el, 'header', 'number');
    expect(byId(el, 'f.header.number-hint').textContent).to.equal('Ví dụ: 125/BC-UBND');
    await typeInto(el, num, '125 BC');
    expect(num.getAttribute('aria-describedby')).to.equal('f.header.number-hint f.header.number-error');
    expect(byId(el, 'f.header.number-error').textContent).to.contain('Ví dụ: 125/BC-UBND');
  });

  it('counts characters against maxLength (in NFC) and reports the excess', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const place = field(el, 'header', 'place');
    await typeInto(el, place, 'Đ'.repeat(95));
    expect(byId(el, 'f.header.place-count').textContent).to.equal('Còn 5 ký tự');
    await typeInto(el, place, 'e\u0302\u0323'.repeat(103)); // "ệ" decomposed: 103 letters, 309 code units
    expect(byId(el, 'f.header.place-count').textContent).to.equal('Vượt quá 3 ký tự');
    expect(byId(el, 'f.header.place-error').textContent).to.contain('Rút gọn còn tối đa 100 ký tự (đang có 103)');
  });
});

describe('numbers and dates', () => {
  let el;
  afterEach(() => el?.remove());

  it('reads numbers typed the Vietnamese way and shows them as 1.234,5', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const members = await fieldNear(el, 'councilMinutes', 'membersTotal');
    members.focus();
    await sendKeys({ type: '1.234' });
    await el.updateComplete;
    expect(el.value.councilMinutes.membersTotal).to.equal(1234);
    expect(members.value).to.equal('1.234'); // untouched while typing
    members.blur();
    await el.updateComplete;
    expect(members.value).to.equal('1.234');
    // The evidence of a nominee: percentages with a decimal comma, "1234.5" understood too.
    button(el, 'Thêm người được đề nghị').click();
    await el.updateComplete;
    for (const [typed, value, shown] of [['1.234,5', 1234.5, '1.234,5'], ['1234,5', 1234.5, '1.234,5'], ['1234.5', 1234.5, '1.234,5'], ['22,48', 22.48, '22,48'], ['-3,5', -3.5, '-3,5']]) {
      const votes = field(el, 'nominees', 0, 'votesAgree');
      await typeInto(el, votes, typed);
      expect(el.value.nominees[0].votesAgree, typed).to.equal(value);
      expect(field(el, 'nominees', 0, 'votesAgree').value, typed).to.equal(shown);
    }
  });

  it('keeps what cannot be read as a number, and says so', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const members = await fieldNear(el, 'councilMinutes', 'membersTotal');
    await typeInto(el, members, '12,3,4');
    expect(el.value.councilMinutes.membersTotal).to.equal('12,3,4');
    expect(members.value).to.equal('12,3,4');
    expect(byId(el, 'f.councilMinutes.membersTotal-error').textContent).to.contain('Nhập số, ví dụ 13.');
  });

  it('takes dates as dd/mm/yyyy and stores them ISO', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const date = field(el, 'header', 'date');
    date.focus();
    await sendKeys({ type: '20/10/2023' });
    await el.updateComplete;
    expect(el.value.header.date).to.equal('2023-10-20');
    await typeInto(el, date, '5-3-2024');
    expect(el.value.header.date).to.equal('2024-03-05');
    expect(date.value).to.equal('05/03/2024');
    await typeInto(el, date, '31/02/2023');
    expect(el.value.header.date).to.equal('31/02/2023');
    expect(byId(el, 'f.header.date-error').textContent).to.contain('Nhập ngày có thật theo dạng ngày/tháng/năm, ví dụ 28/02/2024.');
    el.value = { ...el.value, header: { ...el.value.header, date: '2023-11-20' } };
    await el.updateComplete;
    expect(field(el, 'header', 'date').value).to.equal('20/11/2023');
  });

  it('offer the browser\'s calendar beside a date: a named button, the day picked written as typed', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const ex = await example(PLAN, 'report');
    el.value = { ...ex, header: { ...ex.header, date: '2023-11-20' } };
    await el.updateComplete;
    const date = field(el, 'header', 'date');
    const button = byId(el, 'f.header.date-calendar');
    const label = el.shadowRoot.querySelector('label[for="f.header.date"]').textContent.trim();
    expect(button.getAttribute('aria-label')).to.equal(`Chọn trên lịch: ${label.replace(/\s*\(.*\)$/, '')}`);
    const picker = button.nextElementSibling;
    expect(picker.type).to.equal('date');
    expect(picker.tabIndex).to.equal(-1);
    expect(picker.getAttribute('aria-hidden')).to.equal('true');
    expect(picker.value, 'the calendar opens at the date shown').to.equal('2023-11-20');
    // The browser's picker sets its input and fires change.
    picker.value = '2024-03-05';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.header.date).to.equal('2024-03-05');
    expect(date.value).to.equal('05/03/2024');
    expect(el.shadowRoot.activeElement).to.equal(date);
  });
});

describe('choices', () => {
  let el;
  afterEach(() => el?.remove());

  it('radios (≤ 4 options) in a fieldset with a legend, selects otherwise, checkboxes for criteria', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const phase = field(el, 'phase');
    expect(phase.type).to.equal('radio');
    expect(phase.closest('fieldset').querySelector('legend').textContent).to.contain('Đợt khen thưởng');
    expect(field(el, 'header', 'unitType').tagName).to.equal('SELECT');
    byId(el, 'f.phase-1').click();
    await el.updateComplete;
    expect(el.value.phase).to.equal('so-ket-2023');
    const unitType = field(el, 'header', 'unitType');
    unitType.value = 'huyen';
    unitType.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.header.unitType).to.equal('huyen');

    button(el, 'Thêm người được đề nghị').click();
    await el.updateComplete;
    // The criteria are those of the nominee's group: until one is chosen, a hint says so.
    expect(field(el, 'nominees', 0, 'criteriaMet').textContent).to.equal('Chọn «Nhóm đối tượng» trước: các lựa chọn ở đây tùy theo mục đó.');
    const group = field(el, 'nominees', 0, 'group');
    group.value = 'thon-buon-to-dan-pho'; // three criteria
    group.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const criteria = field(el, 'nominees', 0, 'criteriaMet');
    expect(criteria.type).to.equal('checkbox');
    byId(el, 'f.nominees.0.criteriaMet-2').click();
    criteria.click();
    await el.updateComplete;
    const schema = await (await fetch(`/packages/plans/dist/schemas/${PLAN}/nomination.schema.json`)).json();
    const { criteriaMet } = schema.properties.nominees.items.oneOf[0].properties;
    const ids = criteriaMet.items.enum.filter((_, n) => criteriaMet['x-ui-enum-applies'][n].group.includes(group.value));
    expect(el.value.nominees[0].criteriaMet).to.deep.equal([ids[0], ids[2]]); // in the plan's order
  });
});

describe('lists', () => {
  let el;
  afterEach(() => el?.remove());

  it('add, move and remove entries with accessible names, focus following', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    await typeInto(el, field(el, 'to', 0), 'A');
    const add = button(el, 'Thêm nơi nhận báo cáo');
    expect(add, 'add button').to.exist;
    add.click();
    await el.updateComplete;
    expect(el.shadowRoot.activeElement).to.equal(field(el, 'to', 1));
    await typeInto(el, field(el, 'to', 1), 'B');
    button(el, 'Thêm nơi nhận báo cáo').click();
    await el.updateComplete;
    await typeInto(el, field(el, 'to', 2), 'C');
    expect(el.value.to).to.deep.equal(['A', 'B', 'C']);

    const up = byId(el, 'f.to.2-up');
    expect(up.getAttribute('aria-label')).to.equal('Chuyển mục 3 lên');
    up.click();
    await el.updateComplete;
    expect(el.value.to).to.deep.equal(['A', 'C', 'B']);
    expect(el.shadowRoot.activeElement.id).to.equal('f.to.1-up');

    const remove = byId(el, 'f.to.0-remove');
    expect(remove.getAttribute('aria-label')).to.equal('Xóa mục 1');
    expect(remove.textContent.trim()).to.equal('Xóa');
    remove.click();
    await el.updateComplete;
    expect(el.value.to).to.deep.equal(['C', 'B']);
    // The first entry went: focus goes to the list's heading, never to another "Xóa".
    expect(el.shadowRoot.activeElement.id).to.equal('f.to-legend');
  });

  it('tables of rows (a year series) with labelled cells', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    button(el, 'Thêm người được đề nghị').click();
    await el.updateComplete;
    const addRow = byId(el, 'f.nominees.0.pastAwards.emulationTitles-add');
    addRow.click();
    await el.updateComplete;
    const year = field(el, 'nominees', 0, 'pastAwards', 'emulationTitles', 0, 'year');
    expect(el.shadowRoot.activeElement).to.equal(year);
    expect(el.shadowRoot.querySelector(`label[for="${CSS.escape(year.id)}"]`).textContent).to.contain('Năm, dòng 1');
    await typeInto(el, year, '2022');
    expect(el.value.nominees[0].pastAwards.emulationTitles).to.deep.equal([{ year: 2022 }]);
    expect(year.value).to.equal('2022'); // years are not grouped
  });
});

describe('nominees', () => {
  let el;
  afterEach(() => el?.remove());

  it('are cards: one per nominee, collapsed in a long list, with number, type, name and errors', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    const toggles = $$(el, '.card-toggle');
    expect(toggles.length).to.equal(el.value.nominees.length);
    expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect(toggles[0].textContent.replace(/\s+/g, ' ').trim()).to.equal('1. Tập thể Ủy ban nhân dân xã Đạ Tông, huyện Đam Rông');
    expect(field(el, 'nominees', 0, 'name')).to.equal(null); // closed cards draw no fields
    toggles[0].click();
    await el.updateComplete;
    expect(toggles[0].getAttribute('aria-expanded')).to.equal('true');
    expect(field(el, 'nominees', 0, 'name').value).to.equal('Ủy ban nhân dân xã Đạ Tông, huyện Đam Rông');
    // An error inside a closed card is counted on its summary line after a submit attempt.
    const v = structuredClone(el.value);
    delete v.nominees[1].summary;
    el.value = v;
    el.requestSubmit();
    await el.updateComplete;
    expect($$(el, '.card-toggle')[1].textContent).to.contain('1 lỗi');
  });

  it('a summary link opens the closed card and focuses the field', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const v = await example(PLAN, 'nomination');
    const h = v.nominees.findIndex((n) => n.type === 'household');
    delete v.nominees[h].profile.householder;
    el.value = v;
    el.requestSubmit();
    await el.updateComplete;
    const link = [...$(el, '.error-summary').querySelectorAll('a')].find((a) => a.textContent.includes('Họ và tên chủ hộ'));
    link.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const input = field(el, 'nominees', h, 'profile', 'householder');
    expect(input, 'field drawn').to.exist;
    expect(el.shadowRoot.activeElement).to.equal(input);
  });

  it('"Thêm người được đề nghị" adds an open card; choosing a type switches the variant and keeps shared fields', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    button(el, 'Thêm người được đề nghị').click();
    await el.updateComplete;
    const type = field(el, 'nominees', 0, 'type');
    expect(el.shadowRoot.activeElement).to.equal(type);
    expect(el.value.nominees[0]).to.include({ id: 'n1', type: 'collective' });
    await typeInto(el, field(el, 'nominees', 0, 'summary'), 'Thành tích chung');
    await typeInto(el, field(el, 'nominees', 0, 'name'), 'Tập thể A');
    byId(el, 'f.nominees.0.type-1').click(); // Cá nhân
    await el.updateComplete;
    const n = el.value.nominees[0];
    expect(n.type).to.equal('individual');
    expect(n.summary).to.equal('Thành tích chung');
    expect(n.name).to.equal(undefined);
    expect(field(el, 'nominees', 0, 'profile', 'fullName')).to.exist;
    await typeInto(el, field(el, 'nominees', 0, 'profile', 'fullName'), 'Nguyễn Văn A');
    byId(el, 'f.nominees.0.type').click(); // back to Tập thể: its name comes back
    await el.updateComplete;
    expect(el.value.nominees[0].name).to.equal('Tập thể A');
    expect(el.value.nominees[0].summary).to.equal('Thành tích chung');
  });
});

describe('plan rules where they apply', () => {
  let el;
  afterEach(() => el?.remove());

  it('a quota error shows at the nominee list, a late date as a warning that does not block', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const v = await example(PLAN, 'nomination');
    v.nominees.push({ ...structuredClone(v.nominees[0]), id: 'n9', name: 'Ủy ban nhân dân xã Liêng Srônh' });
    el.value = v;
    el.requestSubmit();
    await el.updateComplete;
    expect(byId(el, 'f.nominees-error').textContent).to.contain('không quá');
    const report = await example(PLAN, 'report');
    report.header.date = '2023-12-20';
    const r = await fixture({ plan: PLAN, kind: 'report' });
    r.value = report;
    await r.updateComplete;
    const result = r.validate();
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.include('/header/date');
    await typeInto(r, field(r, 'header', 'date'), '20/12/2023');
    expect(byId(r, 'f.header.date-warning').textContent).to.contain('Cảnh báo:');
    const submit = nextEvent(r, 'thidua-submit');
    r.requestSubmit();
    expect((await submit).detail.warnings.length).to.be.greaterThan(0);
    r.remove();
  });
});

describe('lang="en"', () => {
  let el;
  afterEach(() => el?.remove());

  it('switches every UI string and message to English', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination', lang: 'en' });
    expect($(el, '.title').textContent).to.match(/^Nomination dossier/);
    expect(button(el, 'Check your answers')).to.exist;
    expect(button(el, 'Add nominee')).to.exist;
    expect(byId(el, 'f.header.date-hint').textContent).to.contain('Day/month/year');
    let invalid;
    el.addEventListener('thidua-invalid', (e) => { invalid = e.detail; });
    button(el, 'Send dossier').click();
    await el.updateComplete;
    expect($(el, '.error-summary h2').textContent).to.match(/^There are \d+ problems to fix$/);
    expect(invalid.errors[0].message).to.match(/is required|“/);
    expect($(el, '.error-message .vh').textContent.trim()).to.equal('Error:');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect($(el, '.error-summary h2').textContent).to.match(/^Có \d+ lỗi cần sửa$/);
  });
});
