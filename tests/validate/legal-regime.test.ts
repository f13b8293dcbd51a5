// The law in force by date: a council vote is judged, and cited, by the regime in force on the
// day the council met (docs/guide/plan-definition.md, "The law in force by date"), not by the decree the plan happened to be written under.
import { PLAN_MODULES } from '@thidua/plans';
import { LEGAL_REGIMES, regimeOn } from '@thidua/plans/law';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';

const mod = PLAN_MODULES.find((m) => m.definition.id === 'dong-nai-tdkt-2023')!;
const fixture = (prefix: string) => {
  const fx = mod.invalid.find((f) => f.name.startsWith(prefix));
  if (!fx) throw new Error(`no fixture named “${prefix}…”`);
  return fx;
};
const voteIssue = (prefix: string, lang: 'vi' | 'en' = 'vi') => {
  const fx = fixture(prefix);
  const r = validate(mod.definition.id, fx.kind, fx.data, { lang });
  const all = [...r.errors, ...r.warnings].filter((i) => i.path === '/nominees/1/votesAgree');
  expect(all, JSON.stringify([...r.errors, ...r.warnings].map((i) => [i.path, i.code]))).toHaveLength(1);
  return { issue: all[0]!, result: r };
};

describe('regimeOn', () => {
  it('switches on 01/01/2024 and on 01/7/2025, not a day earlier', () => {
    expect(regimeOn('2023-12-31', 'nd98-2023').id).toBe('nd91-2017');
    expect(regimeOn('2024-01-01', 'nd91-2017').id).toBe('nd98-2023');
    expect(regimeOn('2025-06-30', 'nd91-2017').id).toBe('nd98-2023');
    expect(regimeOn('2025-07-01', 'nd91-2017').id).toBe('nd152-2025');
    expect(regimeOn('2021-03-15', 'nd152-2025').id).toBe('nd91-2017');
  });

  it("falls back to the plan's regime when the document has no usable date", () => {
    expect(regimeOn(undefined, 'nd98-2023').id).toBe('nd98-2023');
    expect(regimeOn('16/02/2023', 'nd152-2025').id).toBe('nd152-2025');
  });

  it('records a source for every regime and says which shares were not found', () => {
    for (const r of LEGAL_REGIMES) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const v of r.voteShares) {
        if (v.share === undefined) expect(v.unverified, `${r.id} ${v.awardForms.join()}`).toMatch(/\S{10}/);
        else expect(v.share).toBeGreaterThan(0), expect(v.share).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('vote share by the council date (Chiến sĩ thi đua cấp tỉnh, 9 of 11 members)', () => {
  it('a council of February 2023 cites Nghị định 91/2017 and the 2013 Law, never Nghị định 98/2023 or the 2022 Law', () => {
    const { issue, result } = voteIssue('Phiếu đồng ý “Chiến sĩ thi đua cấp tỉnh” 9/11, Hội đồng họp 10/02/2023');
    expect(issue.code).toBe('vote-share-unverified');
    expect(issue.severity).toBe('warning');
    expect(issue.clause).toContain('Nghị định 91/2017/NĐ-CP');
    expect(issue.clause).toContain('Luật Thi đua, Khen thưởng 2003');
    expect(issue.clause).not.toMatch(/98\/2023|2022/);
    expect(issue.message).toContain('10/02/2023');
    expect(result.ok).toBe(true);
  });

  it('31/12/2023 is still under Nghị định 91/2017: a warning, not a refusal', () => {
    const { issue, result } = voteIssue('Hội đồng họp 31/12/2023');
    expect(issue.code).toBe('vote-share-unverified');
    expect(issue.clause).toContain('Nghị định 91/2017/NĐ-CP');
    expect(issue.message).toContain('31/12/2023');
    // Dated outside the plan's 2023 rounds (date-outside-round): only the vote must not refuse it.
    expect(result.errors.filter((e) => e.path.endsWith('/votesAgree'))).toEqual([]);
  });

  it('01/01/2024 is refused under Nghị định 98/2023, khoản 7 Điều 30 (90 % of all members = 10 votes)', () => {
    const { issue, result } = voteIssue('Hội đồng họp 01/01/2024');
    expect(issue.code).toBe('vote-share-too-low');
    expect(issue.severity).toBe('error');
    expect(issue.clause).toContain('Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30');
    expect(issue.message).toContain('90%');
    expect(issue.message).toContain('(10 phiếu)');
    expect(issue.message).toContain('Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30');
    expect(result.ok).toBe(false);
  });

  it('30/6/2025 is the last day of Nghị định 98/2023', () => {
    const { issue } = voteIssue('Hội đồng họp 30/6/2025');
    expect(issue.code).toBe('vote-share-too-low');
    expect(issue.clause).toContain('Nghị định 98/2023/NĐ-CP');
  });

  it('01/7/2025 cites Nghị định 152/2025, whose share was not found: a warning naming the 90 % it was measured against', () => {
    const { issue, result } = voteIssue('Hội đồng họp 01/7/2025');
    expect(issue.code).toBe('vote-share-unverified');
    expect(issue.clause).toContain('Nghị định 152/2025/NĐ-CP');
    expect(issue.clause).not.toContain('98/2023');
    expect(issue.message).toContain('01/07/2025');
    expect(issue.message).toContain('Nghị định 152/2025/NĐ-CP');
    expect(issue.message).toContain('90%');
    // Dated outside the plan's 2023 rounds (date-outside-round): only the vote must not refuse it.
    expect(result.errors.filter((e) => e.path.endsWith('/votesAgree'))).toEqual([]);
  });

  it('speaks English too', () => {
    const { issue } = voteIssue('Hội đồng họp 01/7/2025', 'en');
    expect(issue.message).toContain('Decree 152/2025/ND-CP');
    expect(issue.message).toContain('could not be confirmed');
  });

  it('enough votes under any regime raise nothing', () => {
    for (const date of ['2023-12-31', '2024-01-01', '2025-07-01']) {
      const fx = fixture('Hội đồng họp 01/01/2024');
      const data = structuredClone(fx.data) as { councilMinutes: { date: string }; header: { date: string }; nominees: { votesAgree: number }[] };
      data.councilMinutes.date = date;
      data.header.date = date;
      data.nominees[1]!.votesAgree = 10;
      const r = validate(mod.definition.id, 'nomination', data);
      expect([...r.errors, ...r.warnings].filter((i) => i.code.startsWith('vote-share')), date).toEqual([]);
    }
  });
});

describe('award forms cite the law in force on the dossier date (Lâm Đồng, Huân chương Lao động for a household)', () => {
  const lamDong = PLAN_MODULES.find((m) => m.definition.id === 'lam-dong-2022-2025')!;
  const issueOf = (prefix: string) => {
    const fx = lamDong.invalid.find((f) => f.name.startsWith(prefix))!;
    const r = validate(lamDong.definition.id, fx.kind, fx.data);
    return r.errors.find((i) => i.code === 'award-not-allowed-for-type' && i.path === '/nominees/3')!;
  };

  it('a dossier of 20/10/2023 cites the 2003 Law and Nghị định 91/2017, not the 2022 Law', () => {
    const issue = issueOf('Huân chương Lao động cho hộ gia đình, hồ sơ ngày 20/10/2023');
    expect(issue.clause).toContain('mục IV.2.a');
    expect(issue.clause).toContain('Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013); Nghị định 91/2017/NĐ-CP');
    expect(issue.clause).not.toContain('2022');
    expect(issue.message).toContain('Nghị định 91/2017/NĐ-CP');
  });

  it('the 2025 final review dated 20/02/2025 cites the 2022 Law, Điều 44', () => {
    const issue = issueOf('Đề nghị Huân chương Lao động cho hộ gia đình trong tổng kết 2025');
    expect(issue.clause).toContain('Luật Thi đua, Khen thưởng 2022, Điều 44');
    expect(issue.clause).not.toMatch(/91\/2017|152\/2025/);
  });

  it('the 2025 final review dated after 01/7/2025 cites Nghị định 152/2025', () => {
    const issue = issueOf('Huân chương Lao động cho hộ gia đình, hồ sơ tổng kết ngày 15/7/2025');
    expect(issue.clause).toContain('Luật Thi đua, Khen thưởng 2022, Điều 44; Nghị định 152/2025/NĐ-CP');
    expect(issue.message).toContain('Nghị định 152/2025/NĐ-CP');
  });
});

describe('undated documents', () => {
  it("fall back to the plan's regime without crashing (no council date, no cover-letter date)", () => {
    const fx = fixture('Hội đồng họp 01/01/2024');
    const data = structuredClone(fx.data) as { councilMinutes: Record<string, unknown>; header: Record<string, unknown> };
    delete data.councilMinutes['date'];
    delete data.header['date'];
    const r = validate(mod.definition.id, 'nomination', data);
    const vote = [...r.errors, ...r.warnings].find((i) => i.path === '/nominees/1/votesAgree')!;
    // dong-nai-tdkt-2023 is written under NĐ 91/2017: the undated vote is judged, and cited, by it.
    expect(vote.code).toBe('vote-share-unverified');
    expect(vote.clause).toContain('Nghị định 91/2017/NĐ-CP');
    expect(vote.message).toContain('(không ghi ngày)');
    expect(r.errors.some((i) => i.path === '/header/date')).toBe(true);
  });
});

describe('the cover letter names the law in force on its date (warning legal-basis-not-in-force)', () => {
  const lamDong = PLAN_MODULES.find((m) => m.definition.id === 'lam-dong-2022-2025')!;
  const run = (prefix: string) => {
    const fx = lamDong.invalid.find((f) => f.name.startsWith(prefix))!;
    return validate(lamDong.definition.id, fx.kind, fx.data);
  };

  it('a dossier of 20/10/2023 citing Nghị định 98/2023 is warned, naming the regime in force', () => {
    const r = run('Hồ sơ ngày 20/10/2023 căn cứ Nghị định 98/2023');
    const w = r.warnings.find((i) => i.code === 'legal-basis-not-in-force')!;
    expect(w.path).toBe('/coverLetter/legalBases/1');
    expect(w.message).toContain('“98/2023/NĐ-CP”');
    expect(w.message).toContain('20/10/2023');
    expect(w.message).toContain('Nghị định 91/2017/NĐ-CP');
    expect(r.ok).toBe(true);
  });

  it('a dossier of 15/7/2025 still citing Nghị định 98/2023 is warned that Nghị định 152/2025 applies', () => {
    const r = run('Hồ sơ tổng kết ngày 15/7/2025 vẫn căn cứ Nghị định 98/2023');
    const w = r.warnings.filter((i) => i.code === 'legal-basis-not-in-force');
    expect(w.map((i) => i.path)).toEqual(['/coverLetter/legalBases/1']);
    expect(w[0]!.message).toContain('Nghị định 152/2025/NĐ-CP');
  });

  it('the same dossier dated 18/02/2025 raises nothing: the 2022 Law and Nghị định 98/2023 were in force', () => {
    const fx = lamDong.examples.find((e) => e.kind === 'nomination' && JSON.stringify(e.data).includes('98/2023/NĐ-CP'))!;
    const r = validate(lamDong.definition.id, fx.kind, fx.data);
    expect(r.warnings.filter((i) => i.code === 'legal-basis-not-in-force')).toEqual([]);
  });
});
