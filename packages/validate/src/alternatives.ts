import type { Lang } from '@thidua/core';
import { TERMS } from '@thidua/core/messages';

// Two schema shapes whose raw ajv errors read badly: "at least one of these fields"
// (`anyOf` of `required`) gives one error per branch plus "matches no schema", and
// "required when" (`if`/`then`) gives the missing field plus "must match then". Each is
// said once, naming the fields and the condition by their labels.

type Schema = Record<string, unknown>;

const props = (s: Schema | undefined) => (s?.['properties'] ?? {}) as Record<string, Schema>;

function titleOf(s: Schema | undefined, lang: Lang): string | undefined {
  const t = lang === 'en' ? (s?.['x-title-en'] ?? s?.['title']) : s?.['title'];
  return typeof t === 'string' ? t : undefined;
}

const quote = (s: string, lang: Lang) => (lang === 'vi' ? `«${s}»` : `“${s}”`);

function joinOr(items: string[], lang: Lang): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${TERMS[lang].or} ${items[items.length - 1]}`;
}

/** The fields of an "at least one of" `anyOf` (each branch requires one field), or undefined for any other `anyOf`. */
export function alternativeKeys(objectSchema: Schema | undefined): string[] | undefined {
  // The alternatives may be asked of some standings only: then they sit in a `then` of the object's `allOf`.
  const conditional = ((objectSchema?.['allOf'] ?? []) as Schema[]).map((e) => (e['then'] as Schema | undefined)?.['anyOf']).find(Array.isArray);
  const branches = objectSchema?.['anyOf'] ?? conditional;
  if (!Array.isArray(branches) || !branches.length) return undefined;
  const keys = (branches as Schema[]).map((b) => (Array.isArray(b['required']) && b['required'].length === 1 ? String(b['required'][0]) : undefined));
  return keys.every((k): k is string => k !== undefined) ? keys : undefined;
}

/** "«Ngày, tháng, năm sinh», «Năm sinh» hoặc «Tuổi»". */
export function alternativesPhrase(objectSchema: Schema, keys: string[], lang: Lang): string {
  return joinOr(keys.map((k) => quote(titleOf(props(objectSchema)[k], lang) ?? k, lang)), lang);
}

const holds = (cond: Schema, value: unknown): boolean =>
  Array.isArray(cond['enum']) ? (cond['enum'] as unknown[]).includes(value) : 'const' in cond ? cond['const'] === value : true;

/**
 * Why `key` is required here, when a `then` of the object's `allOf` requires it and its `if`
 * holds for `value`: "«Đối tượng» là “Cán bộ, công chức, viên chức” hoặc “Người lao động”".
 * Read from the annotated schema and the data, not from ajv's schema path, which points into
 * shared `$defs` in the standalone validators.
 */
export function requiredWhen(objectSchema: Schema | undefined, value: unknown, key: string, lang: Lang): string | undefined {
  const data = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  for (const entry of (objectSchema?.['allOf'] ?? []) as Schema[]) {
    const then = entry['then'] as Schema | undefined;
    if (!Array.isArray(then?.['required']) || !(then['required'] as string[]).includes(key)) continue;
    const cond = props(entry['if'] as Schema | undefined);
    if (!Object.entries(cond).every(([k, c]) => holds(c, data[k]))) continue;
    return Object.entries(cond).map(([k, c]) => {
      const field = props(objectSchema)[k];
      const values = Array.isArray(c['enum']) ? (c['enum'] as unknown[]) : 'const' in c ? [c['const']] : [];
      const all = (field?.['enum'] ?? []) as unknown[];
      const labels = (field?.[lang === 'en' ? 'x-enum-labels-en' : 'x-enum-labels'] ?? []) as string[];
      const shown = values.map((v) => `“${labels[all.indexOf(v)] ?? String(v)}”`);
      return `${quote(titleOf(field, lang) ?? k, lang)} ${TERMS[lang].is} ${joinOr(shown, lang)}`;
    }).join(', ');
  }
  return undefined;
}

/** True when the object's `if`/`then` are all explained by the errors inside their `then`. */
export function hasConditionalRequired(objectSchema: Schema | undefined): boolean {
  return ((objectSchema?.['allOf'] ?? []) as Schema[]).some((e) => isObjectSchema(e['then']));
}

const isObjectSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);
