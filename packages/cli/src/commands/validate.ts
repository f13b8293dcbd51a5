import { validate } from '@thidua/validate';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { requireKind, requirePlan } from '../plan-args.js';

/** Exit 0 valid (warnings on stderr), 1 invalid (errors as JSON on stdout), 2 unreadable. */
export function validateCommand(args: ParsedArgs): number {
  const [id, kind, file] = args.positional;
  const planId = requirePlan(id);
  const docKind = requireKind(kind);
  if (!file) throw new UsageError('Thiếu tệp JSON cần kiểm tra / missing JSON file');
  const lang = args.flags.get('lang') === 'en' ? 'en' : 'vi';
  const r = validate(planId, docKind, readJson(file), { lang });
  for (const w of r.warnings) process.stderr.write(`${lang === 'vi' ? 'Cảnh báo' : 'Warning'}: ${w.message}\n`);
  if (r.ok) {
    process.stderr.write(lang === 'vi' ? 'Hợp lệ.\n' : 'Valid.\n');
    return 0;
  }
  process.stdout.write(JSON.stringify(r.errors.map(({ path, code, message, clause }) => ({ path, code, message, ...(clause ? { clause } : {}) })), null, 2) + '\n');
  return 1;
}
