// The checker over the five plans of the repository: each passes with no issue at all, and
// every citation of its text is found in its source.txt.
import { PLAN_MODULES, checkCitations, checkPlan } from '@thidua/plans';
import * as validation from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { planFolder, readPlanSource } from '../support/plan-source.js';

const counts: string[] = [];

for (const mod of PLAN_MODULES) {
  const p = mod.definition;
  describe(`${p.id}: the plan checker`, () => {
    const sourceText = readPlanSource(planFolder(p.province.slug, p.id)).text;

    it('finds every cited place in source.txt', () => {
      const cited = checkCitations(p, sourceText);
      const clauses = new Set(cited.map((c) => c.pointer)).size;
      counts.push(`${p.id}: ${cited.length} places in ${clauses} clauses, ${cited.filter((c) => c.found).length} found`);
      // A plan cites its text all over: far more than a handful of places.
      expect(cited.length).toBeGreaterThan(100);
      expect(cited.filter((c) => !c.found).map((c) => `${c.pointer} ${c.place}: ${c.why}`)).toEqual([]);
      for (const c of cited) expect(c.line, c.place).toBeGreaterThan(0);
    });

    it('reports no issue', () => {
      const issues = checkPlan({ definition: p, examples: mod.examples, invalid: mod.invalid, sourceText, validation });
      expect(issues.map((i) => `${i.code} ${i.pointer}: ${i.message}`)).toEqual([]);
    });
  });
}

describe('citations checked', () => {
  it('prints how many', () => {
    console.log(`Citations of the plans' texts checked:\n  ${counts.join('\n  ')}`);
    expect(counts).toHaveLength(PLAN_MODULES.length);
  });
});
