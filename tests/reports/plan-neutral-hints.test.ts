// Hints come from the plan being filled: no published schema string of a plan names a province or
// a district of another plan (the shared schema used to show "UBND TỈNH LÂM ĐỒNG" and "huyện Đam
// Rông" in every plan's form).
import { PLAN_MODULES, getPlan, getSchema } from '@thidua/plans';
import type { PlanDefinition } from '@thidua/core';
import { describe, expect, it } from 'vitest';

const LOCAL_LEVELS = new Set(['huyen', 'xa', 'thon']);

/** Place names a plan owns: its province and its named district, commune or village units. */
function placesOf(plan: PlanDefinition): string[] {
  const local = new Set(plan.unitTypes.filter((t) => LOCAL_LEVELS.has(t.level)).map((t) => t.id));
  const units = (plan.units ?? []).filter((u) => local.has(u.type)).flatMap((u) => [u.name, ...(u.aliases ?? [])]);
  return [plan.province.name, plan.province.nameEn, ...units];
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); strings(x, out); }
  return out;
}

describe('schema hints are the plan’s own', () => {
  const plans = PLAN_MODULES.map((m) => getPlan(m.definition.id));

  it('no schema string of a plan names a province or district of another province’s plan', () => {
    for (const plan of plans) {
      const foreign = [...new Set(plans.filter((o) => o.province.slug !== plan.province.slug).flatMap(placesOf))];
      for (const kind of ['report', 'nomination'] as const) {
        const hits = strings(getSchema(plan.id, kind)).filter((s) => foreign.some((f) => s.includes(f)));
        expect(hits, `${plan.id} ${kind}`).toEqual([]);
      }
    }
  });

  it('the parent-agency and council hints name the plan’s own province and district', () => {
    for (const plan of plans) {
      const s = getSchema(plan.id, 'nomination') as any;
      const parent = s.properties.header.properties.parentAgency['x-ui-hint'];
      expect(parent, plan.id).toBe(`Viết hoa, ví dụ: UBND TỈNH ${plan.province.name.toLocaleUpperCase('vi')}`);
      const council: string = s.properties.councilMinutes.properties.council['x-ui-hint'];
      expect(council.startsWith('Ví dụ: Hội đồng Thi đua - Khen thưởng '), plan.id).toBe(true);
      expect(placesOf(plan).some((p) => council.includes(p)), `${plan.id}: ${council}`).toBe(true);
    }
    const ld = getSchema('lam-dong-2022-2025', 'nomination') as any;
    expect(ld.properties.councilMinutes.properties.council['x-ui-hint']).toBe('Ví dụ: Hội đồng Thi đua - Khen thưởng huyện Đam Rông');
  });
});
