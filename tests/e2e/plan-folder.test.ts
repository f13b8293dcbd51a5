// A plan the SDK never shipped, in the browser: Lâm Đồng's folder copied outside the repository
// under a new id with a changed quota, read by the server at start (`planDirs`), nothing rebuilt.
// <thidua-form plan="<new id>"> loads its chunks from the server, same origin, under
// `script-src 'self'` (no eval), refuses an empty submit, and refuses a city's three cases with
// the changed quota's own words. Debian's Chromium.
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanFolder } from '@thidua/plans';
import { CHANGED_ID, CITY_FIXTURE, changedPlan, removePlan } from './support/changed-plan.mjs';
import { browserSuite } from './support/browser-suite.js';
import { openForm, setValue } from './support/harness.mjs';

const dir = changedPlan();
const suite = browserSuite({ page: true, server: () => ({ planDirs: [dir] }) });
afterAll(() => removePlan(dir));

const harness = <T>(f: string) => suite.page.evaluate(`window.thiduaHarness.${f}`) as Promise<T>;
const summary = () => suite.page.locator('thidua-form .error-summary').textContent();

describe(`<thidua-form plan="${CHANGED_ID}">, a plan read from a folder by the server`, () => {
  it('loads its chunks from the server and validates by the folder\'s rules, under the strict CSP', async () => {
    const { page } = suite;
    const chunks: string[] = [];
    page.on('response', (r) => { if (r.url().includes(`/elements/plans/${CHANGED_ID}/`)) chunks.push(`${new URL(r.url()).pathname} ${r.status()}`); });
    await openForm(page, suite.server.url, { plan: CHANGED_ID, kind: 'nomination', lang: 'vi' });
    expect(chunks.sort()).toEqual([`/elements/plans/${CHANGED_ID}/nomination.js 200`, `/elements/plans/${CHANGED_ID}/plan.js 200`]);

    // Nothing filled: refused, with the summary of what to fill.
    await page.locator('thidua-form .footer button.secondary').click();
    await expect.poll(summary).toMatch(/Có \d+ lỗi cần sửa/);
    expect(await harness<number>('events.filter((e) => e.type === "thidua-submit").length')).toBe(0);

    // A city proposing three cases at the 2023 review: the folder's quota, 1, not the built-in 2.
    const folder = loadPlanFolder(dir);
    await setValue(page, folder.invalid[folder.invalidFiles.indexOf(CITY_FIXTURE)]!.data);
    await page.locator('thidua-form .footer button.secondary').click();
    await expect.poll(summary).toContain('không quá 1 trường hợp');
    expect(await harness<unknown[]>('violations')).toEqual([]);
  }, 60_000);
});
