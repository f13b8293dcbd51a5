// The rule table of each plan's reference page: every rule-bearing item is a row with its clause,
// and every invalid fixture that proves a plan rule is linked to the row of that rule.
import { PLAN_MODULES } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module of the docs generator, no types
import { RULE_KINDS, readings, ruleRows } from '../../scripts/lib/rule-table.mjs';

const ROW_CODES = new Set<string>(RULE_KINDS.flatMap((k: any) => PLAN_MODULES.flatMap((m) => k.items(m.definition).map((x: any) => k.row(m.definition, x).codes)).flat()));

for (const mod of PLAN_MODULES) {
  const p = mod.definition;
  describe(p.id, () => {
    const rows = ruleRows(mod, validate);

    it('lists every quota, threshold, deadline, phase, award form and numeric target, each with a clause', () => {
      const ids = (kind: string) => rows.filter((r: any) => r.kind === kind).map((r: any) => r.id);
      expect(ids('Số lượng / quota')).toEqual(p.quotas.map((q) => q.id));
      expect(ids('Ngưỡng / threshold')).toEqual(p.thresholds.map((t) => t.id));
      expect(ids('Hạn / deadline')).toEqual(p.deadlines.map((d) => d.id));
      expect(ids('Đợt / phase')).toEqual(p.phases.map((x) => x.id));
      expect(ids('Hình thức khen thưởng / award form')).toEqual(p.awardForms.map((a) => a.id));
      expect(ids('Chỉ tiêu / target')).toEqual(p.indicators.filter((i) => i.target?.op).map((i) => i.id));
      for (const r of rows) expect(r.clause, `${r.kind} ${r.id}`).toBeTruthy();
      for (const r of rows.filter((x: any) => x.codes.every((c: string) => c === 'deadline-late' || c === 'target-not-met'))) expect(r.severity).toBe('warning');
    });

    it('links every fixture that expects a plan-rule issue the table knows to the row of that rule', () => {
      const linked = new Set(rows.flatMap((r: any) => r.fixtures));
      const unlinked = mod.invalid
        .filter((f) => f.expect.some((e) => e.clause && ROW_CODES.has(e.code)))
        .filter((f) => !linked.has(f.name))
        .map((f) => `${f.name}: ${f.expect.map((e) => e.code).join(', ')}`);
      expect(unlinked).toEqual([]);
    });

    it('a target fixture is linked to its own indicator only', () => {
      for (const r of rows.filter((x: any) => x.kind === 'Chỉ tiêu / target')) {
        for (const name of r.fixtures) {
          const f = mod.invalid.find((x) => x.name === name)!;
          expect(f.expect.some((e) => e.path.endsWith(`/indicators/${r.id}`)), `${r.id} ← ${name}`).toBe(true);
        }
      }
    });

    it('prints the readings the definition records', () => {
      for (const i of p.indicators.filter((x) => x.scope?.reading)) {
        expect(readings(p)).toContainEqual(expect.objectContaining({ id: i.id, reading: i.scope!.reading }));
      }
    });
  });
}
