// The schema the standalone validators are compiled from: the same constraints without the
// annotations, repeated subschemas shared through $defs. Runtime ajv on it and on the
// published schema must say the same thing about every example and fixture.
import { VOCABULARY } from '@thidua/core';
import { PLAN_MODULES, getSchema } from '@thidua/plans';
import { createAjv, schemaForCode, standaloneSource } from '@thidua/validate';
import { describe, expect, it } from 'vitest';

const ANNOTATIONS = new Set<string>([...VOCABULARY, 'title', 'description', '$comment', 'examples', 'default']);

/** Every key used as a keyword anywhere in a schema, and every $ref it holds. */
function keywordsAndRefs(schema: unknown): { keywords: Set<string>; refs: string[] } {
  const keywords = new Set<string>();
  const refs: string[] = [];
  const walk = (s: unknown): void => {
    if (!s || typeof s !== 'object') return;
    if (Array.isArray(s)) return s.forEach(walk);
    for (const [k, v] of Object.entries(s)) {
      if (k === 'properties' || k === '$defs') {
        for (const sub of Object.values(v as object)) walk(sub);
        continue;
      }
      if (k === 'enum' || k === 'const' || k === 'required' || k === 'discriminator') continue;
      keywords.add(k);
      if (k === '$ref') refs.push(v as string);
      walk(v);
    }
  };
  walk(schema);
  return { keywords, refs };
}

const errorsOf = (fn: { errors?: { instancePath: string; keyword: string; params: unknown }[] | null }) =>
  (fn.errors ?? []).map((e) => `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`).sort();

describe('schemaForCode', () => {
  it('shares repeated subschemas once, whatever their labels, and drops the labels', () => {
    const text = (title: string) => ({ type: 'string', minLength: 1, maxLength: 300, pattern: '\\S', title, 'x-title-en': title });
    const schema = {
      $id: 'https://example.test/s.json',
      type: 'object',
      title: 'Hồ sơ',
      properties: { a: text('Họ và tên'), b: text('Chức vụ'), c: { type: 'integer', title: 'Năm' } },
    };
    const out = schemaForCode(schema) as any;
    expect(out.$id).toBe(schema.$id);
    expect(out.title).toBeUndefined();
    expect(out.properties.a).toEqual(out.properties.b);
    const ref = out.properties.a.$ref as string;
    expect(ref).toMatch(/^#\/\$defs\//);
    expect(out.$defs[ref.slice('#/$defs/'.length)]).toEqual({ type: 'string', minLength: 1, maxLength: 300, pattern: '\\S' });
    expect(out.properties.c).toEqual({ type: 'integer' });
    // The input is left as it was.
    expect(schema.properties.a.title).toBe('Họ và tên');
  });

  for (const m of PLAN_MODULES) {
    const id = m.definition.id;
    for (const kind of ['report', 'nomination'] as const) {
      it(`${id} ${kind}: no annotation left, every $ref resolves, and runtime ajv agrees with the published schema`, () => {
        const published = getSchema(id, kind);
        const compact = schemaForCode(published) as Record<string, any>;
        const { keywords, refs } = keywordsAndRefs(compact);
        expect([...keywords].filter((k) => ANNOTATIONS.has(k))).toEqual([]);
        expect(refs.length).toBeGreaterThan(0);
        for (const r of refs) expect(compact.$defs?.[r.replace('#/$defs/', '')], r).toBeDefined();

        const full = createAjv().compile(published);
        const small = createAjv().compile(compact);
        const docs = [...m.examples, ...m.invalid].filter((d) => d.kind === kind);
        expect(docs.length).toBeGreaterThan(0);
        for (const d of docs) {
          expect(small(d.data), d.name).toBe(full(d.data));
          expect(errorsOf(small), d.name).toEqual(errorsOf(full));
        }
      });
    }
  }

  it('standaloneSource writes an ES module without eval', () => {
    const src = standaloneSource(getSchema(PLAN_MODULES[0]!.definition.id, 'nomination'));
    expect(src).toMatch(/export default validate\d+/);
    expect(src).not.toMatch(/\beval\(|new Function/);
  });
});
