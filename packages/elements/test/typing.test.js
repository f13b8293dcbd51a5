// Typing into a long dossier: the whole dossier is validated after a keystroke only when the
// officer can see the result; in a field not yet left (its errors not yet earned) it waits for
// a pause in typing, while what the key changes on screen (a counter) still follows each frame.
// Leaving a field shows its errors at once, and a field showing an error is checked again
// after each frame, so a correction clears it while typing.
import { expect } from '@esm-bundle/chai';
import { byId, example, field, fixture, nextFrame, tick } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
// ValidationSchedule's TYPING_PAUSE_MS, with room for a busy machine.
const PAUSE_MS = 300;

function key(control, text) {
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text.slice(-1) }));
}

/** The example, valid, or with nominee 1's summary missing (its only error); card 1 open. */
async function withCard({ summary: keep }) {
  const el = await fixture({ plan: PLAN, kind: 'nomination' });
  const v = await example(PLAN, 'nomination');
  const summary = v.nominees[0].summary;
  if (!keep) delete v.nominees[0].summary;
  el.value = v;
  await el.updateComplete;
  const toggle = byId(el, 'f.nominees.0-toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  return { el, summary, control: field(el, 'nominees', 0, 'summary') };
}

describe('typing', () => {
  let el;
  afterEach(() => { el?.remove(); el = undefined; });

  it('in a field not yet left, the counter follows each frame and the validity once typing pauses', async () => {
    let summary, control;
    ({ el, summary, control } = await withCard({ summary: false }));
    expect(el.validity.valid, 'the missing summary').to.equal(false);
    control.focus();
    let text = '';
    for (const part of [summary.slice(0, 20), summary.slice(0, 40), summary]) {
      text = part;
      const t0 = performance.now();
      key(control, text);
      await nextFrame();
      await tick();
      expect(byId(el, `${control.id}-count`).textContent, 'counter drawn after the frame').to.contain(String([...text].length));
      // Not validated yet while keys come faster than the pause (only checkable if this machine kept up).
      if (performance.now() - t0 < PAUSE_MS / 2) expect(el.validity.valid, 'validated before the pause').to.equal(false);
    }
    await tick(PAUSE_MS + 200);
    expect(el.validity.valid, 'validated once typing paused').to.equal(true);
    expect(el.validate().ok).to.equal(true);
    expect(byId(el, `${control.id}-error`)?.textContent ?? null, 'no error while typing, none after').to.equal(null);
  });

  it('leaving a field shows its error at once, and a correction clears it after the next frame', async () => {
    let summary, control;
    ({ el, summary, control } = await withCard({ summary: true }));
    expect(el.validity.valid).to.equal(true);
    control.focus();
    key(control, 'x');
    key(control, '');
    control.blur();
    await tick();
    expect(byId(el, `${control.id}-error`), 'shown on leaving, without waiting for the pause').to.exist;
    expect(control.getAttribute('aria-invalid')).to.equal('true');

    control.focus();
    key(control, summary);
    await nextFrame();
    await tick();
    expect(byId(el, `${control.id}-error`)?.textContent ?? null, 'cleared after the frame').to.equal(null);
    expect(control.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.validity.valid).to.equal(true);
  });
});
