// Our engine in its own worker thread for bench/pdf.bench.mjs: its heap is not the one
// that receives Chromium's PDFs from playwright, so neither engine pays for the other's
// garbage. Each message renders one document (the report unless it names another kind) and
// answers with the bytes, with when (ms since the epoch, performance.timeOrigin + now) the message
// arrived and the call ended, so the round trip can be cut into its parts.
import { parentPort } from 'node:worker_threads';
import { renderDocument } from '../packages/pdf/dist/index.js';
import { loadTinos, nodeDeflate } from '../packages/pdf/dist/node.js';
import { getPlan } from '../packages/plans/dist/index.js';

const fonts = loadTinos();
parentPort.on('message', async ({ planId, data, kind = 'report' }) => {
  const arrived = performance.timeOrigin + performance.now();
  const plan = getPlan(planId);
  const t0 = performance.now();
  const pdf = await renderDocument(plan, kind, data, { fonts, deflate: nodeDeflate });
  const t1 = performance.now();
  parentPort.postMessage({ ms: t1 - t0, pdf, arrived, ended: performance.timeOrigin + t1 }, [pdf.buffer]);
});
