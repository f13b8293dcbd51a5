// Lines of the national achievement-report template, and parts of a plan's report outline, that a
// real document may not have: leaving them out is a warning naming the line and citing the
// template, never an error, so nothing has to be invented; the PDF leaves them out.
import { renderSubmission } from '@thidua/pdf/node';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../pdf/tools.js';
import { example } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
// nominationDamRong2023: 0 a commune, 1 an official, 2 a village, 3 a household.
const [COMMUNE, OFFICIAL, , HOUSEHOLD] = [0, 1, 2, 3];

const issues = (r: ReturnType<typeof validate>, prefix: string) =>
  [...r.errors, ...r.warnings].filter((e) => e.path.startsWith(prefix)).map((e) => `${e.severity} ${e.path} ${e.code}`);

describe('template lines a real document lacks', () => {
  it('a commune with no headquarters, history, structure, functions or measures is valid, one warning per line, citing the template of the report’s date', () => {
    const d = example(PLAN, 'nomination');
    for (const k of ['headquarters', 'history', 'structure', 'functions']) delete d.nominees[COMMUNE].profile[k];
    delete d.nominees[COMMUNE].report.measures;
    const r = validate(PLAN, 'nomination', d);
    expect(r.errors).toEqual([]);
    expect(issues(r, `/nominees/${COMMUNE}`)).toEqual([
      'warning /nominees/0/profile/headquarters template-line-missing',
      'warning /nominees/0/profile/history template-line-missing',
      'warning /nominees/0/profile/structure template-line-missing',
      'warning /nominees/0/profile/functions template-line-missing',
      'warning /nominees/0/report/measures template-line-missing',
    ]);
    const w = r.warnings.find((x) => x.path.endsWith('/headquarters'))!;
    expect(w.message).toContain('Báo cáo chưa có dòng “Trụ sở chính” của mẫu');
    // The report is dated 09/10/2023: Nghị định 91/2017 was in force.
    expect(w.clause).toBe('Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 01 (báo cáo thành tích tập thể), mục I');
    d.nominees[COMMUNE].reportDate = '2024-03-01';
    expect(validate(PLAN, 'nomination', d).warnings.find((x) => x.path.endsWith('/headquarters'))!.clause).toContain('Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 02');
  });

  it('a village head with no birth date, year or age is valid with a warning; an official without one is refused', () => {
    const d = example(PLAN, 'nomination');
    const p = d.nominees[OFFICIAL].profile;
    delete p.birthDate;
    expect(issues(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/profile`)).toEqual([`error /nominees/${OFFICIAL}/profile any-required`]);
    p.standing = 'community-figure';
    d.nominees[OFFICIAL].group = 'ca-nhan-tieu-bieu';
    d.nominees[OFFICIAL].criteriaMet = ['cn-2'];
    const r = validate(PLAN, 'nomination', d);
    expect(r.errors).toEqual([]);
    expect(issues(r, `/nominees/${OFFICIAL}/profile`)).toEqual([`warning /nominees/${OFFICIAL}/profile/birthDate template-line-missing`]);
  });

  it('a household that left poverty by itself and gave nothing prints no contributions heading, and its achievements are item 1', async () => {
    const d = example(PLAN, 'nomination');
    const rep = d.nominees[HOUSEHOLD].report;
    for (const k of ['contributions', 'labourDays', 'landArea', 'moneyVnd']) delete rep[k];
    const r = validate(PLAN, 'nomination', d);
    expect(r.errors).toEqual([]);
    expect(issues(r, `/nominees/${HOUSEHOLD}`)).toEqual([`warning /nominees/${HOUSEHOLD}/report/contributions template-line-missing`]);
    const text = pdfText(await renderSubmission(PLAN, 'nomination', d));
    expect(text).not.toContain('Đóng góp công sức, đất đai, tài sản');
    expect(text).toContain('1. Thành tích đạt được');
  }, 60_000);

  it('a report covering part of the outline is valid, one warning per part left out, and prints no empty heading', async () => {
    const d = example(PLAN, 'report');
    delete d.sections.uuDiem;
    delete d.sections.tonTaiHanChe;
    const r = validate(PLAN, 'report', d);
    expect(r.errors).toEqual([]);
    expect(issues(r, '/sections')).toEqual(['warning /sections/uuDiem section-missing', 'warning /sections/tonTaiHanChe section-missing']);
    const text = pdfText(await renderSubmission(PLAN, 'report', d));
    expect(text).not.toContain('Ưu điểm');
    expect(text).toContain('Phương hướng');
  }, 60_000);
});
