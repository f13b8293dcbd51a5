import type { ValidationIssue } from '@thidua/core';
import { SERVICE_MAX_ISSUES } from '@thidua/validate/engine';
import { UsageError } from './errors.js';

/** Errors printed at most by `validate` and `pdf`: as many as the server answers. */
export const DEFAULT_MAX_ISSUES = SERVICE_MAX_ISSUES;

/** The value of `--max-issues N`, a positive integer; the default when it is absent. */
export function maxIssuesOf(v: unknown): number {
  if (v === undefined) return DEFAULT_MAX_ISSUES;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--max-issues cần một số nguyên dương (ví dụ 100)`, `--max-issues needs a positive integer (e.g. 100)`);
  return n;
}

/** An issue as the CLI prints it: path, code, message and the clause it rests on, if any. */
export function issueJson({ path, code, message, clause }: ValidationIssue): { path: string; code: string; message: string; clause?: string } {
  return { path, code, message, ...(clause ? { clause } : {}) };
}

/** One stderr line saying the list was cut at `max`, since a JSON array alone cannot say so. */
function noteTruncated(shown: number, max: number): void {
  process.stderr.write(`Danh sách lỗi đã bị cắt: chỉ in ${shown} lỗi đầu tiên (--max-issues ${max}); sửa các lỗi này rồi kiểm tra lại để xem tiếp. / The list was cut: only the first ${shown} errors are printed (--max-issues ${max}); fix them and check again for more.\n`);
}

/**
 * The errors as a JSON array on stdout, at most `max` of them; when the list is longer (or
 * validate() already cut it), one line on stderr says so, since the array alone cannot.
 */
export function printIssues(errors: readonly ValidationIssue[], max: number, cut = false): void {
  const shown = errors.slice(0, max);
  process.stdout.write(JSON.stringify(shown.map(issueJson), null, 2) + '\n');
  if (cut || errors.length > max) noteTruncated(shown.length, max);
}
