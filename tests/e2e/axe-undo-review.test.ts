// Accessibility of what appears after one click: the undo bar after a nominee's removal and
// the way back to the review after "Sửa". axe-core finds no WCAG 2.1 A/AA violation with
// either shown, and the page reports no CSP violation.
import { expect, it } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { browserSuite } from './support/browser-suite.js';
import { example, openForm, setValue } from './support/harness.mjs';

const suite = browserSuite({ page: true });
const PLAN = 'lam-dong-2022-2025';

/** Clicks the control with this id in the element's shadow root, then waits a frame. */
async function clickInForm(id: string): Promise<void> {
  await suite.page.evaluate(async (i) => {
    const h = (window as any).thiduaHarness;
    h.el.shadowRoot.getElementById(i).click();
    await h.el.updateComplete;
    await h.frame();
  }, id);
}

const shown = (selector: string) => suite.page.evaluate((s) => Boolean((window as any).thiduaHarness.el.shadowRoot.querySelector(s)), selector);

it('has no WCAG 2.1 A/AA violation with the undo bar and with "Quay lại phần xem lại" shown', async () => {
  await openForm(suite.page, suite.server.url, { plan: PLAN, kind: 'nomination', lang: 'vi' });
  await setValue(suite.page, example(PLAN, 'nomination'));

  await clickInForm('f.nominees.1-remove');
  expect(await shown('.undo-bar.shown .undo-button'), 'undo bar shown').toBe(true);
  const undo = await runAxe(suite.page);
  expect(formatViolations(`${PLAN} nomination (undo bar)`, undo.violations)).toBe('');

  await suite.page.evaluate(async () => {
    const h = (window as any).thiduaHarness;
    h.el.shadowRoot.querySelector('.undo-button').click();
    await h.el.updateComplete;
  });
  expect(await suite.page.evaluate(() => (window as any).thiduaHarness.el.value.nominees.length), 'the nominee is back').toBe(4);

  expect(await suite.page.evaluate(() => (window as any).thiduaHarness.el.review())).toBe(true);
  await suite.page.evaluate(() => (window as any).thiduaHarness.el.updateComplete);
  await clickInForm('f.nominees.1.profile.fullName-review');
  expect(await shown('#back-to-review'), '"Quay lại phần xem lại" shown').toBe(true);
  const back = await runAxe(suite.page);
  expect(formatViolations(`${PLAN} nomination (way back to the review)`, back.violations)).toBe('');

  expect(await suite.page.evaluate(() => (window as any).thiduaHarness.violations), 'no Content-Security-Policy violation').toEqual([]);
}, 60_000);
