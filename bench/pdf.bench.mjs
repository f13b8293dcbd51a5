// The same ~6-page Lâm Đồng BÁO CÁO through @thidua/pdf and through headless Chromium printing
// equivalent HTML (bench/report-html.mjs), warm, interleaved in one process.
// Goals: ours ≥ 10× faster than Chromium's page.pdf() and a smaller file, and ≥ 12× counting
// the round trip to the worker thread ours runs in. Ours is timed as the call an app makes
// (inside that worker) and as the round trip to it; Chromium as the calls an app makes
// (setContent + page.pdf). Both are warmed up alike until their JIT has settled (a handful of
// runs left ours in the interpreter's tiers, a third slower). Every verdict is on the median of
// the per-pair ratios (bench/pdf-compare.mjs), printed with its spread and interval and the
// machine's load average, so a run on a busy machine says so.
import { getExample, getPlan } from '../packages/plans/dist/index.js';
import { kb, runBoth, verdict } from './pdf-compare.mjs';
import { reportHtml, tinosFontUrls } from './report-html.mjs';

const PLAN = 'lam-dong-2022-2025';
const RUNS = { warmup: 60, samples: 81, minSamples: 41, budgetMs: 60_000 };
const GOAL = { call: 10, roundTrip: 12 };

/**
 * The Lâm Đồng report example made ~6 A4 pages long: every section text of more than 300
 * characters is said twice (a second, identical paragraph); the short one-line texts stay
 * single. All 8 indicator tables, header, Kính gửi and signature area are the example's.
 */
export function longReport() {
  const data = structuredClone(getExample(PLAN, 'report'));
  for (const s of Object.values(data.sections ?? {})) {
    if (s.text && s.text.length > 300) s.text = `${s.text}\n${s.text}`;
  }
  return data;
}

export async function run() {
  const data = longReport();
  const r = await runBoth({ planId: PLAN, kind: 'report', data, html: reportHtml(getPlan(PLAN), data, { fonts: tinosFontUrls() }), runs: RUNS });
  const fast = r.speed >= GOAL.call;
  const fastRoundTrip = r.speedRoundTrip >= GOAL.roundTrip;
  const small = r.ourPdf.length < r.chromePdf.length;
  return {
    title: `PDF of a ${r.ourPages}-page Lâm Đồng BÁO CÁO (same data): @thidua/pdf vs headless Chromium ${r.version} page.pdf(), ${RUNS.warmup} warm-up runs each, then ${r.samples} interleaved pairs (median, p10–p90; ratios per pair, with the median's 90 % interval)`,
    rows: r.rows,
    summary:
      `goal "≥ ${GOAL.call}× faster, and smaller": ${verdict(fast && small)} ` +
      `(speed ${r.speed.toFixed(1)}× on the call ${verdict(fast)}; size ${kb(r.ourPdf.length)} vs ${kb(r.chromePdf.length)} ${verdict(small)}). ` +
      `Goal "≥ ${GOAL.roundTrip}× counting the worker round trip": ${verdict(fastRoundTrip)} (${r.speedRoundTrip.toFixed(1)}×). ` +
      `Ratios are medians of the per-pair ratios; ${r.load}. ` +
      `HTML: Tinos from file:// @font-face, page numbers via @page margin boxes (none on page 1) as in ours. Ours runs in a worker thread so neither engine collects the other's garbage.`,
  };
}
