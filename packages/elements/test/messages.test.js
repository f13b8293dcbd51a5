// Messages as the officer sees them (docs/guide/messages.md): under a field, what to do, in the
// form the hint shows, without the label or the section path; in the summary, where and what;
// a plan rule's clause on a quieter line of its own, the instruction itself at most two lines.
import { expect } from '@esm-bundle/chai';
import { $$, byId, example, field, fieldNear, fixture, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();

/** Lines a run of text takes on screen: the distinct tops of its boxes. */
function lineCount(nodes) {
  const tops = new Set();
  for (const n of nodes) {
    const r = document.createRange();
    r.selectNodeContents(n);
    for (const box of r.getClientRects()) if (box.width > 0) tops.add(Math.round(box.top));
  }
  return tops.size;
}

describe('messages under a field', () => {
  let el;
  afterEach(() => el?.remove());

  for (const typed of ['31/02/2024', '12031986']) {
    it(`"${typed}" in a date asks for a real date, written as the hint writes it`, async () => {
      el = await fixture({ plan: PLAN, kind: 'report' });
      const date = field(el, 'header', 'date');
      await typeInto(el, date, typed);
      expect(text(byId(el, 'f.header.date-error'))).to.equal('Lỗi: Nhập ngày có thật theo dạng ngày/tháng/năm, ví dụ 28/02/2024.');
      expect(byId(el, 'f.header.date-hint').textContent.toLowerCase()).to.contain('ngày/tháng/năm');
      // What was typed stays in the field.
      expect(date.value).to.equal(typed);
    });
  }

  it('"mười ba" in a number field asks for digits, with an example', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const members = await fieldNear(el, 'councilMinutes', 'membersTotal');
    await typeInto(el, members, 'mười ba');
    expect(text(byId(el, 'f.councilMinutes.membersTotal-error'))).to.equal('Lỗi: Nhập số, ví dụ 13.');
    expect(members.value).to.equal('mười ba');
  });

  it('in English too, in the English hint’s words', async () => {
    el = await fixture({ plan: PLAN, kind: 'report', lang: 'en' });
    await typeInto(el, field(el, 'header', 'date'), '31/02/2024');
    expect(text(byId(el, 'f.header.date-error'))).to.equal('Error: Enter a real date as day/month/year, like 28/02/2024.');
    expect(byId(el, 'f.header.date-hint').textContent.toLowerCase()).to.contain('day/month/year');
  });

  it('never repeats the label or the section above it', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const agency = field(el, 'header', 'agency');
    agency.focus();
    agency.blur();
    await el.updateComplete;
    const label = text(el.shadowRoot.querySelector('label[for="f.header.agency"]'));
    const err = text(byId(el, 'f.header.agency-error'));
    expect(err).to.equal('Lỗi: Nhập thông tin vào ô này.');
    expect(err).not.to.contain(label);
    expect(err).not.to.contain('Thông tin văn bản');
    expect(err).not.to.contain('›');
  });
});

describe('the error summary', () => {
  let el;
  afterEach(() => el?.remove());

  it('names the section and the field of each problem, then what to do; the link goes there', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const v = await example(PLAN, 'report');
    v.header.agency = '';
    v.header.date = '31/02/2024';
    el.value = v;
    el.requestSubmit();
    await el.updateComplete;
    const links = $$(el, '.error-summary a');
    const agency = links.find((a) => a.getAttribute('href') === '#/header/agency');
    expect(text(agency)).to.equal('Thông tin văn bản › Tên cơ quan, đơn vị: Nhập thông tin vào ô này.');
    expect(text(agency.querySelector('.issue-where'))).to.equal('Thông tin văn bản › Tên cơ quan, đơn vị');
    const date = links.find((a) => a.getAttribute('href') === '#/header/date');
    expect(text(date)).to.match(/^Thông tin văn bản › .+: Nhập ngày có thật theo dạng ngày\/tháng\/năm, ví dụ 28\/02\/2024\.$/u);
    agency.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot.activeElement).to.equal(field(el, 'header', 'agency'));
  });
});

describe('a plan rule’s message', () => {
  let el;
  afterEach(() => el?.remove());

  it('keeps its clause on a quieter line of its own, and the instruction to two lines', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.style.width = '720px';
    const v = await example(PLAN, 'nomination');
    v.nominees.push({ ...structuredClone(v.nominees[0]), id: 'n9', name: 'Ủy ban nhân dân xã Liêng Srônh' });
    el.value = v;
    el.requestSubmit();
    await el.updateComplete;
    const p = byId(el, 'f.nominees-error').querySelector('p');
    const clause = p.querySelector('.issue-clause');
    expect(clause, 'the clause line').to.exist;
    expect(text(clause)).to.match(/^Căn cứ: .*1479\/QĐ-UBND/u);
    const instruction = [...p.childNodes].filter((n) => n !== clause && !n.classList?.contains('vh'));
    expect(instruction.map((n) => n.textContent).join('')).to.contain('không quá');
    expect(instruction.map((n) => n.textContent).join('')).not.to.contain('Căn cứ');
    // On its own line, below the instruction, smaller and not in the error colour.
    const lastOfInstruction = Math.max(...instruction.flatMap((n) => { const r = document.createRange(); r.selectNodeContents(n); return [...r.getClientRects()].map((b) => b.bottom); }));
    expect(clause.getBoundingClientRect().top).to.be.at.least(lastOfInstruction - 1);
    const cs = getComputedStyle(clause);
    expect(parseFloat(cs.fontSize)).to.be.below(parseFloat(getComputedStyle(p).fontSize));
    expect(cs.color).not.to.equal(getComputedStyle(p).color);
    expect(lineCount(instruction)).to.be.at.most(2);
  });
});
