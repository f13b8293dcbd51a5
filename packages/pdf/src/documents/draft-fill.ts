// A draft (BẢN NHÁP) may be printed from an incomplete submission. Rather than guard every
// field in every builder, the missing required parts are filled from the schema with
// visible placeholders: "…" for text, 0 for numbers, empty lists.

type Schema = Record<string, unknown>;

const PLACEHOLDER = '…';

function branch(s: Schema, v: unknown): Schema {
  const oneOf = s['oneOf'] as Schema[] | undefined;
  if (!oneOf) return s;
  const tag = v && typeof v === 'object' ? (v as Record<string, unknown>)['type'] : undefined;
  return oneOf.find((b) => (b['properties'] as Record<string, Schema>)?.['type']?.['const'] === tag) ?? oneOf[0]!;
}

function defaultFor(s: Schema): unknown {
  if ('const' in s) return s['const'];
  if (Array.isArray(s['enum'])) return (s['enum'] as unknown[])[0];
  switch (s['type']) {
    case 'string': return s['format'] === 'date' ? '' : PLACEHOLDER;
    case 'number': case 'integer': return 0;
    case 'boolean': return false;
    case 'array': return [];
    case 'object': return fill(s, {});
    default: return s['oneOf'] ? fill(branch(s, {}), {}) : null;
  }
}

export function fill(schema: Schema, value: unknown): unknown {
  const s = branch(schema, value);
  if (s['type'] === 'array') {
    const items = s['items'] as Schema | undefined;
    return Array.isArray(value) && items ? value.map((x) => fill(items, x)) : [];
  }
  if (s['type'] === 'object' || s['properties']) {
    const v = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
    const props = (s['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (s['required'] as string[] | undefined) ?? []) {
      const ps = props[key];
      if (!ps) continue;
      if (v[key] === undefined || v[key] === null || (typeof v[key] !== 'object' && ps['type'] === 'object')) v[key] = defaultFor(ps);
    }
    for (const [key, ps] of Object.entries(props)) if (v[key] !== undefined && typeof v[key] === 'object') v[key] = fill(ps, v[key]);
    return v;
  }
  if (s['type'] === 'string' && typeof value !== 'string') return defaultFor(s);
  if ((s['type'] === 'number' || s['type'] === 'integer') && typeof value !== 'number') return 0;
  return value;
}
