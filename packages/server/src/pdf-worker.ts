// A PDF thread of the server's pool (see pdf-pool.ts). It loads the fonts and the plans read
// from folders once, when the thread starts, so a job pays for its own layout only.
import os from 'node:os';
import { workerData } from 'node:worker_threads';
import type { DocumentKind, Lang, ValidationIssue } from '@thidua/core';
import { addPlanFolders } from '@thidua/plans';
import { InvalidSubmissionError, loadTinos, renderSubmission } from '@thidua/pdf/node';

export interface PdfJob { plan: string; kind: DocumentKind; value: unknown; lang: Lang }
/** `ms`: the thread's time on the job, from which the pool estimates waits. */
export type PdfJobResult = ({ ok: true; pdf: Uint8Array } | { ok: false; errors: ValidationIssue[] }) & { ms: number };

const planDirs = (workerData as { planDirs?: string[] } | undefined)?.planDirs ?? [];
if (planDirs.length) addPlanFolders(planDirs);
loadTinos();
// On Linux a thread has its own nice value, and priority 0 here means this thread: a PDF then
// takes the cores only when validations on the event loop do not want them (10 steps below the
// process, whatever it was started with). Elsewhere the
// call may not exist or may renice the whole process — which is why it is only tried here.
if (process.platform === 'linux') {
  try { os.setPriority(0, Math.min(19, os.getPriority(0) + 10)); } catch { /* not permitted: the thread keeps the process's priority */ }
}

export default async function renderJob(job: PdfJob): Promise<PdfJobResult> {
  const started = performance.now();
  try {
    const pdf = await renderSubmission(job.plan, job.kind, job.value, { lang: job.lang });
    return { ok: true, pdf, ms: performance.now() - started };
  } catch (e) {
    // Only the issues cross back: an error object loses its class between threads.
    if (e instanceof InvalidSubmissionError) return { ok: false, errors: e.errors, ms: performance.now() - started };
    throw e;
  }
}
