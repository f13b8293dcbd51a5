// The React host (examples/react-host), built by its own esbuild script into a temporary folder
// and served by the reference server (the app at `/`, the element's chunks at `/elements/`, the
// API): the element is bundled from npm (`@thidua/elements` + `/define`, `setAssetBase`), `value`
// set through a React ref reads back unchanged, `thidua-change` and `thidua-submit` reach React
// through addEventListener, and the submission React posts is accepted by the server.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser-suite.js';
import { ROOT, example } from './support/harness.mjs';

const PLAN = 'lam-dong-2022-2025';
const KIND = 'nomination';
let tmp: string;
let page: Page;
const suite = browserSuite({
  server: () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-react-host-'));
    execFileSync(process.execPath, [path.join(ROOT, 'examples/react-host/build.mjs'), '--outdir', tmp], { stdio: 'pipe' });
    return { portalDir: tmp };
  },
});

beforeAll(async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  page = await context.newPage();
}, 60_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('React host', () => {
  it('value through a ref round-trips; thidua-change and thidua-submit reach React; the server accepts the post', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(suite.server.url);
    await page.evaluate(async () => {
      await customElements.whenDefined('thidua-form');
      await (document.querySelector('thidua-form') as any).ready;
    });
    expect(await page.getAttribute('thidua-form', 'plan')).toBe(PLAN);
    expect(await page.evaluate(() => (document.querySelector('thidua-form') as any).validate().ok)).toBe(false);

    // "Nạp hồ sơ mẫu": React fetches the example and sets `value` through its ref.
    const want = example(PLAN, KIND);
    await page.click('[data-testid="load-example"]');
    await expect.poll(() => page.evaluate(() => JSON.stringify((document.querySelector('thidua-form') as any).value))).toBe(JSON.stringify(want));
    await page.click('[data-testid="validate"]');
    expect(await page.textContent('[data-testid="local-verdict"]')).toContain('hợp lệ');
    expect(await page.textContent('[data-testid="changes"]')).toBe('0'); // setting value is not a user change

    // Two keystrokes in a field: two thidua-change events in React; the value is back as it was.
    const field = page.locator('thidua-form input[id="f.header.number"]');
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.textContent('[data-testid="changes"]')).toBe('2');
    expect(await page.textContent('[data-testid="change-source"]')).toBe('user');

    // Kiểm tra lại → Gửi hồ sơ: React gets thidua-submit and posts the submission.
    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/submissions/${PLAN}/${KIND}/validate`));
    await page.locator('thidua-form .footer button.primary').click();
    await page.locator('thidua-form .review .footer button.primary').click();
    const req = await posted;
    expect(req.postDataJSON()).toEqual(want);
    await expect.poll(() => page.getAttribute('[data-testid="server-verdict"]', 'data-status')).toBe('200');
    expect(await page.textContent('[data-testid="server-verdict"]')).toContain('đã chấp nhận');
    // React cancelled thidua-submit to keep the draft, then called clearDraft() once accepted.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('thidua:draft')))).toEqual([]);
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('switching plan and language re-renders the element and keeps the listeners', async () => {
    await page.selectOption('[data-testid="plan"]', 'dong-nai-2016-2020');
    await page.selectOption('[data-testid="kind"]', 'report');
    await page.selectOption('[data-testid="lang"]', 'en');
    await page.evaluate(async () => {
      const el = document.querySelector('thidua-form') as any;
      await el.ready;
      await el.updateComplete;
    });
    expect(await page.getAttribute('thidua-form', 'plan')).toBe('dong-nai-2016-2020');
    expect(await page.getAttribute('thidua-form', 'lang')).toBe('en');
    expect(await page.locator('thidua-form .footer button.primary').textContent()).toBe('Check your answers');
    await page.click('[data-testid="load-example"]');
    await expect.poll(() => page.evaluate(() => (document.querySelector('thidua-form') as any).validate().ok)).toBe(true);
    const posted = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.locator('thidua-form .footer button.secondary').click(); // Send report, straight from the form
    expect((await posted).status()).toBe(200);
  }, 60_000);
});
