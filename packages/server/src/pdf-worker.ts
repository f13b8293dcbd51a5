// A PDF thread of the server's pool (see pdf-pool.ts). It loads the fonts and the plans read
// from folders once, when the thread starts, so a job pays for its own work only.
import os from 'node:os';
import { workerData } from 'node:worker_threads';
import type { DocumentKind, Lang } from '@thidua/core';
import { addPlanFolders, getPlan, getSchema } from '@thidua/plans';
import { loadTinos, nodeDeflate, renderDocument } from '@thidua/pdf/node';
import { JsonTextError, parseJsonText, validate, type InputLimits } from '@thidua/validate';
import type { RefusedJsonText } from './errors.js';
import { verdict } from './verdict.js';

/**
 * `body`: the request's bytes as they came. The thread reads and validates them itself: a
 * 300-nominee dossier is 0.7 MB, and parsing and validating it on the event loop would hold up
 * every validation request behind it for tens of milliseconds.
 */
export interface PdfJob { plan: string; kind: DocumentKind; body: Uint8Array; lang: Lang; limits: InputLimits; maxIssues: number }
/**
 * One of: the PDF; the 422 answer of an invalid submission; the refusal of a body that is not
 * strict JSON. `ms`: the thread's time on the job, from which the pool estimates waits.
 */
export type PdfJobResult =
  | { pdf: Uint8Array; ms: number }
  | { invalid: Record<string, unknown>; ms: number }
  | { refused: RefusedJsonText; ms: number };

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

export default async function renderJob(job: PdfJob): Promise<PdfJobResult> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  let body: unknown;
  try {
    body = parseJsonText(job.body);
  } catch (e) {
    if (!(e instanceof JsonTextError)) throw e;
    return { refused: { code: e.code, messageVi: e.messageVi, messageEn: e.messageEn, position: e.position }, ms: ms() };
  }
  const r = validate(job.plan, job.kind, body, { lang: job.lang, limits: job.limits, maxIssues: job.maxIssues });
  if (!r.ok) return { invalid: verdict(r).body, ms: ms() };
  // Laid out from the validated, normalised value, with the schema validation used.
  const pdf = await renderDocument(getPlan(job.plan), job.kind, r.value, { fonts, deflate: nodeDeflate, schema: getSchema(job.plan, job.kind) });
  return { pdf, ms: ms() };
}
