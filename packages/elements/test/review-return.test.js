// Review: "Sửa" leads to the field, and "Quay lại phần xem lại" right after it brings the
// review back at that answer (GOV.UK's check-answers pattern); a radio group is entered at
// the option chosen.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, button, byId, example, field, fixture, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('review return', () => {
  let el;
  afterEach(() => { el?.remove(); el = undefined; });

  it('"Sửa" offers "Quay lại phần xem lại" next to the field; it returns to the review at the changed answer', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    el.value = await example(PLAN, 'report');
    expect(el.review()).to.equal(true);
    await el.updateComplete;
    byId(el, 'f.header.place-review').click();
    await el.updateComplete;
    await frame();
    const place = field(el, 'header', 'place');
    expect(el.shadowRoot.activeElement).to.equal(place);
    expect($$(el, '#back-to-review').length, 'one way back').to.equal(1);
    await typeInto(el, place, 'Bảo Lộc', { blur: false });
    await sendKeys({ press: 'Tab' }); // the next stop after the field
    const back = el.shadowRoot.activeElement;
    expect(back.textContent.trim()).to.equal('Quay lại phần xem lại');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.review')).to.exist;
    expect($(el, '.review').textContent).to.contain('Bảo Lộc');
    expect(el.shadowRoot.activeElement).to.equal(byId(el, 'f.header.place-review'));
    // Back in the review, the form no longer offers the way back.
    button(el, 'Quay lại sửa').click();
    await el.updateComplete;
    expect(byId(el, 'back-to-review')).to.equal(null);
  });

  it('a change that makes the data invalid is caught on the way back', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    el.value = await example(PLAN, 'report');
    el.review();
    await el.updateComplete;
    byId(el, 'f.header.agency-review').click();
    await el.updateComplete;
    await typeInto(el, field(el, 'header', 'agency'), '');
    byId(el, 'back-to-review').click();
    await el.updateComplete;
    expect($(el, '.review')).to.equal(null);
    expect($(el, '.error-summary')).to.exist;
    expect(el.shadowRoot.activeElement).to.equal($(el, '.error-summary'));
  });

  it('"Sửa" of a radio group focuses the option chosen, not the first', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    const radios = () => $$(el, 'input[type="radio"][name="f.phase"]');
    expect(radios().length).to.equal(3);
    const chosen = radios().findIndex((r) => r.checked);
    expect(chosen, 'the example chose an option after the first').to.equal(1);
    el.review();
    await el.updateComplete;
    byId(el, 'f.phase-review').click();
    await el.updateComplete;
    await frame();
    const focused = el.shadowRoot.activeElement;
    expect(focused).to.equal(radios()[chosen]);
    expect(focused.checked).to.equal(true);
    expect(byId(el, 'back-to-review')).to.exist;
  });
});
