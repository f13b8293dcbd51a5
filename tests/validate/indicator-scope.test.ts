// Figures and targets by scope: a figure the plan asks only from districts is required of them and
// of no one else, and a province's target is held against the province's report, not a district's.
import { PLAN_MODULES } from '@thidua/plans';
import { compiledValidator, validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const codesAt = (r: ReturnType<typeof validate>, at: string) => [...r.errors, ...r.warnings].filter((i) => i.path.endsWith(at)).map((i) => i.code);

/** The district's own report, as filed by a provincial department with no area of its own. */
function asDepartment(planId: string, data: any): any {
  const d = structuredClone(data);
  d.header.unitType = 'so-ban-nganh';
  delete d.header.unitCode;
  d.header.agency = 'Sở Xây dựng';
  return d;
}

// Every scoped required figure of every plan, with the section that holds it.
const scoped = PLAN_MODULES.flatMap((m) => {
  const where = new Map<string, string>();
  const walk = (ns: any[]) => ns.forEach((n) => { for (const id of n.indicators ?? []) where.set(id, n.id); if (n.children) walk(n.children); });
  walk(m.definition.outline.sections);
  return m.definition.indicators
    .filter((i) => i.required && i.scope?.reportedBy && where.has(i.id))
    .map((i) => ({ planId: m.definition.id, ind: i, section: where.get(i.id)! }));
});

describe('indicators by scope', () => {
  it('finds the poor-household figures of Đồng Nai 2016–2020, Lâm Đồng and Bình Định among the scoped ones', () => {
    expect(new Set(scoped.map((s) => s.planId))).toEqual(new Set(['dong-nai-2016-2020', 'lam-dong-2022-2025', 'binh-dinh-2021-2025']));
  });

  for (const { planId, ind, section } of scoped) {
    const base = example(planId, 'report');
    const at = `/sections/${section}/indicators/${ind.id}`;

    it(`${planId} ${ind.id}: required of ${ind.scope!.reportedBy!.join(', ')}, in the browser's schema check and the server's alike`, () => {
      const missing = structuredClone(base);
      delete missing.sections[section].indicators[ind.id];
      expect(ind.scope!.reportedBy).toContain(missing.header.unitType);
      const r = validate(planId, 'report', missing);
      expect(codesAt(r, at)).toEqual(['indicator-missing']);
      expect(r.errors.find((e) => e.path === at)!.clause).toBe(ind.clause);
      // The schema leaves it optional (it cannot know the reporter): the plan rule requires it.
      expect(compiledValidator(planId, 'report')(missing)).toBe(true);
    });

    it(`${planId} ${ind.id}: not required of a provincial department`, () => {
      const dept = asDepartment(planId, base);
      delete dept.sections[section].indicators[ind.id];
      expect(ind.scope!.reportedBy).not.toContain('so-ban-nganh');
      expect(codesAt(validate(planId, 'report', dept), at)).toEqual([]);
    });
  }

  it("Đồng Nai 2016–2020: the province's 2020 targets warn on the province's report, not on a district's", () => {
    const city = example('dong-nai-2016-2020', 'report');
    const province = PLAN_MODULES.find((m) => m.definition.id === 'dong-nai-2016-2020')!.examples.find((e) => (e.data as any).header.unitCode === 'ban-thi-dua-khen-thuong-tinh')!.data as any;
    const p = structuredClone(province);
    for (const d of [city, p]) {
      d.period = { type: 'tong-ket-2020', year: 2020 };
      d.sections.ketQuaMucTieu.indicators.tyLeHoNgheo = 1.2;
    }
    expect(codesAt(validate('dong-nai-2016-2020', 'report', city), '/indicators/tyLeHoNgheo')).toEqual([]);
    const r = validate('dong-nai-2016-2020', 'report', p);
    expect(r.ok).toBe(true);
    expect(codesAt(r, '/indicators/tyLeHoNgheo')).toEqual(['target-not-met']);
  });
});
