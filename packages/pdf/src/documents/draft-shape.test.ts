import { PLAN_MODULES, getSchema } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import { shapeDraft } from './draft-shape.js';

const PLAN = 'lam-dong-2022-2025';
const example = (kind: 'report' | 'nomination') => structuredClone(PLAN_MODULES.find((m) => m.definition.id === PLAN)!.examples.find((e) => e.kind === kind)!.data) as any;

describe('shapeDraft', () => {
  it('leaves every valid example exactly as it is, with no note', () => {
    for (const m of PLAN_MODULES) {
      for (const ex of m.examples) {
        const r = shapeDraft(getSchema(m.definition.id, ex.kind), ex.data);
        expect(r.notes, `${m.definition.id} ${ex.kind}`).toEqual([]);
        expect(r.value).toEqual(ex.data);
      }
    }
  });

  it('fills what is missing with "…" (texts), NaN (figures), [] (lists), without notes', () => {
    const r = shapeDraft(getSchema(PLAN, 'nomination'), {});
    expect(r.notes).toEqual([]);
    const v = r.value as any;
    expect(v.header.agency).toBe('…');
    expect(v.header.date).toBe('…');
    expect(v.coverLetter.to).toEqual([]);
    expect(v.nominees).toEqual([]);
    expect(v.councilMinutes.membersTotal).toBeNaN();
    expect(v.header.parentAgency).toBeUndefined();
  });

  it('keeps what can be printed: one text for a list of texts, a number for a text, a numeric text for a number', () => {
    const d = example('report');
    d.to = 'Sở Nội vụ';
    d.header.number = 318;
    d.period.year = '2023';
    const r = shapeDraft(getSchema(PLAN, 'report'), d);
    expect(r.notes).toEqual([]);
    expect((r.value as any).to).toEqual(['Sở Nội vụ']);
    expect((r.value as any).header.number).toBe('318');
    expect((r.value as any).period.year).toBe(2023);
  });

  it('prints a wrong-shaped part as "…" with a note naming the field as the form does', () => {
    const d = example('nomination');
    d.coverLetter.to = [{ a: 1 }, 'Sở Nội vụ'];
    d.councilMinutes.membersTotal = 'mười';
    d.nominees[1].profile = [1, 2];
    const r = shapeDraft(getSchema(PLAN, 'nomination'), d);
    const v = r.value as any;
    expect(v.coverLetter.to).toEqual(['…', 'Sở Nội vụ']);
    expect(v.councilMinutes.membersTotal).toBeNaN();
    expect(v.nominees[1].profile.fullName).toBe('…');
    expect(r.notes).toEqual([
      { where: 'Tờ trình › Kính gửi (thứ 1)', what: 'cần văn bản, có một nhóm thông tin' },
      { where: expect.stringMatching(/^Danh sách đề nghị khen thưởng \(thứ 2\) › /), what: 'cần một nhóm thông tin, có một danh sách' },
      { where: 'Biên bản họp Hội đồng Thi đua - Khen thưởng › Tổng số thành viên Hội đồng', what: 'cần một số, có văn bản “mười”' },
    ]);
  });

  it('leaves out a nominee of no known type, naming it in the note', () => {
    const d = example('nomination');
    const name = d.nominees[0].name;
    d.nominees[0].type = 'robot';
    d.nominees.push(7, null);
    const r = shapeDraft(getSchema(PLAN, 'nomination'), d);
    expect((r.value as any).nominees.length).toBe(d.nominees.length - 3);
    expect(r.notes.map((n) => n.what)).toEqual([
      expect.stringMatching(new RegExp(`^loại “robot” không có trong mẫu \\(Tập thể, Cá nhân, Hộ gia đình\\): “${name.slice(0, 20)}`)),
      'cần một nhóm thông tin, có số 7',
    ]);
  });

  it('never descends into junk and cuts lists and texts at the form’s limits', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const d = example('nomination');
    d.coverLetter.to = deep;
    d.coverLetter.body = 'a'.repeat(1_000_000);
    d.nominees = Array.from({ length: 50_000 }, () => ({ type: 'individual' }));
    const t0 = performance.now();
    const r = shapeDraft(getSchema(PLAN, 'nomination'), d);
    expect(performance.now() - t0).toBeLessThan(2_000);
    const v = r.value as any;
    expect(v.coverLetter.to).toEqual(['…']);
    expect(v.coverLetter.body.length).toBe(20_001);
    expect(v.nominees.length).toBe(2_000);
    expect(r.notes.map((n) => n.what)).toEqual(['cần văn bản, có một danh sách', 'dài quá, chỉ in 20000 ký tự đầu', '50000 mục, chỉ in 2000 mục đầu']);
  });

  it('takes any value at the top: a number, a list, null', () => {
    for (const v of [42, [1], null, 'x', true]) {
      const r = shapeDraft(getSchema(PLAN, 'report'), v);
      expect((r.value as any).header.agency).toBe('…');
    }
    expect(shapeDraft(getSchema(PLAN, 'report'), 42).notes).toEqual([{ where: 'Hồ sơ', what: 'cần một nhóm thông tin, có số 42' }]);
  });
});
