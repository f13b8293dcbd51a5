// <thidua-form> in Debian's Chromium (playwright-core), measured inside the page with
// performance.now():
//  - first render of the largest form: the Lâm Đồng nomination dossier with 40 nominees set
//    through `value`, from attaching the element to `ready` + `updateComplete` + the next frame;
//    warm (the plan chunk already loaded once on the page) and cold (a fresh page, idle after
//    its own first form: the Lâm Đồng chunks are fetched, parsed and run too);
//  - keystroke → error update on a 300-nominee dossier: each key typed into a required field
//    ("Tên cơ quan, đơn vị") alternately fills it (the error goes) and empties it (the error
//    comes back); from the `input` event to the DOM showing or clearing the error. The dossier
//    is validated just after the frame that shows the typed letter, so this includes that frame;
//    bench/form300.bench.mjs times input → paint itself;
//    baseline in the same page and run, interleaved with the keystrokes: the bare standalone
//    validator (the plan chunk's ajv code alone) on the same 300-nominee data, so the keystroke
//    figure is also a ratio;
//  - gzip size (zlib level 9) of the core bundle and of each plan chunk.
// Goals: first render ≤ 100 ms, keystroke p95 ≤ 16 ms, core ≤ 40 KB gzip, each chunk ≤ 25 KB gzip.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { largeDamRongGiayKhen, largeLamDongDossier } from '../packages/plans/dist/lam-dong/lam-dong-2022-2025/examples.js';
import { CORE_BUNDLE, ELEMENTS_DIST, harnessUrl, launchChromium, requireBuilt, startHarness } from '../tests/e2e/support/harness.mjs';

const PLAN = 'lam-dong-2022-2025';
const KIND = 'nomination';
const RENDER_SAMPLES = 15;
const COLD_SAMPLES = 9;
const COLD_SETTLE_MS = 300;
const KEYSTROKES = 60;
const GOAL = { renderMs: 100, keyP95Ms: 16, coreKB: 40, chunkKB: 25 };

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);
const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'OK' : 'MISSED');
const gzip = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;

/** In the page: attach a new element with `value` set, until it is drawn; `n` times. */
function renderInPage([plan, kind, data, n]) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const main = document.querySelector('main');
  return (async () => {
    const times = [];
    let nominees = 0;
    for (let i = 0; i < n; i++) {
      const el = document.createElement('thidua-form');
      el.setAttribute('plan', plan);
      el.setAttribute('kind', kind);
      const t0 = performance.now();
      el.value = data;
      main.append(el);
      await el.ready;
      await el.updateComplete;
      await frame();
      times.push(performance.now() - t0);
      nominees = el.shadowRoot.querySelectorAll('[part~="nominee"]').length;
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
    }
    return { times, nominees };
  })();
}

export async function run() {
  requireBuilt();
  const d40 = largeLamDongDossier(40);
  // 300 nominees fit no sơ-kết quota: a yearly Giấy khen dossier, valid (as in validate.bench).
  const d300 = largeDamRongGiayKhen(300);

  const server = await startHarness();
  const browser = await launchChromium();
  try {
    // ---- First render, cold: a fresh page each time, the chunk fetched and parsed ----
    const cold = [];
    for (let i = 0; i < COLD_SAMPLES; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      // The bare page with an element of another plan, so the Lâm Đồng chunks are not loaded
      // yet; then a pause, as a user would take, so the page's own loading (its first form's
      // paint, background compiles, GC) is over and not counted as the Lâm Đồng form's.
      await page.goto(harnessUrl(server.url, { plan: 'dong-nai-2016-2020', kind: 'report' }));
      await page.evaluate(() => window.thiduaHarness.whenReady());
      await page.waitForTimeout(COLD_SETTLE_MS);
      cold.push(...(await page.evaluate(renderInPage, [PLAN, KIND, d40, 1])).times);
      await ctx.close();
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(harnessUrl(server.url, { plan: PLAN, kind: KIND }));
    await page.evaluate(() => window.thiduaHarness.whenReady());

    // ---- First render, warm ----
    await page.evaluate(renderInPage, [PLAN, KIND, d40, 2]); // warm-up
    const { times: warm, nominees: nominees40 } = await page.evaluate(renderInPage, [PLAN, KIND, d40, RENDER_SAMPLES]);
    if (nominees40 !== d40.nominees.length) throw new Error(`bench/elements: ${nominees40} nominee cards drawn, expected ${d40.nominees.length}`);

    // ---- Keystroke → error update on 300 nominees ----
    await page.evaluate((v) => window.thiduaHarness.setValue(v), d300);
    const valid300 = await page.evaluate(() => window.thiduaHarness.el.validate().ok);
    if (!valid300) throw new Error('bench/elements: the 300-nominee dossier is not valid in the browser');
    const FIELD = 'f.header.agency';
    const input = page.locator(`thidua-form input[id="${FIELD}"]`);
    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab'); // touched: from now on its error shows
    await input.focus();
    const shown = await input.getAttribute('aria-invalid');
    if (shown !== 'true') throw new Error(`bench/elements: the empty required field shows no error (aria-invalid=${shown})`);
    await page.evaluate((id) => {
      const el = window.thiduaHarness.el.shadowRoot.getElementById(id);
      const st = { t0: undefined, want: undefined, dom: [], frame: [] };
      window.__lat = st;
      // Capture on window: runs before the element's own handler.
      window.addEventListener('input', () => {
        st.t0 = performance.now();
        st.want = !(el.getAttribute('aria-invalid') === 'true');
      }, true);
      new MutationObserver(() => {
        const invalid = el.getAttribute('aria-invalid') === 'true';
        if (st.t0 === undefined || invalid !== st.want) return;
        const t0 = st.t0;
        st.t0 = undefined;
        st.dom.push(performance.now() - t0);
        requestAnimationFrame(() => setTimeout(() => st.frame.push(performance.now() - t0), 0));
      }).observe(el, { attributes: true, attributeFilter: ['aria-invalid'] });
    }, FIELD);
    // Baseline: the bare standalone validator (the plan chunk's ajv code alone) on the same
    // 300-nominee data, in the same page, one call before each keystroke (interleaved, so
    // machine noise hits both alike).
    await page.evaluate(async ([plan, kind, data]) => {
      const chunk = await import(new URL(`/elements/plans/${plan}/${kind}.js`, location.href).href);
      window.__bare = { chunk, data, times: [] };
      for (let i = 0; i < 5; i++) chunk.validate(data);
    }, [PLAN, KIND, d300]);
    const bareOnce = () => page.evaluate(() => {
      const b = window.__bare;
      const t0 = performance.now();
      const ok = b.chunk.validate(b.data);
      b.times.push(performance.now() - t0);
      if (!ok) throw new Error('bare validator rejects the dossier');
    });
    for (let i = 0; i < KEYSTROKES; i++) {
      await bareOnce();
      await page.keyboard.press(i % 2 === 0 ? 'a' : 'Backspace');
      await page.waitForFunction((n) => window.__lat.frame.length >= n, i + 1, { polling: 'raf', timeout: 10_000 });
    }
    const lat = await page.evaluate(() => window.__lat);
    const bare = await page.evaluate(() => window.__bare.times);
    const chromeVersion = browser.version();

    // ---- Sizes ----
    const core = gzip(CORE_BUNDLE);
    // Every lazily loaded plan chunk (plans/runtime.js, plans/<id>/plan.js, plans/<id>/<kind>.js),
    // and per form what it downloads in all: its kind's chunk, its plan's and the runtime.
    const plansDir = path.join(ELEMENTS_DIST, 'plans');
    const chunks = fs.readdirSync(plansDir, { recursive: true }).filter((f) => f.endsWith('.js')).sort()
      .map((f) => ({ name: `plans/${f.split(path.sep).join('/')}`, gz: gzip(path.join(plansDir, f)) }));
    const gzOf = (name) => chunks.find((c) => c.name === name)?.gz ?? 0;
    const forms = chunks.filter((c) => /\/(report|nomination)\.js$/.test(c.name))
      .map((c) => ({ name: c.name.replace(/\.js$/, ''), gz: c.gz + gzOf(c.name.replace(/[^/]+$/, 'plan.js')) + gzOf('plans/runtime.js') }));

    const warmMed = median(warm);
    const coldMed = median(cold);
    const p50 = median(lat.dom);
    const p95 = quantile(lat.dom, 0.95);
    const bareMed = median(bare);
    const renderOk = warmMed <= GOAL.renderMs;
    const keyOk = p95 <= GOAL.keyP95Ms;
    const coreOk = core <= GOAL.coreKB * 1024;
    const bigChunks = chunks.filter((c) => c.gz > GOAL.chunkKB * 1024);
    const rows = [
      [`first render, ${nominees40} nominees (chunk warm)`, `${ms(warmMed)} median`, `p95 ${ms(quantile(warm, 0.95))}`, `goal ≤ ${GOAL.renderMs} ms`, verdict(renderOk)],
      ['first render, chunk fetched + parsed (cold)', `${ms(coldMed)} median`, `max ${ms(Math.max(...cold))}`, `goal ≤ ${GOAL.renderMs} ms`, verdict(coldMed <= GOAL.renderMs)],
      [`keystroke → error DOM, 300 nominees, ${lat.dom.length} keys`, `p50 ${ms(p50)}`, `p95 ${ms(p95)}`, `goal p95 ≤ ${GOAL.keyP95Ms} ms`, verdict(keyOk)],
      ['  keystroke → next frame', `p50 ${ms(median(lat.frame))}`, `p95 ${ms(quantile(lat.frame, 0.95))}`, '', ''],
      [`baseline: bare standalone validator (${bare.length}×)`, `${ms(bareMed)} median`, `p95 ${ms(quantile(bare, 0.95))}`, '', ''],
      ['ratio keystroke p50 / bare validator', `${(p50 / bareMed).toFixed(1)}×`, '', '', ''],
      ['gzip thidua-elements.js (core)', kb(core), '', `goal ≤ ${GOAL.coreKB} KB`, verdict(coreOk)],
      ...chunks.map((c) => [`gzip ${c.name}`, kb(c.gz), '', `goal ≤ ${GOAL.chunkKB} KB`, verdict(c.gz <= GOAL.chunkKB * 1024)]),
      ...forms.map((f) => [`  ${f.name.slice(6)} + plan.js + runtime.js`, kb(f.gz), '', 'one form in all', '']),
    ];
    return {
      title: `<thidua-form> in headless Chromium ${chromeVersion}: first render, keystroke → error, bundle sizes (in-page performance.now)`,
      rows,
      summary:
        `goals: first render ≤ ${GOAL.renderMs} ms ${verdict(renderOk)} (${ms(warmMed)} warm, ${ms(coldMed)} cold); ` +
        `keystroke p95 ≤ ${GOAL.keyP95Ms} ms ${verdict(keyOk)} (${ms(p95)}; ${(p50 / bareMed).toFixed(1)}× the bare validator's ${ms(bareMed)}); ` +
        `core ≤ ${GOAL.coreKB} KB ${verdict(coreOk)} (${kb(core)}); ` +
        `chunks ≤ ${GOAL.chunkKB} KB ${verdict(!bigChunks.length)} (${chunks.length - bigChunks.length}/${chunks.length} within${bigChunks.length ? `; largest ${kb(Math.max(...bigChunks.map((c) => c.gz)))}` : ''}).`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
