// Our engine in its own worker thread for bench/pdf.bench.mjs: its heap is not the one
// that receives Chromium's PDFs from playwright, so neither engine pays for the other's
// garbage. Each message renders one document (the report unless it names another kind) and
// answers with the bytes.
import { parentPort } from 'node:worker_threads';
import { renderDocument } from '../packages/pdf/dist/index.js';
import { loadTinos, nodeDeflate } from '../packages/pdf/dist/node.js';
import { getPlan } from '../packages/plans/dist/index.js';

const fonts = loadTinos();
parentPort.on('message', async ({ planId, data, kind = 'report' }) => {
  const plan = getPlan(planId);
  const t0 = performance.now();
  const pdf = await renderDocument(plan, kind, data, { fonts, deflate: nodeDeflate });
  parentPort.postMessage({ ms: performance.now() - t0, pdf }, [pdf.buffer]);
});
