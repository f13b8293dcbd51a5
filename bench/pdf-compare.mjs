// Our engine against headless Chromium printing the same document, for bench/pdf*.bench.mjs.
// Ours runs in a worker thread (bench/pdf-worker.mjs), timed from the main thread like
// Chromium is: the round trip is included, the other engine's garbage is not. Chromium is
// timed as the calls an app makes (setContent + page.pdf) on a warm page.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { childProcesses, cpuMsOf } from './process-cpu.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Pause before each timed call, so neither engine is timed while the other's background work still runs. */
const SETTLE_MS = 40;

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = q * (s.length - 1);
  const lo = Math.floor(at);
  return lo === at ? s[lo] : s[lo] + (s[lo + 1] - s[lo]) * (at - lo);
}
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
/** Sub-millisecond parts, to the hundredth. */
const ms2 = (v) => `${v.toFixed(2)} ms`;
export const verdict = (ok) => (ok ? 'OK' : 'MISSED');
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * Chromium / ours, one ratio per interleaved pair. Both calls of a pair ran within a few
 * hundred milliseconds of each other, so a burst of load from elsewhere on the machine slows
 * both and barely moves their ratio; the ratio of two medians taken over the whole run mixes
 * quiet and busy moments of each engine, and flipped between runs.
 */
export const pairRatios = (chrome, ours) => chrome.map((c, i) => c / ours[i]);

/**
 * How far a run's median could move had its pairs come out otherwise: the 5th and 95th
 * percentiles of the medians of 2,000 resamples (with replacement) of the pair ratios. A fixed
 * seed keeps the printed bounds reproducible for the same samples.
 */
export function medianInterval(xs, resamples = 2000) {
  let seed = 0x2545f491;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const medians = [];
  for (let r = 0; r < resamples; r++) medians.push(median(xs.map(() => xs[Math.floor(rand() * xs.length)])));
  return [quantile(medians, 0.05), quantile(medians, 0.95)];
}

/** Our renderDocument in its own worker thread: `render()` answers the bytes and the time taken inside the thread. */
export function startOurs(planId, kind, data) {
  const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url));
  const render = () => new Promise((resolve, reject) => {
    // One answer per request: each listener goes with it, so a long run does not pile them up.
    const onError = (e) => {
      worker.off('message', onMessage);
      reject(e);
    };
    const onMessage = ({ pdf, ms: inThread, arrived, ended }) => {
      worker.off('error', onError);
      // The round trip's two other parts: the message in (structured clone of the data, the
      // worker's wake-up) and the answer out (the bytes transferred, this thread's wake-up).
      resolve({ pdf, inThread, toWorker: arrived - sent, fromWorker: performance.timeOrigin + performance.now() - ended });
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    const sent = performance.timeOrigin + performance.now();
    worker.postMessage({ planId, data, kind });
  });
  return { render, close: () => worker.terminate() };
}

/** Pages of a PDF, through pdf-lib (a dependency of @thidua/pdf). */
export async function pageCount(bytes) {
  const requirePdf = createRequire(fileURLToPath(new URL('../packages/pdf/package.json', import.meta.url)));
  const { PDFDocument } = requirePdf('pdf-lib');
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/**
 * Headless Chromium with a page holding `html`. Fonts come from file:// URLs, which Chromium
 * only lets a file:// document load: the page is opened once on a file holding the HTML, then
 * every `print()` replaces its content and prints it.
 */
export async function openChromium(html) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`bench/pdf: ${CHROMIUM} not found. Install Debian's Chromium (apt-get install -y chromium); this bench never downloads a browser.`);
  }
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const { chromium } = await import('playwright-core');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdf-bench-'));
  const htmlFile = path.join(tmp, 'document.html');
  fs.writeFileSync(htmlFile, html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 120_000 });
  const print = async () => {
    await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
    return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, timeout: 300_000 });
  };
  /** Throws unless all four Tinos faces loaded and the PDF embeds them. */
  const checkFonts = async (pdf) => {
    const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style}: ${f.status}`));
    if (faces.length !== 4 || faces.some((f) => !f.endsWith('loaded'))) throw new Error(`bench/pdf: Tinos did not load in Chromium (${faces.join('; ')})`);
    if (!Buffer.from(pdf).includes('Tinos-Regular')) throw new Error('bench/pdf: Chromium printed without the Tinos fonts');
  };
  const close = async () => {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { print, checkFonts, version: browser.version(), close };
}

/**
 * Warm-up (the same number of runs for both engines), then interleaved samples: which engine
 * goes first alternates, so drift and GC hit both alike. Sampling stops early, after
 * `minSamples`, once `budgetMs` have passed. Returns the last outputs, the times (ms):
 * `ours` round trip, `inThread` the call inside the worker, `toWorker` and `fromWorker` the
 * message in and the answer out, `chrome`, and the mean CPU time
 * per call of each engine (`cpu`, where Linux's /proc is there).
 */
export async function compare(ours, chrome, { warmup, samples, minSamples, budgetMs }) {
  let ourPdf;
  let chromePdf;
  for (let i = 0; i < warmup; i++) {
    ourPdf = (await ours.render()).pdf;
    chromePdf = await chrome.print();
  }
  const t = { ours: [], inThread: [], toWorker: [], fromWorker: [], chrome: [] };
  // CPU time beside the clock: ours is this process's (the worker renders, the main thread
  // waits), Chromium's is that of all its processes. Read outside the timed calls.
  const chromePids = childProcesses();
  const cpu = { ours: 0, chrome: 0 };
  const started = performance.now();
  for (let i = 0; i < samples; i++) {
    for (const name of i % 2 ? ['chrome', 'ours'] : ['ours', 'chrome']) {
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      if (name === 'ours') {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const { pdf, inThread, toWorker, fromWorker } = await ours.render();
        t.ours.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.ours += (c.user + c.system) / 1000;
        t.inThread.push(inThread);
        t.toWorker.push(toWorker);
        t.fromWorker.push(fromWorker);
        ourPdf = pdf;
      } else {
        const c0 = chromePids && cpuMsOf(chromePids);
        const t0 = performance.now();
        chromePdf = await chrome.print();
        t.chrome.push(performance.now() - t0);
        if (chromePids) cpu.chrome += cpuMsOf(chromePids) - c0;
      }
    }
    if (i + 1 >= minSamples && performance.now() - started > budgetMs) break;
  }
  return { ourPdf, chromePdf, t, cpu: chromePids ? { ours: cpu.ours / t.ours.length, chrome: cpu.chrome / t.chrome.length } : undefined };
}

/** A row of the bench's table: median, p10–p90, and the output's pages and size. */
export function row(name, times, pdf, pages) {
  return [name, `${ms(median(times))} median`, `${ms(quantile(times, 0.1))}–${ms(quantile(times, 0.9))}`, pdf ? `${pages} p, ${kb(pdf.length)}` : '', pdf ? `${pdf.length.toLocaleString('en')} B` : ''];
}

/** A row of ratios: the run's verdict statistic (median of the pair ratios), their spread, and the median's 90 % interval. */
function ratioRow(name, ratios) {
  const [lo, hi] = medianInterval(ratios);
  return [name, `${median(ratios).toFixed(1)}× median`, `${quantile(ratios, 0.1).toFixed(1)}–${quantile(ratios, 0.9).toFixed(1)}×`, `90 %: ${lo.toFixed(1)}–${hi.toFixed(1)}×`, ''];
}

/**
 * Both engines on one document, start to finish: the samples, their rows (ours in its thread,
 * ours round trip, Chromium, the ratios) and the ratios themselves. The verdict ratios are
 * medians of the per-pair ratios; the ratio of the medians is printed beside them.
 */
export async function runBoth({ planId, kind, data, html, runs }) {
  const loadBefore = loadavg();
  const ours = startOurs(planId, kind, data);
  const chrome = await openChromium(html);
  try {
    const { ourPdf, chromePdf, t, cpu } = await compare(ours, chrome, runs);
    const loadAfter = loadavg();
    await chrome.checkFonts(chromePdf);
    const [ourPages, chromePages] = [await pageCount(ourPdf), await pageCount(chromePdf)];
    // Two readings of ours: the call as an app makes it (renderDocument in its thread), and
    // the round trip to the worker that only exists to keep the engines' garbage apart (it
    // adds the message and the wake-up of a thread idle for SETTLE_MS).
    const callRatios = pairRatios(t.chrome, t.inThread);
    const roundTripRatios = pairRatios(t.chrome, t.ours);
    const speed = median(callRatios);
    const speedRoundTrip = median(roundTripRatios);
    const size = chromePdf.length / ourPdf.length;
    return {
      ourPdf, chromePdf, ourPages, speed, speedRoundTrip, size, samples: t.ours.length, version: chrome.version,
      load: `load average (1, 5, 15 min) ${loadBefore} before, ${loadAfter} after`,
      rows: [
        row('@thidua/pdf renderDocument, in its thread (the call)', t.inThread, ourPdf, ourPages),
        row('  the same, worker round trip from the main thread', t.ours),
        ['  round trip less the call: message in, answer out', `${ms2(median(t.toWorker))} median`, `${ms2(median(t.fromWorker))} median`, `p90 ${quantile(t.toWorker, 0.9).toFixed(2)}, ${ms2(quantile(t.fromWorker, 0.9))}`, ''],
        row('Chromium setContent + page.pdf (warm page)', t.chrome, chromePdf, chromePages),
        ratioRow('Chromium / ours per pair, the call', callRatios),
        ratioRow('Chromium / ours per pair, round trip', roundTripRatios),
        ...(cpu ? [['CPU time per call, mean (not a verdict)', `ours ${ms(cpu.ours)}`, `Chromium ${ms(cpu.chrome)}`, `${(cpu.chrome / cpu.ours).toFixed(1)}× CPU`, '']] : []),
        ['ratio of the medians (for reference)', `${(median(t.chrome) / median(t.inThread)).toFixed(1)}× time`, `${(median(t.chrome) / median(t.ours)).toFixed(1)}× round trip`, `${size.toFixed(2)}× size`, ''],
      ],
    };
  } finally {
    await chrome.close();
    await ours.close();
  }
}
