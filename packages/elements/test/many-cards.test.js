// "Mở tất cả" on a 300-nominee dossier draws only the cards near the view; the others wait as
// placeholders, and drawn cards scrolled far away wait again. Nothing the user does may notice
// it: scrolling to a card draws it, typing in it works, what was typed is there when it draws
// again, nothing on screen moves, the card holding the focus keeps its fields, and the error
// summary takes focus to a field in a card that was never drawn.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $$, button, byId, field, fixture, manyNominees, nextFrame, typeInto, until } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('300 nominees with every card open', () => {
  let el;
  afterEach(() => el?.remove());

  /** A form with the 300 nominees of `data`, after "Mở tất cả". */
  async function everyCardOpen(data) {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = data;
    await el.updateComplete;
    button(el, 'Mở tất cả').click();
    await el.updateComplete;
    await nextFrame();
  }

  it('draws the cards near the view, types into nominee 150, and the summary reaches nominee 290', async () => {
    const data = await manyNominees(PLAN, 300);
    data.nominees[289].summary = '';
    await everyCardOpen(data);
    const toggles = $$(el, '.card-toggle');
    expect(toggles.length).to.equal(300);
    expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'true'), 'every card says it is open').to.be.true;
    const waiting = $$(el, '.card-waiting').length;
    expect(waiting, 'most cards wait off screen').to.be.above(250);
    expect(field(el, 'nominees', 149, 'summary'), 'nominee 150 is far below the view').to.equal(null);

    // Scrolled to, nominee 150 draws; typing in it changes the data.
    byId(el, 'f.nominees.149-toggle').scrollIntoView({ block: 'start' });
    await until(() => field(el, 'nominees', 149, 'summary'), 'nominee 150 drawn once on screen');
    const input = field(el, 'nominees', 149, 'summary');
    await typeInto(el, input, 'Vận động 40 hộ thoát nghèo năm 2023.');
    expect(el.value.nominees[149].summary).to.equal('Vận động 40 hộ thoát nghèo năm 2023.');
    expect($$(el, '.card-waiting').length, 'the far cards still wait').to.be.within(200, waiting - 1);

    // The error summary's link to nominee 290's empty summary draws that card and focuses it.
    expect(el.reportValidity()).to.be.false;
    await el.updateComplete;
    expect(field(el, 'nominees', 289, 'summary'), 'nominee 290 not drawn yet').to.equal(null);
    const link = $$(el, '.error-summary a').find((a) => a.getAttribute('href') === '#/nominees/289/summary');
    expect(link, 'the summary lists nominee 290').to.exist;
    link.click();
    await el.updateComplete;
    const target = field(el, 'nominees', 289, 'summary');
    expect(target, 'nominee 290 drawn').to.exist;
    expect(el.shadowRoot.activeElement).to.equal(target);
    expect(target.getAttribute('aria-invalid')).to.equal('true');
    const box = target.getBoundingClientRect();
    expect(box.bottom > 0 && box.top < innerHeight, 'the field is on screen').to.be.true;
  });

  it('scrolled through 30 nominees, keeps controls only near the view; far cards and groups wait again, keep their height and text, and the focused card stays drawn', async () => {
    await everyCardOpen(await manyNominees(PLAN, 300));
    const controls = () => el.shadowRoot.querySelectorAll('input, select, textarea').length;

    // Nominee 3 drawn, typed into, then left for nominee 30, a screen at a time.
    byId(el, 'f.nominees.2-toggle').scrollIntoView({ block: 'start' });
    await until(() => field(el, 'nominees', 2, 'summary'), 'nominee 3 drawn');
    await typeInto(el, field(el, 'nominees', 2, 'summary'), 'Đã sửa khi cuộn.');
    const card30 = byId(el, 'f.nominees.29-toggle');
    let most = 0;
    while (card30.getBoundingClientRect().top > innerHeight / 2) {
      scrollBy(0, innerHeight);
      await nextFrame();
      await nextFrame();
      most = Math.max(most, controls());
    }
    await until(() => field(el, 'nominees', 29, 'summary'), 'nominee 30 drawn');
    await el.updateComplete;
    await nextFrame();
    expect(field(el, 'nominees', 2, 'summary'), 'nominee 3, far above, waits again').to.equal(null);
    const letter = byId(el, 'f.coverLetter');
    const letterHeight = letter.getBoundingClientRect().height;
    expect(letter.querySelectorAll('input, select, textarea').length, 'the cover letter, far above, waits with its heading').to.equal(0);
    expect(letter.querySelector('legend'), 'its heading stays').to.exist;
    const near = controls();
    expect(most, 'never more than a few cards of controls at once').to.be.below(1000);
    expect(near, 'after the scroll, only the cards near the view have controls').to.be.below(1000);

    // The focus is in nominee 30; jumping to the top leaves that card drawn.
    const focused = field(el, 'nominees', 29, 'summary');
    focused.focus();
    const top30 = card30.getBoundingClientRect().top + scrollY;
    scrollTo(0, 0);
    for (let i = 0; i < 6; i++) await nextFrame();
    await el.updateComplete;
    expect(field(el, 'nominees', 29, 'summary'), 'the focused card keeps its fields').to.equal(focused);
    expect(el.shadowRoot.activeElement).to.equal(focused);

    // Back at nominee 3: drawn again with what was typed, and nominee 30 did not move.
    expect(card30.getBoundingClientRect().top + scrollY).to.be.closeTo(top30, 1);
    byId(el, 'f.nominees.2-toggle').scrollIntoView({ block: 'start' });
    await until(() => field(el, 'nominees', 2, 'summary'), 'nominee 3 drawn again');
    expect(field(el, 'nominees', 2, 'summary').value).to.equal('Đã sửa khi cuộn.');
    expect(el.value.nominees[2].summary).to.equal('Đã sửa khi cuộn.');
    letter.scrollIntoView({ block: 'start' });
    await until(() => letter.querySelectorAll('input, select, textarea').length > 0, 'the cover letter drawn again');
    expect(letter.getBoundingClientRect().height, 'at the height it had').to.be.closeTo(letterHeight, 1);
  });
});

describe('300 nominees, every card closed', () => {
  let el;
  afterEach(() => el?.remove());

  const controlsIn = (group) => group.querySelectorAll('input, select, textarea').length;

  /** A form with 300 closed nominee cards, once its council's minutes, far below, wait. */
  async function minutesWaiting() {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = await manyNominees(PLAN, 300);
    await el.updateComplete;
    const minutes = byId(el, 'f.councilMinutes');
    await until(() => controlsIn(minutes) === 0, 'the minutes wait');
    return minutes;
  }

  it('the council\'s minutes, far below 300 nominees when the form is drawn, wait from the start with their heading, and draw once scrolled near', async () => {
    const minutes = await minutesWaiting();
    expect(minutes.querySelector('legend'), 'their heading stays').to.exist;
    expect(field(el, 'header', 'place'), 'the header, on screen, is drawn').to.exist;
    minutes.scrollIntoView({ block: 'start' });
    await until(() => field(el, 'councilMinutes', 'number'), 'the minutes drawn once near');
    expect(controlsIn(minutes)).to.be.above(10);
  });

  it('Tab from the last nominee reaches the minutes\' first field, though they waited', async () => {
    await minutesWaiting();
    byId(el, 'f.nominees.299-toggle').focus();
    const visited = [];
    for (let i = 0; i < 8 && !visited.at(-1)?.startsWith('f.councilMinutes.'); i++) {
      await nextFrame();
      await sendKeys({ press: 'Tab' });
      visited.push(el.shadowRoot.activeElement?.id ?? '');
    }
    expect(visited.at(-1), `focus went ${visited.join(' → ')}`).to.equal('f.councilMinutes.number');
  });
});
