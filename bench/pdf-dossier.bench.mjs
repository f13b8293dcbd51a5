// A 300-nominee Giấy khen dossier of Lâm Đồng (tờ trình, danh sách, biên bản and 300 báo cáo
// thành tích, ≈ 700 pages) through @thidua/pdf and through headless Chromium printing the same
// blocks as HTML (bench/blocks-html.mjs). Goal: ours ≥ 10× faster counting the round trip to
// the worker thread it runs in. Fewer runs than the report's bench: a Chromium print of this
// dossier takes seconds.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FontSet, pageSetup } from '../packages/pdf/dist/layout.js';
import { loadTinos } from '../packages/pdf/dist/node.js';
// The dossier's blocks as renderDocument builds them (not a public entry of @thidua/pdf).
import { nominationBlocks } from '../packages/pdf/dist/documents/nomination.js';
import { getPlan } from '../packages/plans/dist/index.js';
import { largeDamRongGiayKhen } from '../packages/plans/dist/lam-dong/lam-dong-2022-2025/examples.js';
import { blocksHtml } from './blocks-html.mjs';
import { kb, runBoth, verdict } from './pdf-compare.mjs';
import { tinosFontUrls } from './report-html.mjs';

const PLAN = 'lam-dong-2022-2025';
const NOMINEES = 300;
const RUNS = { warmup: 3, samples: 7, minSamples: 5, budgetMs: 240_000 };
const GOAL = 10;

/** The dossier's blocks, measured in the same fonts and page geometry as renderDocument's. */
async function dossierBlocks(plan, data) {
  const requirePdf = createRequire(fileURLToPath(new URL('../packages/pdf/package.json', import.meta.url)));
  const { PDFDocument } = requirePdf('pdf-lib');
  const doc = await PDFDocument.create();
  const fonts = new FontSet(doc, loadTinos(), { deflated: () => { throw new Error('not written'); } });
  return nominationBlocks({ setup: pageSetup(), fonts }, plan, data);
}

export async function run() {
  const plan = getPlan(PLAN);
  const data = largeDamRongGiayKhen(NOMINEES);
  const html = blocksHtml(await dossierBlocks(plan, data), { fonts: tinosFontUrls(), title: `Hồ sơ đề nghị khen thưởng — ${plan.title}` });
  const r = await runBoth({ planId: PLAN, kind: 'nomination', data, html, runs: RUNS });
  const fast = r.speedRoundTrip >= GOAL;
  return {
    title: `PDF of a ${NOMINEES}-nominee Lâm Đồng dossier (${r.ourPages} pages): @thidua/pdf vs headless Chromium ${r.version} printing its blocks as HTML, ${RUNS.warmup} warm-up runs each, then ${r.samples} interleaved pairs (median, p10–p90; ratios per pair, with the median's 90 % interval)`,
    rows: r.rows,
    summary:
      `goal "≥ ${GOAL}× on the ${NOMINEES}-nominee dossier, counting the worker round trip": ${verdict(fast)} (${r.speedRoundTrip.toFixed(1)}×, median of the per-pair ratios; ${kb(r.ourPdf.length)} vs ${kb(r.chromePdf.length)}; ${r.load}). ` +
      `HTML: every block as its HTML counterpart (sizes, faces, indents, spacing, tables with repeated headers, landscape list), Tinos from file:// @font-face; Chromium paginates it itself, so its page count may differ a little from ours.`,
  };
}
