// Back where you were: the draft keeps the open cards and the field that had focus, and a
// real reload of the page reopens them, focuses that field and scrolls it into view.
import { expect } from '@esm-bundle/chai';
import { clearDrafts, example, fixture, frameReady, tick } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const KEY = `thidua:draft:v1:${PLAN}:nomination:place-test`;

/** A short frame on the drafts page with a nomination draft: long enough to scroll. */
async function nominationFrame() {
  localStorage.setItem(KEY, JSON.stringify({ v: 1, planVersion: '1.0.0', savedAt: Date.now(), value: await example(PLAN, 'nomination') }));
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 400px';
  frame.src = '/packages/elements/test/pages/drafts.html?key=place-test&kind=nomination';
  const ready = frameReady(frame);
  document.body.append(frame);
  expect((await ready).draftRestored).to.equal(true);
  return frame;
}

const form = (frame) => frame.contentDocument.querySelector('thidua-form');
const byId = (frame, id) => form(frame).shadowRoot.getElementById(id);

/** Reloads the frame for real; resolves once the form in it is ready and has gone back to its place. */
async function reload(frame) {
  const ready = frameReady(frame);
  frame.contentWindow.location.reload();
  const detail = await ready;
  // The place is gone back to once the page has loaded (after the browser's own scroll restoration).
  for (let i = 0; i < 80 && !form(frame).shadowRoot.activeElement; i++) await tick(25);
  await tick(200); // the scroll settles as the parts around the field are laid out
  return detail;
}

function inView(frame, el) {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= frame.contentWindow.innerHeight;
}

describe('back where you were', () => {
  let frame;
  beforeEach(clearDrafts);
  afterEach(() => { frame?.remove(); frame = undefined; clearDrafts(); });

  it('a reload reopens the cards that were open and focuses the field being typed in, in view', async () => {
    frame = await nominationFrame();
    byId(frame, 'f.nominees.0-toggle').click();
    byId(frame, 'f.nominees.2-toggle').click();
    await form(frame).updateComplete;
    const summary = byId(frame, 'f.nominees.2.summary');
    summary.focus();
    summary.value += ' Có 100% hộ gia đình văn hóa.';
    summary.dispatchEvent(new Event('input', { bubbles: true }));
    const typed = summary.value;

    const after = await reload(frame); // before the 400 ms: saved when the page goes
    expect(after.value.nominees[2].summary).to.equal(typed);
    expect(JSON.parse(localStorage.getItem(KEY)).place).to.deep.equal({ open: ['/nominees/0', '/nominees/2'], field: '/nominees/2/summary' });
    expect(byId(frame, 'f.nominees.0-toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(byId(frame, 'f.nominees.1-toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(byId(frame, 'f.nominees.2-toggle').getAttribute('aria-expanded')).to.equal('true');
    const field = byId(frame, 'f.nominees.2.summary');
    expect(form(frame).shadowRoot.activeElement).to.equal(field);
    expect(frame.contentDocument.activeElement).to.equal(form(frame));
    expect(frame.contentWindow.scrollY, 'scrolled down to it').to.be.greaterThan(400);
    expect(inView(frame, field), 'in view').to.equal(true);
  });

  it('moving to another field without typing is kept too, when the page goes', async () => {
    frame = await nominationFrame();
    byId(frame, 'f.nominees.1-toggle').click();
    await form(frame).updateComplete;
    byId(frame, 'f.nominees.1.profile.fullName').focus();
    await reload(frame);
    const field = byId(frame, 'f.nominees.1.profile.fullName');
    expect(form(frame).shadowRoot.activeElement).to.equal(field);
    expect(inView(frame, field)).to.equal(true);
    expect(byId(frame, 'f.nominees.0-toggle').getAttribute('aria-expanded')).to.equal('false');
  });

  it('a place that does not fit the data is skipped, a malformed one ignored; the draft comes back either way', async () => {
    const value = await example(PLAN, 'nomination');
    for (const place of [{ open: ['/nominees/9', '/nominees/1'], field: '/nominees/9/name' }, { open: '/nominees/1', field: 42 }, 'here']) {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, planVersion: '1.0.0', savedAt: Date.now(), value, place }));
      const el = await fixture({ plan: PLAN, kind: 'nomination', 'draft-key': 'place-test' });
      await tick(50);
      try {
        expect(el.value.nominees.length, JSON.stringify(place)).to.equal(4);
        const open = [0, 1, 2, 3].filter((n) => el.shadowRoot.getElementById(`f.nominees.${n}-toggle`).getAttribute('aria-expanded') === 'true');
        expect(open, JSON.stringify(place)).to.deep.equal(typeof place === 'object' && Array.isArray(place.open) ? [1] : []);
        expect(el.shadowRoot.activeElement, JSON.stringify(place)).to.equal(null);
      } finally {
        el.remove();
      }
    }
  });
});
