// The province's own report upwards is a report of its plan: where a plan has the province or one
// of its bodies report to the central level (Lâm Đồng VI.2: “tham mưu Ủy ban nhân dân tỉnh báo cáo
// Ban Thi đua - Khen thưởng Trung ương theo quy định”), that report is filed without
// `reporter-not-allowed`, and addressed elsewhere it gets the recipient warning naming the right body.
import { PLAN_MODULES, getPlan } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from '../validate/helpers.js';

const LD = 'lam-dong-2022-2025';
const DN = 'dong-nai-so-ket-2023';
const codes = (r: ReturnType<typeof validate>) => [...r.errors, ...r.warnings].map((e) => `${e.path} ${e.code}`);

function provinceReport(planId: string, unitType: string, to: string[]) {
  const d = example(planId, 'report');
  d.header = { agency: 'ỦY BAN NHÂN DÂN TỈNH', unitType, number: '265/BC-UBND', place: d.header.place, date: d.header.date };
  d.to = to;
  return d;
}

describe('the province’s own report upwards', () => {
  it('Lâm Đồng: the Provincial People’s Committee’s report to the Central Board is valid and warning-free', () => {
    const r = validate(LD, 'report', provinceReport(LD, 'ubnd-tinh', ['Ban Thi đua - Khen thưởng Trung ương']));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('Lâm Đồng: the same report addressed to a district gets the warning naming the Central Board and VI.2', () => {
    const r = validate(LD, 'report', provinceReport(LD, 'ubnd-tinh', ['Ủy ban nhân dân huyện Đam Rông']));
    expect(r.ok).toBe(true);
    const w = r.warnings.find((x) => x.code === 'report-wrong-recipient');
    expect(w?.message).toContain('Ban Thi đua - Khen thưởng Trung ương');
    expect(w?.message).not.toContain('Sở Lao động');
    expect(w?.clause).toContain('VI.2');
  });

  it('Lâm Đồng: a department’s compiled report may go to the Ministry (VI.6), its ordinary one still to the department', () => {
    expect(codes(validate(LD, 'report', provinceReport(LD, 'so-ban-nganh', ['Bộ Lao động - Thương binh và Xã hội'])))).toEqual([]);
    expect(codes(validate(LD, 'report', provinceReport(LD, 'so-ban-nganh', ['Sở Lao động - Thương binh và Xã hội'])))).toEqual([]);
    expect(codes(validate(LD, 'report', provinceReport(LD, 'so-ban-nganh', ['Ủy ban nhân dân huyện Đam Rông'])))).toContain('/to report-wrong-recipient');
  });

  it('148/KH-UBND: the province’s three-year review to the Ministry, with its span, is valid and warning-free', () => {
    const d = provinceReport(DN, 'ubnd-tinh', ['Bộ Lao động - Thương binh và Xã hội', 'Ban Thi đua - Khen thưởng Trung ương']);
    d.period.fromYear = 2021;
    const r = validate(DN, 'report', d);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('every upward report of every plan: its filers may report, its recipients are right, another addressee is warned of', () => {
    let seen = 0;
    for (const m of PLAN_MODULES) {
      const plan = getPlan(m.definition.id);
      for (const u of plan.reporting.upward ?? []) {
        for (const type of u.unitTypes) {
          expect(plan.unitTypes.map((t) => t.id), plan.id).toContain(type);
          for (const to of u.recipients) {
            const r = validate(plan.id, 'report', provinceReport(plan.id, type, [to.name]));
            expect(codes(r).filter((c) => /reporter-not-allowed|report-wrong-recipient/.test(c)), `${plan.id} ${type} → ${to.name}`).toEqual([]);
            seen++;
          }
          const r = validate(plan.id, 'report', provinceReport(plan.id, type, ['Ủy ban nhân dân xã Tân Phú']));
          expect(codes(r), `${plan.id} ${type}`).toContain('/to report-wrong-recipient');
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(8);
  });

  it('a plan that names no report to the central level gets none: Đồng Nai 2016–2020 has no provincial People’s Committee reporter', () => {
    const plan = getPlan('dong-nai-2016-2020');
    expect(plan.unitTypes.some((t) => t.level === 'tinh')).toBe(false);
    expect((plan.reporting.upward ?? []).flatMap((u) => u.recipients).map((a) => a.name)).not.toContain('Ban Thi đua - Khen thưởng Trung ương');
    expect(plan.readings?.some((x) => x.reading.includes('không nói tỉnh báo cáo lên Trung ương'))).toBe(true);
  });
});

describe('deadlines of the units reporting to the province', () => {
  it('do not bind the province’s own report upwards (148/KH-UBND III.1: units report “trước ngày 20/6/2023”)', () => {
    const d = provinceReport(DN, 'ubnd-tinh', ['Bộ Lao động - Thương binh và Xã hội']);
    d.header.date = '2023-07-20';
    expect(codes(validate(DN, 'report', d))).not.toContain('/header/date deadline-late');
    const district = example(DN, 'report');
    district.header.date = '2023-07-20';
    expect(codes(validate(DN, 'report', district))).toContain('/header/date deadline-late');
  });
});
