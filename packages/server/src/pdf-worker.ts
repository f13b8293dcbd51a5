// A PDF thread of the server's pool (see pdf-pool.ts). It loads the fonts and the plans read
// from folders once, when the thread starts, so a job pays for its own layout only.
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
