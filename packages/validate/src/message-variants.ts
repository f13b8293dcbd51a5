// Which wording of a schema error tells the officer what to do: a missing choice is chosen, a
// missing part is filled in, words in a number field become digits, an impossible date becomes
// a real one written the way the writer wrote it.

import type { Lang } from '@thidua/core';
import { TERMS, type MessageVariant } from '@thidua/core/messages';

type Schema = Record<string, unknown>;

/** A missing value the officer picks (options, a tick, a kind of nominee) or a whole part. */
export function requiredVariant(s: Schema | undefined): MessageVariant | undefined {
  if (!s) return undefined;
  if (Array.isArray(s['enum']) || typeof s['const'] === 'boolean' || s['type'] === 'boolean' || s['discriminator']) return 'required.choice';
  if (s['type'] === 'object' || s['type'] === 'array') return 'required.group';
  return undefined;
}

/** An example the field would accept: its own, a year for a year, else 13. */
function numberExample(s: Schema | undefined): number {
  const own = Array.isArray(s?.['examples']) ? s['examples'].find((x) => typeof x === 'number') : undefined;
  if (typeof own === 'number') return own;
  const min = typeof s?.['minimum'] === 'number' ? s['minimum'] : undefined;
  const max = typeof s?.['maximum'] === 'number' ? s['maximum'] : undefined;
  if (min !== undefined && min >= 1000) return max !== undefined && max < 2024 ? max : Math.max(min, 2024);
  return min !== undefined && min > 13 ? min : 13;
}

/** "mười ba" in a number field, 12,5 in a whole-number one: the wording and its example. */
export function numberVariant(expected: unknown, value: unknown, s: Schema | undefined): { variant: MessageVariant; example: number } | undefined {
  const types = Array.isArray(expected) ? expected : [expected];
  if (!types.includes('number') && !types.includes('integer')) return undefined;
  const variant = typeof value === 'number' && types.includes('integer') ? 'type.integer' : 'type.number';
  return { variant, example: numberExample(s) };
}

const TYPED = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * How to ask for a date. A day that does not exist is asked for again in the writer's own form
 * (the form's ngày/tháng/năm, or JSON's year-month-day); a real day in the form's way sent as
 * JSON is asked for as JSON carries it; anything else ("12031986") as the form's hint shows it.
 */
export function dateParams(value: unknown, lang: Lang): { form: string; example: string } {
  const forms = TERMS[lang].dateForms;
  const text = typeof value === 'string' ? value.trim() : '';
  if (ISO.test(text)) return forms.iso;
  const typed = TYPED.exec(text);
  if (typed && isRealDate(Number(typed[3]), Number(typed[2]), Number(typed[1]))) return forms.iso;
  return forms.typed;
}
