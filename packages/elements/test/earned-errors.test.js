// Errors when earned: a field shows its error once it was left or a submission that included
// it was refused; entries added after a refused submission stay quiet until touched or the
// next attempt, while the error summary still lists what that attempt found.
import { expect } from '@esm-bundle/chai';
import { $, $$, button, byId, example, field, fixture, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const card = (el, n) => byId(el, `f.nominees.${n}-toggle`).closest('li.card');
const shownErrors = (root) => [...root.querySelectorAll('.has-error, [aria-invalid="true"], .error-message, .error-badge')];

describe('errors when earned', () => {
  let el;
  afterEach(() => { el?.remove(); el = undefined; });

  it('a nominee added after a refused submission stays quiet until touched or the next attempt', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const v = await example(PLAN, 'nomination');
    delete v.nominees[1].summary;
    el.value = v;
    expect(el.requestSubmit()).to.equal(false);
    await el.updateComplete;
    const summaryBefore = $(el, '.error-summary').textContent;
    expect(card(el, 1).querySelector('.error-badge').textContent).to.equal('1 lỗi');

    button(el, 'Thêm người được đề nghị').click();
    await el.updateComplete;
    const added = card(el, 4);
    expect(byId(el, 'f.nominees.4-toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(field(el, 'nominees', 4, 'name'), 'the new card is open').to.exist;
    expect(el.validate().errors.filter((e) => e.path.startsWith('/nominees/4')).length, 'it has errors').to.be.greaterThan(3);
    expect(shownErrors(added), 'no badge, no red field').to.deep.equal([]);
    // What the refused attempt found is still shown and listed.
    expect(card(el, 1).querySelector('.error-badge').textContent).to.equal('1 lỗi');
    expect($(el, '.error-summary').textContent).to.equal(summaryBefore);

    // A field of the new card that is left shows its own error, and only it.
    const name = field(el, 'nominees', 4, 'name');
    name.focus();
    name.blur();
    await el.updateComplete;
    expect(byId(el, 'f.nominees.4.name-error')).to.exist;
    expect(byId(el, 'f.nominees.4.summary-error')).to.equal(null);

    // The next attempt includes it.
    el.requestSubmit();
    await el.updateComplete;
    expect(byId(el, 'f.nominees.4.summary-error')).to.exist;
    expect(card(el, 4).querySelector('.error-badge').textContent).to.match(/^\d+ lỗi$/);
  });

  it('a field emptied after typing shows its error when it is left, not while typing', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const agency = field(el, 'header', 'agency');
    await typeInto(el, agency, 'Ủy ban nhân dân', { blur: false });
    await typeInto(el, agency, '', { blur: false });
    expect(byId(el, 'f.header.agency-error'), 'quiet while typing').to.equal(null);
    expect(agency.hasAttribute('aria-invalid')).to.equal(false);
    agency.blur();
    await el.updateComplete;
    expect(byId(el, 'f.header.agency-error').textContent).to.contain('Nhập thông tin vào ô này.');
    expect(agency.getAttribute('aria-invalid')).to.equal('true');
    expect($$(el, '.error-message').length, 'only that field').to.equal(1);
  });
});
