// A plan chunk ships its schema with repeated subtrees written once: unpacked, it is the
// published schema (less what the form never reads), for every plan and kind.
import { DOCUMENT_KINDS, PLAN_MODULES, getSchema } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { packSchema, unpackSchema } from '../../packages/elements/scripts/pack-schema.mjs';

describe('packSchema', () => {
  for (const m of PLAN_MODULES) {
    for (const kind of DOCUMENT_KINDS) {
      it(`${m.definition.id} ${kind}: unpacks to the schema it packed, in at most three quarters of the bytes`, () => {
        const schema = JSON.parse(JSON.stringify(getSchema(m.definition.id, kind))); // the published file, without TypeBox's symbols
        const packed = packSchema(schema);
        expect(unpackSchema(packed.root, packed.table)).toEqual(schema);
        expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(schema).length * 0.75);
      });
    }
  }

  it('refuses a schema that already uses its reference key', () => {
    expect(() => packSchema({ properties: { a: { $s: 1 } } })).toThrow(/\$s/);
  });

  it('keeps a lone subtree in place and shares a repeated one', () => {
    const row = { type: 'object', properties: { year: { type: 'integer', minimum: 1900, maximum: 2100 }, value: { type: 'number', minimum: 0 } } };
    const schema = { properties: { a: row, b: structuredClone(row), c: { type: 'string', title: 'x'.repeat(200) } } };
    const packed = packSchema(schema);
    expect(packed.table).toHaveLength(1);
    expect(packed.root.properties.a).toEqual({ $s: 0 });
    expect(packed.root.properties.c).toEqual(schema.properties.c);
    expect(unpackSchema(packed.root, packed.table)).toEqual(schema);
  });
});
