// Levels and routes: a dossier goes to the body its submitter's level files with, for the award
// it proposes; a report goes to a recipient the plan names. The refused cases are the plans'
// invalid fixtures (tests/plans); here, the accepted routes and what the messages say.
import { checkDefinition, getPlan } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const SO_KET = 'dong-nai-so-ket-2023';

/** The 148/KH-UBND district dossier refiled by one of its communes. */
function communeDossier(to: string[]) {
  const d = example(SO_KET, 'nomination');
  d.header.agency = 'ỦY BAN NHÂN DÂN XÃ XUÂN HƯNG';
  d.header.parentAgency = 'UBND HUYỆN XUÂN LỘC';
  d.header.unitType = 'xa';
  d.coverLetter.to = to;
  return d;
}

const codes = (r: ReturnType<typeof validate>) => [...r.errors, ...r.warnings].map((i) => i.code);

describe('dossier routes', () => {
  it('accepts a commune dossier addressed to its district, in any of the usual spellings', () => {
    for (const to of [
      ['Chủ tịch Ủy ban nhân dân huyện Xuân Lộc'],
      ['UBND huyện Xuân Lộc'],
      ['Uỷ ban nhân dân huyện Xuân Lộc'],
      ['Hội đồng Thi đua – Khen thưởng huyện Xuân Lộc'],
    ]) {
      const r = validate(SO_KET, 'nomination', communeDossier(to));
      expect(codes(r), to[0]).not.toContain('route-wrong-addressee');
    }
  });

  it('refuses the same dossier addressed to the province and names the district as the right addressee', () => {
    const r = validate(SO_KET, 'nomination', communeDossier(['Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai']));
    const e = r.errors.find((i) => i.code === 'route-wrong-addressee');
    expect(r.ok).toBe(false);
    expect(e?.path).toBe('/coverLetter/to');
    expect(e?.message).toContain('Ủy ban nhân dân huyện');
    expect(e?.message).toContain('Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai');
    expect(e?.clause).toMatch(/Luật Thi đua, Khen thưởng/);
  });

  it('speaks English when asked', () => {
    const r = validate(SO_KET, 'nomination', communeDossier(['Sở Nội vụ']), { lang: 'en' });
    const e = r.errors.find((i) => i.code === 'route-wrong-addressee');
    expect(e?.message).toMatch(/goes to Ủy ban nhân dân huyện/);
  });

  it('accepts a district dossier addressed to any body the province receives dossiers through', () => {
    for (const to of [['Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai'], ['Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)'], ['UBND tỉnh Đồng Nai']]) {
      const d = example(SO_KET, 'nomination');
      d.coverLetter.to = to;
      expect(codes(validate(SO_KET, 'nomination', d)), to[0]).not.toContain('route-wrong-addressee');
    }
  });
});

describe('report recipients', () => {
  it('warns, keeps the report valid and names the recipients the plan asks for', () => {
    const d = example(SO_KET, 'report');
    d.to = ['Sở Tài chính tỉnh Đồng Nai'];
    const r = validate(SO_KET, 'report', d);
    expect(r.ok).toBe(true);
    const w = r.warnings.find((i) => i.code === 'report-wrong-recipient');
    expect(w?.path).toBe('/to');
    expect(w?.message).toContain('Ủy ban nhân dân tỉnh và Sở Lao động - Thương binh và Xã hội');
    expect(w?.message).toContain('Sở Tài chính tỉnh Đồng Nai');
  });
});

describe('checkDefinition', () => {
  it('names a submitting unit type whose level has no route for an award form of the plan', () => {
    const plan = structuredClone(getPlan(SO_KET));
    plan.dossier.routes = plan.dossier.routes!.filter((r) => r.id !== 'xa-qua-huyen');
    expect(checkDefinition(plan)).toContain(`${SO_KET}: no route for unit type "xa" (level "xa") proposing "giay-khen"`);
    expect(checkDefinition(getPlan(SO_KET))).toEqual([]);
  });
});
