import { isWritten, mapStrings } from '../support/schema-walk.js';
import { NON_BLANK } from '@thidua/core/text';
import { getExample } from '@thidua/plans';

/** A fresh copy of a plan's first example of a kind. */
export function example<T = Record<string, any>>(planId: string, kind: 'report' | 'nomination'): T {
  return getExample(planId, kind) as T;
}

/** Every string in a value replaced by `blank` (keys and enums included: that is the point). */
export function blankAllText(v: unknown, blank = '   '): unknown {
  if (typeof v === 'string') return blank;
  if (Array.isArray(v)) return v.map((x) => blankAllText(x, blank));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blankAllText(x, blank)]));
  return v;
}

/** Same as blankAllText but keeps the identifiers (plan id, kind, enums) so only free text is blank. */
export function blankFreeText(v: any, schema: any): any {
  return mapStrings(v, schema, (text, s) => (isWritten(s) && (s.pattern === NON_BLANK || s.pattern === undefined) ? '  ' : text));
}

/**
 * The hostile body of the issue: a plan's nomination example whose nominees are `count` empty
 * `{"type":"individual"}` items (95 161 of them make 2 MB of JSON, the server's body limit).
 */
export function emptyNominees(planId: string, count: number): Record<string, any> {
  return { ...example(planId, 'nomination'), nominees: Array.from({ length: count }, () => ({ type: 'individual' })) };
}
