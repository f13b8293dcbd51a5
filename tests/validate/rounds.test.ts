// Rounds are time windows: bad dates get a clear message naming the dates, never a crash or a
// silent pass; thresholds count from the plan's baseline and from the dossier's date.
import { PLAN_MODULES, checkDefinition, getPlan } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { evaluateTest } from '../../packages/validate/src/rules/thresholds.js';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const LD = 'lam-dong-2022-2025';
const codes = (r: ReturnType<typeof validate>) => r.errors.map((e) => `${e.path} ${e.code}`);

describe('dates in a dossier', () => {
  it('a dossier with no date is refused at /header/date, and no date rule guesses one', () => {
    for (const m of PLAN_MODULES) {
      const d = example(m.definition.id, 'nomination');
      delete d.header.date;
      const r = validate(m.definition.id, 'nomination', d);
      expect(r.ok, m.definition.id).toBe(false);
      expect(codes(r), m.definition.id).toContain('/header/date required');
      expect(r.errors.filter((e) => /date-|year-after/.test(e.code)), m.definition.id).toEqual([]);
    }
  });

  it('a date that is not a calendar day is a format error, not a crash', () => {
    const d = example(LD, 'nomination');
    d.header.date = '2023-02-30';
    const r = validate(LD, 'nomination', d);
    expect(codes(r)).toContain('/header/date format');
  });

  it('a council meeting after the cover letter names both dates', () => {
    const d = example(LD, 'nomination');
    d.councilMinutes.date = '2023-10-25';
    const e = validate(LD, 'nomination', d).errors.find((x) => x.code === 'date-order');
    expect(e?.path).toBe('/councilMinutes/date');
    expect(e?.message).toContain('25/10/2023');
    expect(e?.message).toContain('20/10/2023');
  });

  it('an achievement report after the cover letter names both dates, in Vietnamese and English', () => {
    const d = example(LD, 'nomination');
    d.nominees[1].reportDate = '2023-11-02';
    for (const lang of ['vi', 'en'] as const) {
      const e = validate(LD, 'nomination', d, { lang }).errors.find((x) => x.code === 'date-order');
      expect(e?.path).toBe('/nominees/1/reportDate');
      expect(e?.message).toContain('02/11/2023');
      expect(e?.message).toContain('20/10/2023');
    }
  });

  it('the first day and the last day of a round are inside it', () => {
    const phase = getPlan(LD).phases.find((p) => p.id === 'so-ket-2023')!;
    for (const day of [phase.filed!.from, phase.filed!.to]) {
      const d = example(LD, 'nomination');
      d.header.date = day;
      d.councilMinutes.date = '2023-01-01';
      for (const n of d.nominees) n.reportDate = '2023-01-01';
      expect(codes(validate(LD, 'nomination', d)).filter((c) => c.includes('date-outside-round')), day).toEqual([]);
    }
    const d = example(LD, 'nomination');
    d.header.date = '2024-01-01';
    expect(codes(validate(LD, 'nomination', d))).toContain('/header/date date-outside-round');
  });
});

describe('thresholds count from the plan, not from the series typed', () => {
  const baseline = { kind: 'reduction-vs-baseline', indicator: 'x', moreThanPercent: 50, baselineYear: 2021, text: 'giảm trên 50% so với đầu kỳ' } as const;
  const decrease = { kind: 'annual-decrease', indicator: 'x', minPerYear: 1.5, consecutiveYears: 3, text: 'giảm từ 1,5%/năm trở lên, trong 3 năm liên tục' } as const;

  it('“so với đầu kỳ” needs the baseline year: 2023 → 2024 proves nothing', () => {
    expect(evaluateTest(baseline, new Map([[2023, 100], [2024, 40]]), 'vi', 2025).pass).toBe(false);
    expect(evaluateTest(baseline, new Map([[2021, 100], [2024, 40]]), 'vi', 2025).pass).toBe(true);
    expect(evaluateTest(baseline, new Map([[2021, 100], [2024, 60]]), 'vi', 2025).pass).toBe(false);
  });

  it('“3 năm liên tục trước khi trình” ends at the last full year before the dossier', () => {
    const steep = new Map([[2019, 30], [2020, 28], [2021, 26], [2022, 24], [2023, 22]]);
    expect(evaluateTest(decrease, steep, 'vi', 2023).pass).toBe(true);
    // Falls only up to 2021 cannot support a 2024 dossier: 2023 is missing from the run 2020–2023.
    expect(evaluateTest(decrease, new Map([[2018, 30], [2019, 28], [2020, 26], [2021, 24]]), 'vi', 2024).pass).toBe(false);
    // A weak fall in the dossier's own (unfinished) year is not held against it.
    expect(evaluateTest(decrease, new Map([...steep, [2023, 23.9]]), 'vi', 2023).pass).toBe(true);
  });
});

describe('checkDefinition', () => {
  it('refuses a round window that runs backwards', () => {
    const plan = structuredClone(getPlan(LD));
    plan.phases[1]!.filed = { from: '2023-12-31', to: '2023-01-01', clause: 'x' };
    expect(checkDefinition(plan).join('\n')).toContain('phase "so-ket-2023"');
  });
});
