// Accessibility in a real browser (Debian's Chromium through playwright-core): axe-core finds
// no WCAG 2.1 A/AA violation in any plan × kind, empty, filled with the plan's example and
// showing errors after an empty submit (plus the filled form's review step); axe walks into the
// element's shadow root by itself. The page runs under `script-src 'self'` (axe is injected as a
// script file from the same origin) and must report no CSP violation.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { browserSuite } from './support/browser-suite.js';
import { DOCUMENT_KINDS, example, openForm, planIds, setValue } from './support/harness.mjs';

const suite = browserSuite({ page: true });

/** Clicks the element's own submit button ("Gửi báo cáo" / "Gửi hồ sơ"), as a user would. */
async function submitEmpty(p: Page): Promise<number> {
  await p.locator('thidua-form .footer button.secondary').first().click();
  await p.evaluate(() => (window as any).thiduaHarness.frame());
  return p.evaluate(() => (window as any).thiduaHarness.events.filter((e: { type: string }) => e.type === 'thidua-invalid').length);
}

const counts: string[] = [];

it('axe sees inside the element\'s shadow root (a planted unlabelled input is reported)', async () => {
  await openForm(suite.page, suite.server.url, { plan: 'dong-nai-2016-2020', kind: 'report', lang: 'vi' });
  await suite.page.evaluate(() => {
    const root = (window as any).thiduaHarness.el.shadowRoot as ShadowRoot;
    const input = document.createElement('input');
    input.id = 'planted';
    root.querySelector('.form')!.append(input);
  });
  const r = await runAxe(suite.page);
  const label = r.violations.find((v) => v.id === 'label');
  expect(label?.nodes.map((n) => JSON.stringify(n.target))).toEqual([JSON.stringify([['#form', '#planted']])]);
}, 30_000);

describe.each(planIds().flatMap((plan: string) => DOCUMENT_KINDS.map((kind: string) => [plan, kind])))('%s %s', (plan, kind) => {
  it('has no WCAG 2.1 A/AA violation: empty, showing errors, filled, review', async () => {
    const problems: string[] = [];
    const check = async (state: string) => {
      const r = await runAxe(suite.page);
      counts.push(`${plan} ${kind} ${state}: ${r.violations.length} violations, ${r.passes} rules passed, ${r.incomplete} to review by hand`);
      const text = formatViolations(`${plan} ${kind} (${state})`, r.violations);
      if (text) problems.push(text);
    };

    await openForm(suite.page, suite.server.url, { plan, kind, lang: 'vi' });
    await check('empty');

    expect(await submitEmpty(suite.page), 'an empty submit is refused').toBe(1);
    // The summary is in Vietnamese and has focus.
    const summary = await suite.page.evaluate(() => {
      const el = (window as any).thiduaHarness.el as HTMLElement;
      const s = el.shadowRoot!.querySelector('.error-summary');
      return { text: s?.textContent ?? '', focused: el.shadowRoot!.activeElement === s };
    });
    expect(summary.text).toMatch(/Có \d+ lỗi cần sửa|Có 1 lỗi cần sửa/);
    expect(summary.focused, 'focus moves to the error summary').toBe(true);
    await check('errors');

    await setValue(suite.page, example(plan, kind));
    const ok = await suite.page.evaluate(() => (window as any).thiduaHarness.el.validate().ok);
    expect(ok, 'the plan example is valid in the browser').toBe(true);
    await check('filled');

    await suite.page.locator('thidua-form .footer button.primary').first().click();
    await suite.page.evaluate(() => (window as any).thiduaHarness.frame());
    expect(await suite.page.locator('thidua-form .review').count(), 'review step shown').toBe(1);
    await check('review');

    const csp = await suite.page.evaluate(() => (window as any).thiduaHarness.violations);
    expect(csp, 'no Content-Security-Policy violation').toEqual([]);
    expect(problems.join('\n\n'), problems.join('\n\n')).toBe('');
  }, 90_000);
});

afterAll(() => {
  if (counts.length) console.log(`axe (WCAG 2.1 A/AA):\n  ${counts.join('\n  ')}`);
});
