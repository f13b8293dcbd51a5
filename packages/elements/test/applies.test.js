// Only what applies, read from the schema (x-ui-applies, x-ui-enum-applies, generated keys):
// a nominee sees its own group's criteria, the commune's "Phân loại" only when it is a
// commune, the groups of its own type, and never the dossier's internal key. A choice that
// hides what was picked sets it aside, says so, and gives it back when undone.
import { expect } from '@esm-bundle/chai';
import { $, $$, byId, example, field, fixture } from './helpers.js';

async function mount(plan) {
  const el = await fixture({ plan, kind: 'nomination' });
  el.value = await example(plan, 'nomination');
  await el.updateComplete;
  return el;
}

async function open(el, n) {
  const t = byId(el, `f.nominees.${n}-toggle`);
  if (t.getAttribute('aria-expanded') === 'false') t.click();
  await el.updateComplete;
}

/** The values a choice offers, drawn as a select or as radios. */
function choiceValues(el, ...path) {
  const f = field(el, ...path);
  if (f.tagName === 'SELECT') return [...f.querySelectorAll('option')].map((o) => o.value).filter(Boolean);
  return $$(el, `[id="${f.id}-group"] input.radio`).map((r) => r.value).filter(Boolean);
}
/** The value a choice shows as chosen. */
function chosenValue(el, ...path) {
  const f = field(el, ...path);
  if (f.tagName === 'SELECT') return f.value;
  return $$(el, `[id="${f.id}-group"] input.radio`).find((r) => r.checked)?.value;
}
const criteria = (el, n) => $$(el, `[id="f.nominees.${n}.criteriaMet-group"] input.checkbox`).map((c) => c.nextElementSibling.textContent);
const ticked = (el, n) => $$(el, `[id="f.nominees.${n}.criteriaMet-group"] input.checkbox`).filter((c) => c.checked).map((c) => c.nextElementSibling.textContent);

async function choose(el, select, value) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The plan's groups and their criteria labels, as the plan chunk carries them. */
async function planGroups(plan) {
  const { plan: def } = await import(`/packages/elements/dist/plans/${plan}/plan.js`);
  return def.participantGroups;
}

describe('only what applies: Lâm Đồng (collective, individual, household)', () => {
  const PLAN = 'lam-dong-2022-2025';
  let el;
  let groups;
  before(async () => { groups = await planGroups(PLAN); });
  afterEach(() => el?.remove());

  it('a nominee sees only its group\'s criteria and the groups of its type', async () => {
    el = await mount(PLAN);
    const types = el.value.nominees.map((x) => x.type);
    expect(types).to.include.members(['collective', 'individual', 'household']);
    for (let n = 0; n < types.length; n++) {
      await open(el, n);
      const g = groups.find((x) => x.id === el.value.nominees[n].group);
      expect(criteria(el, n), `nominee ${n + 1} (${g.id})`).to.deep.equal(g.criteria.map((c) => c.text));
      expect(choiceValues(el, 'nominees', n, 'group')).to.deep.equal(groups.filter((x) => x.nomineeTypes.includes(types[n])).map((x) => x.id));
    }
    // 15+ criteria in the plan; a household sees its own two.
    expect(groups.flatMap((x) => x.criteria).length).to.be.greaterThan(15);
  });

  it('"Phân loại" only for the commune group; the internal key is never asked', async () => {
    el = await mount(PLAN);
    const nominees = el.value.nominees;
    for (let n = 0; n < nominees.length; n++) {
      await open(el, n);
      expect(Boolean(field(el, 'nominees', n, 'category')), `nominee ${n + 1} (${nominees[n].group})`).to.equal(nominees[n].group === 'cap-xa');
      expect(field(el, 'nominees', n, 'id')).to.equal(null);
    }
    const labels = $$(el, '.label').map((l) => l.textContent);
    expect(labels.some((t) => t.includes('Mã trong hồ sơ'))).to.equal(false);
    // The review does not show them either.
    expect(el.review()).to.equal(true);
    await el.updateComplete;
    const dts = $$(el, '.answer dt').map((d) => d.textContent.trim());
    expect(dts).to.not.include('Mã trong hồ sơ');
    expect(dts.filter((t) => t === 'Phân loại')).to.have.length(nominees.filter((x) => x.group === 'cap-xa').length);
  });

  it('the figures that prove a threshold only for the groups the plan\'s thresholds name', async () => {
    el = await mount(PLAN);
    const { plan: def } = await import(`/packages/elements/dist/plans/${PLAN}/plan.js`);
    const withThresholds = new Set(def.thresholds.map((t) => t.appliesTo.group));
    const nominees = el.value.nominees;
    for (let n = 0; n < nominees.length; n++) {
      await open(el, n);
      expect(Boolean(byId(el, `f.nominees.${n}.evidence`)), `nominee ${n + 1} (${nominees[n].group})`).to.equal(withThresholds.has(nominees[n].group));
    }
    expect(withThresholds.size).to.be.greaterThan(0);
    expect(nominees.some((x) => !withThresholds.has(x.group))).to.equal(true);
  });

  it('changing group sets the old group\'s criteria and category aside, says so, and brings them back', async () => {
    el = await mount(PLAN);
    const n = el.value.nominees.findIndex((x) => x.group === 'cap-xa');
    await open(el, n);
    const before = structuredClone(el.value.nominees[n]);
    expect(before.category).to.be.a('string');
    await choose(el, field(el, 'nominees', n, 'group'), 'so-nganh-doan-the');
    const now = el.value.nominees[n];
    expect(now.group).to.equal('so-nganh-doan-the');
    expect(now.criteriaMet).to.deep.equal([]);
    expect(now).to.not.have.property('category');
    expect(field(el, 'nominees', n, 'category')).to.equal(null);
    expect(ticked(el, n)).to.deep.equal([]);
    expect($(el, '#status').textContent).to.equal(`Đã ẩn «Phân loại», «Tiêu chí đạt được»${before.evidence ? ', «Số liệu chứng minh tiêu chí»' : ''} vì không áp dụng cho lựa chọn này; phần đã ẩn không được gửi. Muốn lấy lại, hãy chọn lại như trước.`);
    // A criterion of another group cannot be ticked: only this group's are offered.
    const own = groups.find((g) => g.id === 'so-nganh-doan-the').criteria;
    expect(criteria(el, n)).to.deep.equal(own.map((c) => c.text));
    $$(el, `[id="f.nominees.${n}.criteriaMet-group"] input.checkbox`)[0].click();
    await el.updateComplete;
    expect(el.value.nominees[n].criteriaMet).to.deep.equal([own[0].id]);

    await choose(el, field(el, 'nominees', n, 'group'), 'cap-xa');
    const back = el.value.nominees[n];
    expect(back.category).to.equal(before.category);
    expect(back.evidence).to.deep.equal(before.evidence);
    expect(back.criteriaMet).to.deep.equal(before.criteriaMet);
    expect(chosenValue(el, 'nominees', n, 'category')).to.equal(before.category);
    expect(ticked(el, n)).to.have.length(before.criteriaMet.length);
    // The criterion ticked meanwhile is set aside in turn, and comes back with its group.
    await choose(el, field(el, 'nominees', n, 'group'), 'so-nganh-doan-the');
    expect(el.value.nominees[n].criteriaMet).to.deep.equal([own[0].id]);
  });

  it('data set by the host that does not apply stays visible, so it can be cleared', async () => {
    el = await mount(PLAN);
    const data = structuredClone(el.value);
    const n = data.nominees.findIndex((x) => x.group === 'so-nganh-doan-the' || x.group === 'thon-buon-to-dan-pho');
    const g = groups.find((x) => x.id === data.nominees[n].group);
    data.nominees[n].criteriaMet = [...data.nominees[n].criteriaMet, 'c-1'];
    data.nominees[n].category = 'xa-khac';
    el.value = data;
    await el.updateComplete;
    await open(el, n);
    const capXa = groups.find((x) => x.id === 'cap-xa');
    // The group's own criteria, and the other group's one the data holds: nothing more.
    expect(criteria(el, n)).to.have.members([...g.criteria, capXa.criteria[0]].map((c) => c.text));
    expect(ticked(el, n)).to.include(capXa.criteria[0].text);
    expect(chosenValue(el, 'nominees', n, 'category')).to.equal('xa-khac');
  });

  it('a new nominee gets a generated key that editing keeps', async () => {
    el = await mount(PLAN);
    const count = el.value.nominees.length;
    const ids = el.value.nominees.map((x) => x.id);
    byId(el, 'f.nominees-add').click();
    await el.updateComplete;
    const added = el.value.nominees[count];
    expect(added.id).to.match(/^n\d+$/);
    expect(ids).to.not.include(added.id);
    expect(field(el, 'nominees', count, 'id')).to.equal(null);
    await choose(el, field(el, 'nominees', count, 'group'), groups.find((g) => g.nomineeTypes.includes(added.type)).id);
    expect(el.value.nominees[count].id).to.equal(added.id);
    expect(el.value.nominees.slice(0, count).map((x) => x.id)).to.deep.equal(ids);
  });
});

describe('only what applies: Bình Định (categories of two groups)', () => {
  const PLAN = 'binh-dinh-2021-2025';
  let el;
  afterEach(() => el?.remove());

  it('criteria and "Phân loại" options follow the chosen group', async () => {
    const groups = await planGroups(PLAN);
    el = await mount(PLAN);
    const n = el.value.nominees.findIndex((x) => x.group === 'cap-xa');
    await open(el, n);
    const capXa = groups.find((g) => g.id === 'cap-xa');
    const capHuyen = groups.find((g) => g.id === 'cap-huyen');
    expect(criteria(el, n)).to.deep.equal(capXa.criteria.map((c) => c.text));
    expect(choiceValues(el, 'nominees', n, 'category')).to.deep.equal(capXa.categories.map((c) => c.id));
    await choose(el, field(el, 'nominees', n, 'group'), 'cap-huyen');
    expect(criteria(el, n)).to.deep.equal(capHuyen.criteria.map((c) => c.text));
    expect(choiceValues(el, 'nominees', n, 'category')).to.deep.equal(capHuyen.categories.map((c) => c.id));
    await choose(el, field(el, 'nominees', n, 'group'), 'thon-khu-pho');
    expect(field(el, 'nominees', n, 'category')).to.equal(null);
  });
});
