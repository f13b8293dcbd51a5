// What the plan's text leaves unknown is said, never filled in: a field named in `unknowns`
// stays absent, so that nobody prints an invented number or date.
import type { DefinitionIssue } from './references.js';

const unescape = (t: string) => t.replace(/~1/g, '/').replace(/~0/g, '~');

export function checkUnknowns(definition: unknown): DefinitionIssue[] {
  const unknowns = (definition as { unknowns?: unknown }).unknowns;
  if (!Array.isArray(unknowns)) return [];
  const out: DefinitionIssue[] = [];
  unknowns.forEach((u: { at?: unknown }, i) => {
    if (typeof u?.at !== 'string' || !u.at.startsWith('/')) return;
    const value = u.at.split('/').slice(1).map(unescape).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), definition);
    if (value === undefined) return;
    out.push({
      code: 'unknown-but-present', severity: 'error', pointer: u.at,
      message: `Trường ${u.at} được ghi là không có trong văn bản (unknowns/${i}) nhưng vẫn có giá trị. Nếu văn bản có ghi, hãy bỏ dòng ở unknowns; nếu không, hãy xóa giá trị, đừng tự điền.`,
      messageEn: `${u.at} is listed as unknown (unknowns/${i}) but has a value: drop the unknowns entry if the text gives it, otherwise remove the value rather than invent one`,
    });
  });
  return out;
}
