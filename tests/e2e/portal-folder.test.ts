// packages/elements/dist/portal, the folder the guide tells a portal to copy: only files a
// browser requests (no .d.ts, maps or module tree), and enough on its own. Served alone at
// /elements/ under `script-src 'self'`, it draws a form, validates it and builds the PDF
// (pdf.js and the fonts) without one failed request, in Debian's Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser-suite.js';
import { ROOT, example, openForm, setValue } from './support/harness.mjs';

const PORTAL = path.join(ROOT, 'packages/elements/dist/portal');
const suite = browserSuite({ page: true, server: () => ({ elementsDir: PORTAL }) });

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
}

describe('dist/portal', () => {
  it('holds the bundle, the plan chunks, the PDF chunk and the fonts, and nothing for bundlers', () => {
    const all = files(PORTAL);
    expect(fs.readdirSync(PORTAL).sort()).toEqual(['fonts', 'pdf.js', 'plans', 'thidua-elements.js']);
    expect(all.filter((f) => /\.(map|d\.ts|ts|json)$/.test(f))).toEqual([]);
    expect(all.filter((f) => !/^(thidua-elements\.js|pdf\.js|plans\/[\w.-]+\.js|plans\/[\w-]+\/(plan|report|nomination)\.js|fonts\/[\w-]+\.ttf|fonts\/OFL\.txt)$/.test(f))).toEqual([]);
    // Every file is a copy of the one in dist/ that the package's exports name.
    for (const f of all) expect(fs.readFileSync(path.join(PORTAL, f)).equals(fs.readFileSync(path.join(PORTAL, '..', f))), f).toBe(true);
  });

  it('is all a portal needs: a form loads, reviews and downloads its PDF from it alone', async () => {
    const { page } = suite;
    const failed: string[] = [];
    const served: string[] = [];
    const onResponse = (r: { url(): string; status(): number }) => {
      const u = new URL(r.url());
      if (!u.pathname.startsWith('/elements/')) return;
      served.push(u.pathname.slice('/elements/'.length));
      if (r.status() >= 400) failed.push(`${u.pathname} ${r.status()}`);
    };
    page.on('response', onResponse);
    try {
      await openForm(page, suite.server.url, { plan: 'lam-dong-2022-2025', kind: 'nomination' });
      await setValue(page, example('lam-dong-2022-2025', 'nomination'));
      await page.locator('thidua-form .footer button.primary').click(); // Kiểm tra lại
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await page.locator('thidua-form .review .footer button', { hasText: 'Tải PDF' }).click();
      const pdf = fs.readFileSync((await (await download).path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      page.off('response', onResponse);
    }
    expect(failed).toEqual([]);
    expect(served).toEqual(expect.arrayContaining(['thidua-elements.js', 'plans/runtime.js', 'plans/lam-dong-2022-2025/nomination.js', 'pdf.js']));
    expect(served.some((f) => f.startsWith('fonts/'))).toBe(true);
    expect(await page.evaluate(() => (window as any).thiduaHarness.violations)).toEqual([]);
  }, 90_000);
});
