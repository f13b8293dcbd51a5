// Every plan: its definition is consistent, its schemas compile under strict ajv, its
// examples are valid, and each invalid fixture fails with the field, code and clause it names.
import { execFileSync } from 'node:child_process';
import { PLAN_MODULES, checkDefinition, getSchema } from '@thidua/plans';
import { createAjv, validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';

describe('catalog', () => {
  it('keeps each plan in packages/plans/src/<province slug>/<plan id>/', async () => {
    const fs = await import('node:fs');
    for (const m of PLAN_MODULES) {
      const dir = `packages/plans/src/${m.definition.province.slug}/${m.definition.id}`;
      // A plan is a folder of files (definition.yaml), or of TypeScript modules (index.ts).
      expect(fs.existsSync(`${dir}/definition.yaml`) || fs.existsSync(`${dir}/index.ts`), dir).toBe(true);
    }
  });

  it('lists every plan folder (catalog.generated.ts is up to date)', () => {
    expect(() => execFileSync('node', ['scripts/gen-catalog.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

for (const mod of PLAN_MODULES) {
  const plan = mod.definition;
  describe(plan.id, () => {
    it('has a consistent definition', () => {
      expect(checkDefinition(plan)).toEqual([]);
    });

    for (const kind of ['report', 'nomination'] as const) {
      it(`${kind} schema compiles under ajv strict mode`, () => {
        expect(() => createAjv().compile(getSchema(plan.id, kind))).not.toThrow();
      });
      it(`has at least one ${kind} example`, () => {
        expect(mod.examples.some((e) => e.kind === kind)).toBe(true);
      });
    }

    for (const ex of mod.examples) {
      it(`example "${ex.name}" is valid, without warnings`, () => {
        const r = validate(plan.id, ex.kind, ex.data);
        expect(r.errors.map((e) => `${e.path} ${e.code}: ${e.message}`)).toEqual([]);
        expect(r.warnings.map((e) => `${e.path} ${e.code}: ${e.message}`)).toEqual([]);
        expect(r.ok).toBe(true);
      });
    }

    for (const fx of mod.invalid) {
      it(`fixture "${fx.name}" fails as expected`, () => {
        const r = validate(plan.id, fx.kind, fx.data);
        const all = [...r.errors, ...r.warnings];
        for (const want of fx.expect) {
          const hit = all.find((i) => i.path === want.path && i.code === want.code);
          expect(hit, `${want.code} at ${want.path}; got ${JSON.stringify(all.map((i) => [i.path, i.code]))}`).toBeTruthy();
          if (want.clause) expect(hit!.clause, `clause for ${want.code}`).toBeTruthy();
          expect(hit!.message.length).toBeGreaterThan(10);
        }
        // Only warnings expected means the submission stays valid.
        const onlyWarnings = fx.expect.every((w) => r.warnings.some((i) => i.path === w.path && i.code === w.code));
        if (!onlyWarnings) expect(r.ok).toBe(false);
      });
    }
  });
}
