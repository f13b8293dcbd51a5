// Who an individual nominee is decides what the form asks: workplace is optional for a citizen
// and required once "Cán bộ, công chức, viên chức" is chosen; a citizen known only by age passes.
import { expect } from '@esm-bundle/chai';
import { $$, byId, example, field, fixture, nextEvent } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

/** The label of a profile field and whether the form marks it optional. */
function marked(el, i, key) {
  const input = field(el, 'nominees', i, 'profile', key);
  const label = el.shadowRoot.querySelector(`label[for="${input.id}"]`);
  return { optional: Boolean(label.querySelector('.optional')), ariaRequired: input.getAttribute('aria-required') };
}

async function openIndividual(el) {
  const v = await example(PLAN, 'nomination');
  el.value = v;
  await el.updateComplete;
  const i = v.nominees.findIndex((n) => n.type === 'individual');
  $$(el, '.card-toggle')[i].click();
  await el.updateComplete;
  return i;
}

async function choose(el, i, value) {
  // Radio ids: the first option is the field's id, the others carry their index.
  const n = ['official', 'worker', 'citizen', 'community-figure'].indexOf(value);
  byId(el, `f.nominees.${i}.profile.standing${n ? `-${n}` : ''}`).click();
  await el.updateComplete;
}

describe('an individual nominee’s standing', () => {
  let el;
  afterEach(() => el?.remove());

  it('marks workplace optional for a citizen and required for an official', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const i = await openIndividual(el);
    await choose(el, i, 'citizen');
    expect(el.value.nominees[i].profile.standing).to.equal('citizen');
    expect(marked(el, i, 'workplace')).to.deep.equal({ optional: true, ariaRequired: null });
    expect(marked(el, i, 'qualification').optional).to.equal(true);
    await choose(el, i, 'official');
    expect(el.value.nominees[i].profile.standing).to.equal('official');
    expect(marked(el, i, 'workplace')).to.deep.equal({ optional: false, ariaRequired: 'true' });
    expect(marked(el, i, 'qualification').optional).to.equal(false);
    // Fields every individual may give stay optional whatever the standing.
    expect(marked(el, i, 'hometown').optional).to.equal(true);
    expect(marked(el, i, 'age').optional).to.equal(true);
  });

  it('an official without a workplace is refused, naming the field and why', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const i = await openIndividual(el);
    const v = structuredClone(el.value);
    delete v.nominees[i].profile.workplace;
    el.value = v;
    el.requestSubmit();
    await el.updateComplete;
    const toggle = $$(el, '.card-toggle')[i];
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await el.updateComplete;
    expect(byId(el, `f.nominees.${i}.profile.workplace-error`).textContent).to.contain('Nhập mục này khi «Đối tượng» là “Cán bộ, công chức, viên chức” hoặc “Người lao động”');
  });

  it('a citizen with only an age, no workplace, hometown or religion, submits without error', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const i = await openIndividual(el);
    await choose(el, i, 'citizen');
    const v = structuredClone(el.value);
    const p = v.nominees[i].profile;
    for (const k of ['birthDate', 'workplace', 'qualification', 'hometown', 'religion', 'politicalTheory', 'phone']) delete p[k];
    p.age = 47;
    v.nominees[i].group = 'ca-nhan-tieu-bieu';
    v.nominees[i].criteriaMet = ['cn-1'];
    el.value = v;
    await el.updateComplete;
    el.addEventListener('thidua-submit', (e) => e.preventDefault(), { once: true });
    const submitted = nextEvent(el, 'thidua-submit');
    el.requestSubmit();
    const e = await submitted;
    expect(e.detail.value.nominees[i].profile).to.include({ standing: 'citizen', age: 47 });
    expect(e.detail.value.nominees[i].profile.workplace).to.equal(undefined);
    await el.updateComplete;
    expect(el.validate().errors).to.deep.equal([]);
    expect(byId(el, `f.nominees.${i}.profile-error`)).to.equal(null);
  });
});
