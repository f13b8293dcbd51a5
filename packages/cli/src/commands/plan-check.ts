import path from 'node:path';
import { checkPlan, folderLocator, loadPlanFolder, PlanFileError, type PlanFolder, type PlanIssue } from '@thidua/plans';
import * as validation from '@thidua/validate';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { printJson } from '../print-json.js';

const DEFINITION_FILE = 'definition.yaml';

const SEVERITY = { error: { vi: 'lỗi', en: 'error' }, warning: { vi: 'cảnh báo', en: 'warning' } } as const;

function printIssue(dir: string, issue: PlanIssue): void {
  const at = issue.file === undefined ? dir : `${path.join(dir, issue.file)}${issue.line === undefined ? '' : `:${issue.line}`}`;
  const s = SEVERITY[issue.severity];
  process.stdout.write(`${at}: ${s.vi}: ${issue.message}\n  ${s.en}: ${issue.messageEn} [${issue.code}]\n`);
}

/**
 * `thidua plan check <folder> [--json]`: each issue with its file and line, then a summary.
 * Exit 0 without errors (warnings allowed), 1 with errors, 2 when the folder cannot be read.
 */
export function planCheckCommand({ args, options }: CommandInput): number {
  const dir = args[0]!;
  let folder: PlanFolder;
  try {
    folder = loadPlanFolder(dir);
  } catch (e) {
    if (e instanceof PlanFileError) throw new UsageError(`Không đọc được thư mục kế hoạch ${dir}: ${e.messageVi}`, `cannot read the plan folder ${dir}: ${e.messageEn}`, { cause: e });
    throw e;
  }
  const { definition, examples, invalid, sourceText } = folder;
  let issues: PlanIssue[];
  try {
    issues = checkPlan({ definition, examples, invalid, sourceText, locate: folderLocator(folder), validation });
  } catch (e) {
    // A field of the wrong shape (a number where a list belongs) trips the checks that read it.
    throw new UsageError(
      `Định nghĩa kế hoạch ở ${path.join(dir, DEFINITION_FILE)} không đúng định dạng (${(e as Error).message}). Hãy đối chiếu từng trường với lược đồ định nghĩa kế hoạch (plan-definition.schema.json) và hướng dẫn định nghĩa kế hoạch.`,
      `the plan definition in ${path.join(dir, DEFINITION_FILE)} does not have the format's shape (${(e as Error).message}); compare each field with the plan-definition schema (plan-definition.schema.json) and the plan-definition guide`,
      { cause: e });
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (options.json === true) {
    printJson(issues);
    return errors ? 1 : 0;
  }
  for (const issue of issues) printIssue(dir, issue);
  const id = typeof definition.id === 'string' ? definition.id : dir;
  process.stdout.write(errors || warnings
    ? `Kế hoạch ${id}: ${errors} lỗi, ${warnings} cảnh báo. / ${errors} error(s), ${warnings} warning(s).\n`
    : `Kế hoạch ${id}: không có lỗi nào. / no issues.\n`);
  return errors ? 1 : 0;
}
