import type { PlanDefinition, ValidationResult } from '@thidua/core';
import type { CommandInput } from '../command-spec.js';
import { readJson } from '../io.js';
import { issueJson, maxIssuesOf, printIssues } from '../issue-list.js';
import { planValidator } from '../plan-validator.js';

/**
 * The verdict as one JSON object, printed whatever it is, so that a program in any language
 * reads a single stream: each list holds at most `max` issues, and `truncated` says when more exist.
 */
async function printVerdict(r: ValidationResult, max: number, plan: PlanDefinition): Promise<void> {
  const errors = r.errors.slice(0, max).map(issueJson);
  const warnings = r.warnings.slice(0, max).map(issueJson);
  const truncated = r.truncated || r.errors.length > max || r.warnings.length > max;
  // A reviewer sees what the document adds up to; only a valid document's figures are worth adding.
  const totals = r.ok ? (await import('@thidua/validate')).totalFigures([r.value], plan) : [];
  process.stdout.write(JSON.stringify({ ok: r.ok, errors, warnings, ...(truncated ? { truncated: true } : {}), ...(totals.length ? { figureTotals: totals } : {}) }, null, 2) + '\n');
}

/**
 * Exit 0 valid, 1 invalid, 2 unreadable. Without `--json`: warnings as text on stderr, errors as a
 * JSON array on stdout (at most `--max-issues`); with `--json`: the whole verdict on stdout.
 * Output stays bounded whatever the input.
 */
export async function validateCommand({ args, options }: CommandInput): Promise<number> {
  const [id, kind, file] = args as [string, string, string];
  const checker = await planValidator(id, kind);
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const maxIssues = maxIssuesOf(options.maxIssues);
  const data = readJson(file);
  const r = checker.validate(data, { lang, maxIssues });
  if (options.json === true) {
    await printVerdict(r, maxIssues, checker.plan);
    return r.ok ? 0 : 1;
  }
  for (const w of r.warnings) process.stderr.write(`${lang === 'vi' ? 'Cảnh báo' : 'Warning'}: ${w.message}\n`);
  if (r.ok) {
    process.stderr.write(lang === 'vi' ? 'Hợp lệ.\n' : 'Valid.\n');
    return 0;
  }
  printIssues(r.errors, maxIssues, r.truncated);
  return 1;
}
