import { validate } from '@thidua/validate';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { maxIssuesOf, printIssues } from '../issue-list.js';
import { requireKind, requirePlan } from '../plan-args.js';

/**
 * Exit 0 valid (warnings on stderr), 1 invalid (errors as JSON on stdout, at most
 * `--max-issues`), 2 unreadable. Output stays bounded whatever the input.
 */
export function validateCommand(args: ParsedArgs): number {
  const [id, kind, file] = args.positional;
  const planId = requirePlan(id);
  const docKind = requireKind(kind);
  if (!file) throw new UsageError('Thiếu tệp JSON cần kiểm tra / missing JSON file');
  const lang = args.flags.get('lang') === 'en' ? 'en' : 'vi';
  const maxIssues = maxIssuesOf(args);
  const r = validate(planId, docKind, readJson(file), { lang, maxIssues });
  for (const w of r.warnings) process.stderr.write(`${lang === 'vi' ? 'Cảnh báo' : 'Warning'}: ${w.message}\n`);
  if (r.ok) {
    process.stderr.write(lang === 'vi' ? 'Hợp lệ.\n' : 'Valid.\n');
    return 0;
  }
  printIssues(r.errors, maxIssues, r.truncated);
  return 1;
}
