// The validators the build prepares for the built-in plans (dist/bundle/prepared) give every
// example and every invalid fixture the verdict the validator compiled at run time gives.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PLAN_MODULES } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { runValidation } from '@thidua/validate/engine';
import { describe, expect, it } from 'vitest';

const PREPARED = path.resolve(__dirname, '../dist/bundle/prepared');

describe('prepared plan validators', () => {
  it('are built (run `pnpm build` first)', () => {
    expect(fs.existsSync(PREPARED)).toBe(true);
  });

  for (const mod of PLAN_MODULES) {
    const id = mod.definition.id;
    it(`${id}: same verdicts as at run time, on ${mod.examples.length} examples and ${mod.invalid.length} invalid fixtures`, async () => {
      const cases = [...mod.examples, ...mod.invalid];
      expect(cases.some((c) => c.kind === 'report') && cases.some((c) => c.kind === 'nomination')).toBe(true);
      let refused = 0;
      for (const c of cases) {
        const ready = await import(pathToFileURL(path.join(PREPARED, id, `${c.kind}.js`)).href);
        expect(ready.plan).toEqual(mod.definition);
        for (const lang of ['vi', 'en'] as const) {
          const atRunTime = validate(id, c.kind, structuredClone(c.data), { lang });
          const prepared = runValidation(ready.plan, c.kind, ready.schema, ready.check, structuredClone(c.data), { lang });
          expect(prepared, c.name).toEqual(atRunTime);
          if (!atRunTime.ok) refused++;
        }
      }
      // Some invalid fixtures prove a warning, not an error: most are refused all the same.
      expect(refused).toBeGreaterThan(mod.invalid.length);
    }, 60_000);
  }
});
