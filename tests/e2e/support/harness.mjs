// Shared by the browser tests (tests/e2e), the elements benchmark (bench/elements.bench.mjs)
// and the screenshot script (scripts/gen-element-docs.mjs --screenshots): the reference server
// in-process on 127.0.0.1 (the demo portal at `/`, packages/elements/dist/portal at `/elements/`, the
// API), plus a bare test page at `/e2e/` served under `Content-Security-Policy: script-src
// 'self'`, and Debian's Chromium driven by playwright-core (never a downloaded browser).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ELEMENTS_DIST = path.join(ROOT, 'packages/elements/dist');
export const CORE_BUNDLE = path.join(ELEMENTS_DIST, 'thidua-elements.js');
export const DOCUMENT_KINDS = ['report', 'nomination'];

/** The CSP of the bare test page: scripts only from the page's own origin, no eval, no inline. */
export const TEST_PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

const PAGES = path.join(ROOT, 'tests/e2e/pages');
const FILES = {
  'harness.html': [path.join(PAGES, 'harness.html'), 'text/html; charset=utf-8'],
  'harness.js': [path.join(PAGES, 'harness.js'), 'text/javascript; charset=utf-8'],
  'harness.css': [path.join(PAGES, 'harness.css'), 'text/css; charset=utf-8'],
  'axe.js': [path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'text/javascript; charset=utf-8'],
};

/** Throws a readable error when what the browser tests need is not there. */
export function requireBuilt() {
  const missing = [];
  if (!fs.existsSync(CORE_BUNDLE)) missing.push('packages/elements/dist/thidua-elements.js (run `pnpm build`)');
  if (!fs.existsSync(path.join(ROOT, 'packages/server/dist/index.js'))) missing.push('packages/server/dist (run `pnpm build`)');
  if (!fs.existsSync(path.join(ROOT, 'packages/plans/dist/fixtures'))) missing.push('packages/plans/dist/fixtures (run `pnpm build`)');
  if (!fs.existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (apt-get install -y chromium; never a downloaded browser)`);
  if (missing.length) throw new Error(`e2e: missing ${missing.join('; ')}`);
}

/** Every plan id, from the built catalogue. */
export function planIds() {
  const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/plans/dist/schemas/index.json'), 'utf8'));
  return index.map((p) => p.id);
}

/** The plan's first example of `kind`: the submission `thidua example <plan> <kind>` prints. */
export function example(planId, kind) {
  const { examples } = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/plans/dist/fixtures', `${planId}.json`), 'utf8'));
  const ex = examples.find((e) => e.kind === kind);
  if (!ex) throw new Error(`e2e: ${planId} has no ${kind} example`);
  return ex.data;
}

/**
 * Starts the reference server (from packages/server/dist) on 127.0.0.1, a free port, with the
 * test page routes added. `options` go to `createServer` (e.g. `portalDir`).
 */
export async function startHarness(options = {}) {
  const { createServer } = await import(pathToFileURL(path.join(ROOT, 'packages/server/dist/index.js')).href);
  const app = createServer(options);
  app.get('/e2e/:file', async (req, reply) => {
    const f = FILES[req.params.file];
    if (!f) return reply.code(404).send({ error: 'not found' });
    return reply
      .type(f[1])
      .header('cache-control', 'no-store')
      .header('content-security-policy', TEST_PAGE_CSP)
      .send(fs.readFileSync(f[0]));
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address();
  const url = `http://127.0.0.1:${port}/`;
  return { app, url, close: () => app.close() };
}

/** Debian's Chromium, headless; `extraArgs` after the usual ones (e.g. a benchmark's V8 flags). */
export async function launchChromium(extraArgs = []) {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The bare test page's URL for one form. */
export function harnessUrl(base, { plan, kind, lang = 'vi', draftKey, noValidate } = {}) {
  const q = new URLSearchParams({ plan, kind, lang });
  if (draftKey) q.set('draft-key', draftKey);
  if (noValidate) q.set('novalidate', '1');
  return new URL(`e2e/harness.html?${q}`, base).href;
}

/**
 * Opens the bare test page for one form and waits until the element has drawn it: its `ready`
 * (the plan chunk loaded and rendered), then Lit's `updateComplete`, then one frame.
 */
export async function openForm(page, base, opts) {
  await page.goto(harnessUrl(base, opts), { waitUntil: 'load' });
  await page.evaluate(() => window.thiduaHarness.whenReady());
}

/** Sets `value` on the page's element and waits for it to be drawn. */
export async function setValue(page, value) {
  await page.evaluate((v) => window.thiduaHarness.setValue(v), value);
}
