// The plan studio as a Sở Nội vụ officer uses it: a plan folder copied outside the repository,
// `thidua studio` on it (a Vite dev server, port 0), the page opened in Debian's Chromium. The form,
// the PDFs, the fixture results and the checker are there; a save of definition.yaml shows on the
// page within two seconds, without losing what was typed in the form; a definition that does not
// parse shows its error and line, and the next good save brings the plan back.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { CHANGED_ID, CHANGED_TITLE, changedPlan, removePlan } from './support/changed-plan.mjs';
import { ROOT, launchChromium, requireBuilt } from './support/harness.mjs';

requireBuilt();
const BIN = path.join(ROOT, 'packages/cli/dist/bundle/thidua.js');
const dir = changedPlan();
const definition = path.join(dir, 'definition.yaml');
const good = fs.readFileSync(definition, 'utf8');
const SECTION = 'Công tác tuyên truyền, vận động';
const RENAMED = 'Công tác tuyên truyền, vận động và nêu gương điển hình';

let studio: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  // The built command, as an officer runs it, on any free port.
  studio = spawn(process.execPath, [BIN, 'studio', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    studio.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /^Xưởng kế hoạch: (http:\/\/127\.0\.0\.1:\d+\/)\nPlan studio: \1 /m.exec(out);
      if (m) resolve(m[1]!);
    });
    studio.once('exit', (code) => reject(new Error(`thidua studio exited (${code}) before it listened: ${out}`)));
  });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (studio?.exitCode === null) {
    const exited = new Promise((resolve) => studio.once('exit', resolve));
    studio.kill('SIGINT');
    await exited;
  }
  removePlan(dir);
});

const form = () => page.frameLocator('#form-frame').locator('thidua-form');
/** The page has drawn a complete reading (form, checker, fixtures and PDFs). */
const settled = () => page.waitForFunction(() => document.body.dataset.pending === 'false', undefined, { timeout: 30_000 });

/** Milliseconds from now until `probe` holds, polled every 50 ms (lightly: the page is busy), at most `limit`. */
async function msUntil(probe: () => Promise<boolean>, limit: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limit) {
    if (await probe().catch(() => false)) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

describe('thidua studio on a plan folder outside the repository', () => {
  it('shows the form, the PDFs, the fixture results and the checker', async () => {
    expect(path.relative(process.cwd(), dir).startsWith('..')).toBe(true);
    await page.goto(url);
    await settled();
    await expect.poll(() => page.locator('#plan-title').textContent()).toBe(CHANGED_TITLE);

    // The form, loaded from the studio's own chunks of this plan (an id the SDK never shipped).
    await form().getByText(SECTION).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#form-tabs [role=tab]').allTextContents()).toEqual(['Báo cáo', 'Hồ sơ đề nghị khen thưởng']);

    // Both PDFs, with their page counts, served as PDFs.
    const pdfs = page.locator('#pdf-body .pdf');
    expect(await pdfs.count()).toBe(2);
    for (const kind of ['report', 'nomination']) {
      const meta = page.locator(`#pdf-body .pdf[data-kind=${kind}] .pages`);
      expect(await meta.textContent()).toMatch(/^[1-9]\d* trang$/);
      const href = await page.locator(`#pdf-body .pdf[data-kind=${kind}] a`).getAttribute('href');
      const r = await page.request.get(new URL(href!, url).href);
      expect(r.headers()['content-type']).toBe('application/pdf');
      expect((await r.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    // One row per example and invalid fixture of the folder, each doing what it says.
    const files = ['examples', 'invalid'].flatMap((d) => fs.readdirSync(path.join(dir, d)).map((f) => `${d}/${f}`)).sort();
    const rows = page.locator('#fixtures-body tbody tr');
    expect((await rows.locator('td:first-child').allTextContents()).sort()).toEqual(files);
    expect(await rows.locator('.mark').allTextContents()).toEqual(files.map(() => '✓ đúng'));

    // The checker: the copied plan passes.
    expect(await page.locator('#checker-body').textContent()).toContain('Không có lỗi nào');
  }, 90_000);

  // How soon is measured by nothing here but printed: a timed bound would fail on a busy machine
  // while proving nothing about the studio (the wait below gives up after 10 s).
  it('shows a saved change of definition.yaml without a reload, and keeps what was typed in the form', async () => {
    const field = form().locator('input[type=text]').first();
    await field.fill('Phòng Nội vụ huyện thử nghiệm');
    // The form saves its draft 400 ms after the last keystroke.
    await page.waitForTimeout(800);

    const before = Number(await page.locator('body').getAttribute('data-revision'));
    fs.writeFileSync(definition, good.replace(`title: ${SECTION}\n`, `title: ${RENAMED}\n`));
    const [read, ms] = await Promise.all([
      msUntil(async () => Number(await page.locator('body').getAttribute('data-revision')) > before, 10_000),
      msUntil(() => form().locator('label', { hasText: RENAMED }).first().isVisible(), 10_000),
    ]);
    console.log(`studio: the page had the new reading ${Math.round(read)} ms after the save; the renamed section showed in the form after ${Math.round(ms)} ms`);
    expect(Number.isFinite(read) && Number.isFinite(ms), 'the new reading and the renamed section within 10 s').toBe(true);
    await expect.poll(() => field.inputValue()).toBe('Phòng Nội vụ huyện thử nghiệm');
    await settled();
  }, 60_000);

  it('shows a definition that does not parse with its line, and recovers on the next good save', async () => {
    const renamed = fs.readFileSync(definition, 'utf8');
    const line = renamed.split('\n').findIndex((l) => l.startsWith('legalRegime:')) + 1;
    fs.writeFileSync(definition, renamed.replace('\nlegalRegime: nd91-2017\n', '\nlegalRegime: "nd91-2017\n'));
    const problem = page.locator('#checker-body .problem');
    await problem.waitFor({ timeout: 10_000 });
    expect(await problem.locator('.place').textContent()).toMatch(new RegExp(`^definition\\.yaml:${line}:\\d+$`));
    expect(await problem.textContent()).toContain('thiếu ký tự đóng');
    // The checker leads the page while the plan has errors; the last good form stays, said as such.
    expect(await page.locator('main').getAttribute('class')).toContain('has-errors');
    expect(await page.locator('#form-note').isVisible()).toBe(true);

    fs.writeFileSync(definition, renamed);
    await problem.waitFor({ state: 'detached', timeout: 10_000 });
    await settled();
    expect(await page.locator('main').getAttribute('class')).not.toContain('has-errors');
    expect(await page.locator('#form-note').isVisible()).toBe(false);
    await form().getByText(RENAMED).first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#plan-title').textContent()).toBe(CHANGED_TITLE);
    expect(CHANGED_ID).toMatch(/^[a-z0-9-]+$/);
  }, 60_000);

  it('stops on Ctrl-C with exit 0', async () => {
    const exited = new Promise<number | null>((resolve) => studio.once('exit', resolve));
    studio.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
