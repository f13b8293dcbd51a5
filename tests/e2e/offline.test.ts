// A dropped connection while the plan's chunks load (a commune office's line at 11 pm): the
// form says it could not load and offers "Thử lại"; once the network is back, "Thử lại" draws
// the form, with the draft typed before the reload. Chunk requests are cut with playwright's
// routing, in Debian's Chromium.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser-suite.js';
import { harnessUrl } from './support/harness.mjs';

const suite = browserSuite({ page: true });
const PLAN = 'lam-dong-2022-2025';
const CHUNKS = `**/plans/${PLAN}/**`;

describe('chunks that fail to load', () => {
  it('say so, offer "Thử lại", and load with the draft once the network is back', async () => {
    const { page } = suite;
    const url = harnessUrl(suite.server.url, { plan: PLAN, kind: 'report', draftKey: 'offline-test' });
    await page.goto(url);
    await page.evaluate(() => (window as any).thiduaHarness.whenReady());
    const agency = page.locator('thidua-form input[id="f.header.agency"]');
    await agency.fill('UBND xã Đạ Tông');
    await agency.blur();
    await page.waitForTimeout(600); // autosave

    await page.route(CHUNKS, (r) => r.abort('internetdisconnected'));
    await page.goto(url);
    const alert = page.locator('thidua-form [role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('Không tải được biểu mẫu');

    await page.unroute(CHUNKS);
    await page.locator('thidua-form button', { hasText: 'Thử lại' }).click();
    await expect.poll(() => agency.count()).toBe(1);
    expect(await agency.inputValue()).toBe('UBND xã Đạ Tông');
    expect(await alert.count()).toBe(0);
    await page.evaluate(() => localStorage.clear());
  });
});
