// The council's minutes as the national template has them, and a collective's direct superior
// (its report's letterhead): the form shows the new fields from the schema and round-trips them.
import { expect } from '@esm-bundle/chai';
import { $$, byId, example, field, fixture, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const labelOf = (el, control) => el.shadowRoot.querySelector(`label[for="${control.id}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('the minutes’ counting board and discussion, a collective’s superior', () => {
  let el;
  afterEach(() => el?.remove());

  it('shows the example’s counting board and discussion under their Vietnamese labels, and keeps what is typed', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    const name = field(el, 'councilMinutes', 'countingBoard', 0, 'fullName');
    const role = field(el, 'councilMinutes', 'countingBoard', 0, 'role');
    expect(name.value).to.equal('Trần Văn Nam');
    expect(role.value).to.equal('Trưởng ban');
    expect(labelOf(el, role)).to.contain('Nhiệm vụ trong Ban');
    expect(el.shadowRoot.textContent).to.contain('Ban kiểm phiếu');
    const discussion = field(el, 'councilMinutes', 'discussion');
    expect(labelOf(el, discussion)).to.contain('Ý kiến thảo luận');
    await typeInto(el, discussion, 'Các thành viên thống nhất; đề nghị bổ sung số liệu năm 2023.');
    await typeInto(el, role, 'Thành viên');
    expect(el.value.councilMinutes.discussion).to.equal('Các thành viên thống nhất; đề nghị bổ sung số liệu năm 2023.');
    expect(el.value.councilMinutes.countingBoard[0]).to.deep.equal({ fullName: 'Trần Văn Nam', role: 'Thành viên' });
  });

  it('shows a collective’s direct superior with its hint, and keeps what is typed', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const v = await example(PLAN, 'nomination');
    el.value = v;
    await el.updateComplete;
    const i = v.nominees.findIndex((n) => n.type === 'collective' && n.name.startsWith('Thôn'));
    $$(el, '.card-toggle')[i].click();
    await el.updateComplete;
    const superior = field(el, 'nominees', i, 'profile', 'superior');
    expect(superior.value).to.equal('Ủy ban nhân dân xã Phi Liêng');
    expect(labelOf(el, superior)).to.contain('Đơn vị cấp trên trực tiếp');
    const hint = byId(el, superior.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-hint')) ?? '');
    expect(hint?.textContent ?? '').to.contain('tiêu đề báo cáo thành tích');
    await typeInto(el, superior, 'UBND XÃ PHI LIÊNG');
    expect(el.value.nominees[i].profile.superior).to.equal('UBND XÃ PHI LIÊNG');
  });
});
