// The browser's precompiled (standalone, no eval) validators and the server's runtime ajv
// give the same verdict, errors and messages, on every example and on generated bad input.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PLAN_MODULES, getSchema } from '@thidua/plans';
import { runValidation, validate, type CompiledCheck } from '@thidua/validate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

const DIST = path.resolve(__dirname, '../../packages/validate/dist/standalone');
const checks = new Map<string, CompiledCheck>();

beforeAll(async () => {
  expect(fs.existsSync(DIST), 'run `pnpm build` first: it writes the standalone validators').toBe(true);
  for (const m of PLAN_MODULES) {
    for (const kind of ['report', 'nomination']) {
      const file = path.join(DIST, m.definition.id, `${kind}.js`);
      const mod = await import(pathToFileURL(file).href);
      checks.set(`${m.definition.id}/${kind}`, mod.default as CompiledCheck);
    }
  }
});

const summary = (r: ReturnType<typeof validate>) => ({
  ok: r.ok,
  errors: r.errors.map((e) => `${e.path}|${e.code}|${e.message}`).sort(),
  warnings: r.warnings.map((e) => `${e.path}|${e.code}`).sort(),
});

/** Replaces the value at a random path of the document with arbitrary JSON. */
function mutate(doc: any, pathIdx: number[], junk: unknown): any {
  const copy = structuredClone(doc);
  let node = copy;
  for (let depth = 0; depth < pathIdx.length; depth++) {
    const keys = Array.isArray(node) ? node.map((_: unknown, i: number) => i) : Object.keys(node);
    if (!keys.length) break;
    const k = keys[pathIdx[depth]! % keys.length];
    const child = node[k];
    if (depth === pathIdx.length - 1 || child === null || typeof child !== 'object') {
      node[k] = junk;
      return copy;
    }
    node = child;
  }
  return copy;
}

for (const m of PLAN_MODULES) {
  const id = m.definition.id;
  describe(id, () => {
    const docs = [...m.examples, ...m.invalid];
    it('standalone and runtime agree on every example and fixture', () => {
      for (const ex of docs) {
        const standalone = runValidation(m.definition, ex.kind, getSchema(id, ex.kind), checks.get(`${id}/${ex.kind}`)!, ex.data);
        expect(summary(standalone), ex.name).toEqual(summary(validate(id, ex.kind, ex.data)));
      }
    });

    it('standalone and runtime agree on generated bad input (fast-check)', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...m.examples),
          fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('   '), fc.constant(''), fc.string(), fc.integer(), fc.constant(null)),
          (ex, where, junk) => {
            const data = mutate(ex.data, where, junk);
            const a = summary(runValidation(m.definition, ex.kind, getSchema(id, ex.kind), checks.get(`${id}/${ex.kind}`)!, data));
            const b = summary(validate(id, ex.kind, data));
            expect(a).toEqual(b);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
}

describe('standalone bundles', () => {
  it('contain no eval or new Function', () => {
    for (const dir of fs.readdirSync(DIST)) {
      for (const f of fs.readdirSync(path.join(DIST, dir))) {
        const code = fs.readFileSync(path.join(DIST, dir, f), 'utf8');
        expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
      }
    }
  });
});
