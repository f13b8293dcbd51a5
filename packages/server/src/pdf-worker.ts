// A PDF thread of the server's pool (see pdf-pool.ts). It loads the fonts and the plans read
// from folders once, when the thread starts, so a job pays for its own layout only.
import os from 'node:os';
import { workerData } from 'node:worker_threads';
import type { DocumentKind, Lang } from '@thidua/core';
import { addPlanFolders, getPlan, getSchema } from '@thidua/plans';
import { loadTinos, nodeDeflate, renderDocument } from '@thidua/pdf/node';

/** `value`: the submission as the route's validation returned it (valid and normalised). */
export interface PdfJob { plan: string; kind: DocumentKind; value: unknown; lang: Lang }
/** `ms`: the thread's time on the job, from which the pool estimates waits. */
export interface PdfJobResult { pdf: Uint8Array; ms: number }

const planDirs = (workerData as { planDirs?: string[] } | undefined)?.planDirs ?? [];
if (planDirs.length) addPlanFolders(planDirs);
const fonts = loadTinos();
// On Linux a thread has its own nice value, and priority 0 here means this thread: a PDF then
// takes the cores only when validations on the event loop do not want them (10 steps below the
// process, whatever it was started with). Elsewhere the call may not exist or may renice the
// whole process, which is why it is only tried on Linux.
if (process.platform === 'linux') {
  try { os.setPriority(0, Math.min(19, os.getPriority(0) + 10)); } catch { /* not permitted: the thread keeps the process's priority */ }
}

// The route has validated the submission already: the thread only lays it out, and does not
// run the 300-nominee dossier's validation a second time.
export default async function renderJob(job: PdfJob): Promise<PdfJobResult> {
  const started = performance.now();
  const pdf = await renderDocument(getPlan(job.plan), job.kind, job.value, { fonts, deflate: nodeDeflate, schema: getSchema(job.plan, job.kind) });
  return { pdf, ms: performance.now() - started };
}
