// The published JSON Schema of the plan-definition format, read by real ajv in strict mode:
// every built-in plan passes it, and a misspelt key, a wrong type deep inside, or an unknown
// that names a field the plan does give, fails with the pointer of the bad place.
import { parsePointer } from '@thidua/core/json-pointer';
import { PlanDefinition } from '@thidua/core/plan-definition';
import { Value } from '@sinclair/typebox/value';
import { PLAN_MODULES } from '@thidua/plans';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { definitionSchemaText } from '../../scripts/gen-definition-schema.mjs';

const schema = JSON.parse(definitionSchemaText() as string) as Record<string, any>;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

/** A definition as a plan file holds it: plain JSON. */
const asJson = (id: string): Record<string, any> =>
  JSON.parse(JSON.stringify(PLAN_MODULES.find((m) => m.definition.id === id)!.definition));

/** Where each error is: for a key that is not allowed, the key itself. */
function pointers(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors as ErrorObject[]).map((e) =>
    e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath);
}

describe('the plan-definition JSON Schema', () => {
  it('is a draft-07 document with the stable $id', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://schemas.thidua.dev/plan-definition/1.json');
    expect(schema.additionalProperties).toBe(false);
  });

  it('carries the format’s documentation for editors to show', () => {
    expect(schema.properties.document.properties.number.description).toMatch(/Number part of "Số: 148\/KH-UBND"/);
    expect(schema.properties.unknowns.items.properties.at.description).toMatch(/JSON Pointer/);
    expect(schema.properties.document.properties.legalBases.items.properties.kind.enum).toEqual(['can-cu', 'thuc-hien']);
    expect(schema.definitions.OutlineNode.properties.children.items).toEqual({ $ref: '#/definitions/OutlineNode' });
  });

  for (const { definition } of PLAN_MODULES) {
    it(`${definition.id}: its definition, as JSON, is valid`, () => {
      expect(validate(asJson(definition.id)) ? [] : validate.errors).toEqual([]);
    });
  }

  it('accepts a file that names the schema for its editor', () => {
    expect(pointers({ $schema: schema.$id, ...asJson('binh-dinh-2021-2025') })).toEqual([]);
  });

  it('refuses a misspelt key, at the top and deep inside', () => {
    const top = asJson('dong-nai-tdkt-2023');
    top.titel = top.title;
    expect(pointers(top)).toEqual(['/titel']);
    const deep = asJson('dong-nai-tdkt-2023');
    deep.document.signer.fullname = 'x';
    expect(pointers(deep)).toEqual(['/document/signer/fullname']);
  });

  it('refuses a wrong type or an id of the wrong form deep inside, at its pointer, through the outline’s nesting', () => {
    const plan = asJson('binh-dinh-2021-2025');
    plan.outline.sections[0].children[1].optional = 'có';
    plan.participantGroups[1].criteria[2].clause = 3;
    plan.phases[0].id = 'Sơ kết 2023';
    plan.indicators[0].id = 'ty-le-ho-ngheo';
    expect(pointers(plan).sort()).toEqual(['/indicators/0/id', '/outline/sections/0/children/1/optional', '/participantGroups/1/criteria/2/clause', '/phases/0/id']);
  });

  it('refuses a field named unknown that the plan gives, on the field itself', () => {
    const plan = asJson('dong-nai-so-ket-2023');
    expect(plan.document.number).toBe('148');
    plan.unknowns = [{ at: '/document/number', text: 'Văn bản không ghi số và ký hiệu.' }];
    expect(pointers(plan)).toContain('/document/number');
    delete plan.document.number;
    expect(pointers(plan)).toEqual([]);
  });

  it('takes an unknown only at an optional field of the format, inside lists and nested outline nodes too', () => {
    const plan = asJson('dong-nai-so-ket-2023');
    delete plan.outline.sections[0].children[0].hint;
    plan.unknowns = [
      { at: '/document/numbr', text: 'Văn bản không ghi số.' },
      { at: '/title', text: 'Văn bản không ghi tên.' },
      { at: '/outline/sections/0/children/0/hint', text: 'Đề cương không ghi gợi ý.' },
    ];
    expect(plan.outline.sections[0].children[0].id).toBeTruthy();
    expect(pointers(plan)).toEqual(['/unknowns/0/at', '/unknowns/1/at']);
  });

  it('uses only portable patterns, each quick on long adversarial input', () => {
    const patterns = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (k === 'pattern' && typeof x === 'string') patterns.add(x); walk(x); }
    };
    walk(schema);
    expect(patterns.size).toBeGreaterThanOrEqual(4);
    // The pattern of `unknowns[].at` is too large for recheck's automaton checker to finish;
    // it is written as a trie (the next characters pick the branch), and the longest inputs
    // that make a branch loop or backtrack run here as ajv compiles them (flag "u").
    const long = [
      `/outline/sections/0${'/children/1'.repeat(10_000)}/x`,
      `/outline/sections/0${'/children/1'.repeat(10_000)}/children`,
      `/indicators/${'1'.repeat(100_000)}x`,
      `/dossier/routes/1/to/${'2'.repeat(100_000)}/alias`,
      `${'/document'.repeat(10_000)}`,
      `2024-01-${'1'.repeat(100_000)}`,
      `${'1.'.repeat(50_000)}x`,
      `a${'-a'.repeat(50_000)}-`,
    ];
    for (const p of patterns) {
      expect(/\\[pPkdDwWbB1-9]|\(\?[=!<]/.test(p), p.slice(0, 60)).toBe(false);
      const re = new RegExp(p, 'u');
      for (const input of long) {
        const start = process.cpuUsage();
        re.test(input);
        const spent = process.cpuUsage(start);
        expect((spent.user + spent.system) / 1000, `${p.slice(0, 40)} on ${input.slice(0, 30)}…`).toBeLessThan(200);
      }
    }
  });

  it('refuses an unknown whose place is not a JSON Pointer', () => {
    const plan = asJson('binh-dinh-2021-2025');
    plan.unknowns = [{ at: 'document/number', text: 'Văn bản không ghi số.' }];
    expect(pointers(plan)).toEqual(['/unknowns/0/at']);
  });
});

describe('the TypeBox schema the JSON Schema is written from', () => {
  // What a page without eval, or code that does not load ajv, can check a definition with.
  for (const { definition } of PLAN_MODULES) {
    it(`${definition.id}: passes TypeBox's own check`, () => {
      expect([...Value.Errors(PlanDefinition, definition)].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    });
  }

  it('refuses a word outside a set, and a misspelt key, at their places', () => {
    const plan = asJson('dong-nai-tdkt-2023');
    plan.legalRegime = 'nd91';
    plan.tasks[0].quarter = 5;
    plan.document.signer.fullname = 'x';
    expect([...new Set([...Value.Errors(PlanDefinition, plan)].map((e) => e.path))].sort()).toEqual(['/document/signer/fullname', '/legalRegime', '/tasks/0/quarter']);
  });
});

describe('the new fields of the built-in plans', () => {
  // Purposes word for word in source.txt (footnote numbers aside) are checkPlan's quote check,
  // run on every plan by check-plans.test.ts.
  for (const { definition } of PLAN_MODULES) {
    it(`${definition.id}: every field named unknown is absent, even inside a list`, () => {
      const present = (definition.unknowns ?? []).filter(({ at }) =>
        parsePointer(at).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), definition) !== undefined);
      expect(present).toEqual([]);
    });
  }

  it('a plan whose text has no number says so instead of inventing one', () => {
    const binhDinh = PLAN_MODULES.find((m) => m.definition.id === 'binh-dinh-2021-2025')!.definition;
    expect(binhDinh.document.number).toBeUndefined();
    expect(binhDinh.unknowns?.map((u) => u.at)).toEqual(expect.arrayContaining(['/document/number', '/document/date']));
  });
});
