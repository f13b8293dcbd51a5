// Reports as they really come, in the form: a review states its span and further scopes, a
// number not given yet is said to be a draft's (not a wrong shape), and the hints name the plan's
// own province.
import { expect } from '@esm-bundle/chai';
import { byId, example, field, fixture, typeInto } from './helpers.js';

const DN = 'dong-nai-so-ket-2023';

describe('reports as they really come', () => {
  let el;
  afterEach(() => el?.remove());

  it('the period shows “Từ năm” and the further scopes, and a span that is not the plan’s is named', async () => {
    el = await fixture({ plan: DN, kind: 'report' });
    const from = field(el, 'period', 'fromYear');
    expect(from, 'fromYear control').to.not.equal(null);
    expect(el.shadowRoot.textContent).to.contain('Báo cáo cùng nội dung khác');
    const data = await example(DN, 'report');
    data.period.fromYear = 2022;
    el.value = data;
    await el.updateComplete;
    const r = el.validate();
    const e = r.errors.find((x) => x.code === 'period-span-mismatch');
    expect(e?.path).to.equal('/period/fromYear');
    expect(e?.message).to.contain('2021 - 2023');
  });

  it('a number typed as “…/BC-UBND” is “not given yet”, with the draft advice', async () => {
    el = await fixture({ plan: DN, kind: 'report' });
    el.value = await example(DN, 'report');
    await el.updateComplete;
    await typeInto(el, field(el, 'header', 'number'), '…/BC-UBND');
    await el.updateComplete;
    const err = byId(el, 'f.header.number-error').textContent;
    expect(err).to.contain('Chưa có số văn bản');
    expect(err).to.contain('văn thư cấp số');
    expect(el.validate().errors.map((x) => x.code)).to.include('number-not-given');
  });

  it('the parent-agency hint names the plan’s province, not Lâm Đồng', async () => {
    el = await fixture({ plan: 'binh-dinh-2021-2025', kind: 'report' });
    const hint = byId(el, 'f.header.parentAgency-hint').textContent;
    expect(hint).to.contain('UBND TỈNH BÌNH ĐỊNH');
    expect(hint).to.not.contain('LÂM ĐỒNG');
  });
});
