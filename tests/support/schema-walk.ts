// Tests walk a submission beside its JSON Schema to find its free-text fields (to blank them, or
// to look for them in a PDF): one walk, each caller with its own idea of "free text".

/** The schema of a value at one place: a nominee's `oneOf` branch is picked by its `type`. */
function schemaFor(schema: any, value: any): any {
  if (schema?.oneOf && value && typeof value === 'object') return schema.oneOf.find((b: any) => b.properties?.type?.const === value.type) ?? schema.oneOf[0];
  return schema;
}

/**
 * A copy of `value` where every string is `f(string, its schema, its JSON Pointer)` (the
 * schema undefined where the value is not in the schema).
 */
export function mapStrings(value: any, schema: any, f: (s: string, schema: any, path: string) => string, at = ''): any {
  const s = schemaFor(schema, value);
  if (typeof value === 'string') return f(value, s, at);
  if (Array.isArray(value)) return value.map((x, i) => mapStrings(x, s?.items, f, `${at}/${i}`));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, mapStrings(x, s?.properties?.[k], f, `${at}/${k}`)]));
  return value;
}

/** A string field a person writes (no enum, const or format): what the user typed, not a code. */
export function isWritten(s: any): boolean {
  return Boolean(s) && s.type === 'string' && !s.enum && s.const === undefined && !s.format;
}
