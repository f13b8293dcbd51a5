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
  if (typeof v === 'string') {
    const isFree = schema && schema.type === 'string' && !schema.enum && schema.const === undefined && !schema.format && (schema.pattern === '\\S' || schema.pattern === undefined);
    return isFree ? '  ' : v;
  }
  if (Array.isArray(v)) return v.map((x) => blankFreeText(x, branch(schema?.items, x)));
  if (v && typeof v === 'object') {
    const s = branch(schema, v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blankFreeText(x, branch(s?.properties?.[k], x))]));
  }
  return v;
}

function branch(s: any, v: any): any {
  if (s?.oneOf && v && typeof v === 'object') return s.oneOf.find((b: any) => b.properties?.type?.const === v.type) ?? s.oneOf[0];
  return s;
}
