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

it('has no WCAG 2.1 A/AA violation with every draft notice shown (restored older draft, refused save, another tab\'s save)', async () => {
  const plan = 'lam-dong-2022-2025';
  const key = `thidua:draft:v1:${plan}:report:axe-notices`;
  await openForm(suite.page, suite.server.url, { plan, kind: 'report', lang: 'vi' });
  await suite.page.evaluate((k) => {
    localStorage.setItem(k, JSON.stringify({ v: 1, planVersion: '1.0.0', savedAt: Date.now() - 120_000, value: { header: { agency: 'Xã Đạ Tông' } } }));
    sessionStorage.setItem(k.replace('thidua:draft:', 'thidua:draft-failed:'), String(Date.now() - 60_000));
  }, key);
  await openForm(suite.page, suite.server.url, { plan, kind: 'report', lang: 'vi', draftKey: 'axe-notices' });
  const shown = await suite.page.evaluate(async (k) => {
    const h = (window as any).thiduaHarness;
    const el = h.el as HTMLElement & { updateComplete: Promise<unknown> };
    // Storage full to its quota: the next save is refused.
    const fill: string[] = [];
    for (let size = 1 << 20, n = 0; size >= 1;) {
      try { localStorage.setItem(`axe-fill:${n}`, 'x'.repeat(size)); fill.push(`axe-fill:${n++}`); } catch { size >>= 1; }
    }
    const agency = el.shadowRoot!.getElementById('f.header.agency') as HTMLInputElement;
    agency.value = 'Xã Đạ Tông, huyện Đam Rông';
    agency.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 500));
    for (const f of fill) localStorage.removeItem(f);
    // Another tab's save of the same key, as the browser reports it.
    window.dispatchEvent(new StorageEvent('storage', { key: k, newValue: JSON.stringify({ v: 1, planVersion: '1.0.0', savedAt: Date.now(), value: { header: { agency: 'UBND huyện Lạc Dương' } } }) }));
    await el.updateComplete;
    await h.frame();
    return ['.draft-restored', '.draft-failed', '.draft-conflict'].filter((s) => el.shadowRoot!.querySelector(s));
  }, key);
  expect(shown).toEqual(['.draft-restored', '.draft-failed', '.draft-conflict']);
  const r = await runAxe(suite.page);
  counts.push(`${plan} report draft notices: ${r.violations.length} violations, ${r.passes} rules passed, ${r.incomplete} to review by hand`);
  expect(formatViolations(`${plan} report (draft notices)`, r.violations)).toBe('');
  await suite.page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
}, 60_000);

it('has no WCAG 2.1 A/AA violation with 300 nominees and every card open, drawn near the view and waiting further off', async () => {
  const plan = 'lam-dong-2022-2025';
  await openForm(suite.page, suite.server.url, { plan, kind: 'nomination', lang: 'vi' });
  const data = example(plan, 'nomination');
  data.nominees = Array.from({ length: 300 }, (_: unknown, i: number) => ({ ...structuredClone(data.nominees[i % data.nominees.length]), id: `n${i + 1}` }));
  await setValue(suite.page, data);
  const state = await suite.page.evaluate(async () => {
    const h = (window as any).thiduaHarness;
    const root = h.el.shadowRoot as ShadowRoot;
    (root.querySelector('.card-tools button') as HTMLButtonElement).click();
    await h.el.updateComplete;
    root.getElementById('f.nominees.149-toggle')!.scrollIntoView({ block: 'start' });
    for (let i = 0; i < 10; i++) await h.frame();
    return { waiting: root.querySelectorAll('.card-waiting').length, drawn: Boolean(root.getElementById('f.nominees.149.summary')) };
  });
  expect(state.drawn).toBe(true);
  expect(state.waiting).toBeGreaterThan(250);
  const r = await runAxe(suite.page);
  counts.push(`${plan} nomination, 300 nominees, every card open: ${r.violations.length} violations, ${r.passes} rules passed, ${r.incomplete} to review by hand`);
  expect(formatViolations(`${plan} nomination (300 nominees, every card open)`, r.violations)).toBe('');
}, 120_000);

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
