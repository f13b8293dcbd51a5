import fs from 'node:fs';
import path from 'node:path';
import type { DocumentKind, ValidationIssue } from '@thidua/core';
import { InvalidSubmissionError, loadTinos, MarginError, nodeDeflate, renderDocument, type Margins } from '@thidua/pdf/node';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { issueJson, maxIssuesOf, printIssues } from '../issue-list.js';
import { OPTIMISING_BATCH, withOptimisingCompiler } from '../optimising-compiler.js';
import { pdfJobs, type PdfJob } from '../pdf-jobs.js';
import { planValidator, type PlanValidator } from '../plan-validator.js';

function margins(v: unknown): Margins | undefined {
  if (typeof v !== 'string') return undefined;
  const parts = v.split(',').map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) throw new UsageError('--margins cần 4 số mm: trên,dưới,trái,phải (ví dụ 20,20,30,15)', '--margins needs 4 numbers in mm: top,bottom,left,right (e.g. 20,20,30,15)');
  const [top, bottom, left, right] = parts as [number, number, number, number];
  return { top, bottom, left, right };
}

interface PrintSettings {
  kind: DocumentKind;
  checker: PlanValidator;
  lang: 'vi' | 'en';
  draft: boolean;
  margins: Margins | undefined;
  maxIssues: number;
}

/** One document: its PDF bytes, or the errors that keep it from being printed. */
async function printOne(data: unknown, s: PrintSettings): Promise<{ pdf: Uint8Array } | { errors: ValidationIssue[]; truncated: boolean }> {
  const r = s.checker.validate(data, { lang: s.lang, maxIssues: s.maxIssues });
  if (!r.ok && !s.draft) return { errors: r.errors, truncated: r.truncated === true };
  try {
    const pdf = await renderDocument(s.checker.plan, s.kind, r.ok ? r.value : data, {
      fonts: loadTinos(),
      deflate: nodeDeflate,
      schema: s.checker.schema,
      ...(s.draft ? { draft: true } : {}),
      ...(s.margins ? { margins: s.margins } : {}),
    });
    return { pdf };
  } catch (e) {
    if (e instanceof MarginError) throw UsageError.from(e);
    throw e;
  }
}

function write(out: string, pdf: Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, pdf);
  process.stderr.write(`Đã ghi ${out} (${(pdf.length / 1024).toFixed(0)} KB) / wrote ${out}\n`);
}

/** Many documents in one run: a file that fails is said on stderr by name, the others print. */
async function printBatch(jobs: readonly PdfJob[], s: PrintSettings): Promise<number> {
  let failed = 0;
  for (const { input, output } of jobs) {
    let result: Awaited<ReturnType<typeof printOne>>;
    try {
      result = await printOne(readJson(input), s);
    } catch (e) {
      // Unreadable input stops this file only; a wrong call (margins) stops the run.
      if (!(e instanceof UsageError) || e.cause instanceof MarginError) throw e;
      failed++;
      process.stderr.write(`Không in được "${input}": ${e.messageVi} / cannot print "${input}": ${e.messageEn || e.messageVi}\n`);
      continue;
    }
    if ('pdf' in result) {
      write(output, result.pdf);
      continue;
    }
    failed++;
    const { errors } = result;
    process.stderr.write(`Không in được "${input}": hồ sơ chưa hợp lệ (${errors.length} lỗi), không ghi ${output}; sửa lỗi hoặc in bản nháp (--draft). / cannot print "${input}": invalid data (${errors.length} errors), ${output} not written.\n`);
    for (const i of errors.slice(0, s.maxIssues).map(issueJson)) process.stderr.write(`  ${i.path || '/'}: ${i.message}\n`);
  }
  if (failed) process.stderr.write(`${jobs.length - failed}/${jobs.length} tệp đã in; ${failed} tệp không in được. / ${jobs.length - failed} of ${jobs.length} printed; ${failed} could not be.\n`);
  return failed ? 1 : 0;
}

/**
 * Writes the official PDF; invalid data: exit 1 with the errors and no file (unless --draft).
 * Several documents print in one run with one font load and one validator.
 */
export async function pdfCommand({ args, options }: CommandInput): Promise<number> {
  const [id, kind, ...inputs] = args as [string, string, ...string[]];
  const checker = await planValidator(id, kind);
  const out = options.out;
  if (typeof out !== 'string' || !out) throw new UsageError('Cần -o TỆP.pdf: hãy cho tệp PDF cần ghi', '-o out.pdf is required: name the PDF file to write');
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const maxIssues = maxIssuesOf(options.maxIssues);
  const m = margins(options.margins);
  const { batch, jobs } = pdfJobs(inputs, out);
  const single = batch ? undefined : readJson(jobs[0]!.input);
  const settings: PrintSettings = { kind: checker.kind, checker, lang, draft: options.draft === true, margins: m, maxIssues };
  if (batch && jobs.length >= OPTIMISING_BATCH) withOptimisingCompiler();
  if (batch) return printBatch(jobs, settings);
  const result = await printOne(single, settings);
  if ('pdf' in result) {
    write(out, result.pdf);
    return 0;
  }
  process.stderr.write(`${new InvalidSubmissionError(result.errors).message}\n`);
  printIssues(result.errors, maxIssues, result.truncated);
  return 1;
}
