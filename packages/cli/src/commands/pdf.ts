import fs from 'node:fs';
import path from 'node:path';
import { InvalidSubmissionError, MarginError, renderSubmission } from '@thidua/pdf/node';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { maxIssuesOf, printIssues } from '../issue-list.js';
import { requireKind, requirePlan } from '../plan-args.js';

function margins(v: unknown) {
  if (typeof v !== 'string') return undefined;
  const parts = v.split(',').map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) throw new UsageError('--margins cần 4 số mm: trên,dưới,trái,phải (ví dụ 20,20,30,15)', '--margins needs 4 numbers in mm: top,bottom,left,right (e.g. 20,20,30,15)');
  const [top, bottom, left, right] = parts as [number, number, number, number];
  return { top, bottom, left, right };
}

/** Writes the official PDF; invalid data: exit 1 with the errors and no file (unless --draft). */
export async function pdfCommand({ args, options }: CommandInput): Promise<number> {
  const [id, kind, file] = args as [string, string, string];
  const planId = requirePlan(id);
  const docKind = requireKind(kind);
  const out = options.out;
  if (typeof out !== 'string' || !out) throw new UsageError('Cần -o TỆP.pdf: hãy cho tệp PDF cần ghi', '-o out.pdf is required: name the PDF file to write');
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const maxIssues = maxIssuesOf(options.maxIssues);
  const data = readJson(file);
  try {
    const m = margins(options.margins);
    const pdf = await renderSubmission(planId, docKind, data, { draft: options.draft === true, lang, ...(m ? { margins: m } : {}) });
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, pdf);
    process.stderr.write(`Đã ghi ${out} (${(pdf.length / 1024).toFixed(0)} KB) / wrote ${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InvalidSubmissionError) {
      process.stderr.write(`${e.message}\n`);
      printIssues(e.errors, maxIssues);
      return 1;
    }
    if (e instanceof MarginError) throw UsageError.from(e);
    throw e;
  }
}
