// The achievement report prints who the nominee is as the report gives it: the lines given,
// none of those left out (no label, no placeholder), a birth as a date, a year or an age, party
// membership, and a past honour without a decision as such, never "Chưa có".
import { PLAN_MODULES, getExample } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsText, normalizeText, ocrPage, pdfText, pdfWords, renderPng } from './tools.js';

const PLAN = 'lam-dong-2022-2025';
const VILLAGE_HEAD = 'Hồ sơ sơ kết 2023 của UBND huyện Đam Rông đề nghị Bằng khen cho một trưởng thôn';

function villageHeadDossier(): any {
  const ex = PLAN_MODULES.find((m) => m.definition.id === PLAN)!.examples.find((e) => e.name.startsWith(VILLAGE_HEAD));
  expect(ex, VILLAGE_HEAD).toBeTruthy();
  return structuredClone(ex!.data);
}

/** The pages of one nominee's achievement report: from its title to the next document. */
function reportOf(text: string, fullName: string): string {
  const start = text.indexOf(`Họ và tên: ${fullName}`);
  expect(start, `report of ${fullName}`).toBeGreaterThan(-1);
  const next = text.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', start);
  return text.slice(start, next < 0 ? undefined : next);
}

describe('a village head known by his age, honoured once without a decision', () => {
  let pdf: Uint8Array;
  let text: string;
  let report: string;
  beforeAll(async () => {
    pdf = await renderSubmission(PLAN, 'nomination', villageHeadDossier());
    text = normalizeText(pdfText(pdf));
    report = reportOf(text, 'Kră Jăn Ha Bin');
  });

  it('prints the lines he gave, as he gave them', () => {
    for (const line of ['Tuổi: 47', 'Dân tộc: Cơ Ho', 'Đảng viên Đảng Cộng sản Việt Nam (năm vào Đảng: 2005)', 'Nơi thường trú: Thôn Đạ Nhinh']) {
      expect(containsText(report, line), line).toBe(true);
    }
  });

  it('leaves out the lines he did not give: no label, no placeholder, no invented birth date', () => {
    for (const label of ['Ngày, tháng, năm sinh', 'Năm sinh:', 'Quê quán', 'Tôn giáo', 'Cơ quan, đơn vị công tác', 'Trình độ chuyên môn', 'Trình độ lý luận chính trị', 'Điện thoại']) {
      expect(containsText(report, label), label).toBe(false);
    }
    expect(report).not.toContain('…');
    expect(report).not.toContain('không có trong nguồn');
  });

  it('prints the honour without a decision as such, and the one with a decision in the template column', () => {
    expect(containsText(report, 'Biểu dương tại Hội nghị tôn vinh người có uy tín tỉnh Lâm Đồng ngày 12/10/2022 (không có quyết định)')).toBe(true);
    expect(containsText(report, 'Số 1991/QĐ-UBND; Chủ tịch UBND huyện Đam Rông')).toBe(true);
    // "Chưa có" is the empty table's row (no emulation title); the honours table has rows.
    const honours = report.slice(report.indexOf('2. Hình thức khen thưởng'));
    expect(honours).not.toContain('Chưa có');
  });

  it('prints "47 tuổi" in the list’s year-of-birth column', () => {
    // In the same cell: "tuổi" right after "47" on its line, or, wrapped, centred under it.
    const page = pdfText(pdf).split('\f').findIndex((p) => p.includes('DANH SÁCH ĐỀ NGHỊ TẶNG')) + 1;
    const words = pdfWords(pdf, { first: page, last: page })[0]!.words;
    const age = words.find((w) => w.text === '47')!;
    expect(age, '47').toBeTruthy();
    const mid = (w: { xMin: number; xMax: number }) => (w.xMin + w.xMax) / 2;
    const sameLine = (w: { xMin: number; yMin: number }) => Math.abs(w.yMin - age.yMin) < 1 && w.xMin > age.xMax && w.xMin - age.xMax < 6;
    const under = (w: { xMin: number; xMax: number; yMin: number }) => Math.abs(mid(w) - mid(age)) < 3 && w.yMin > age.yMin && w.yMin - age.yMin < 20;
    const unit = words.find((w) => w.text === 'tuổi' && (sameLine(w) || under(w)));
    expect(unit, 'tuổi with 47').toBeTruthy();
  });

  it('the rendered page reads the same (OCR of the report’s first page)', () => {
    const pages = pdfText(pdf).split('\f');
    const page = pages.findIndex((p) => p.includes('Họ và tên: Kră Jăn Ha Bin')) + 1;
    expect(page).toBeGreaterThan(0);
    const seen = normalizeText(ocrPage(pdf, page, { dpi: 200 }));
    expect(seen).toMatch(/Tuổi: ?47/);
    expect(seen).toContain('Đảng viên Đảng Cộng sản Việt Nam');
    expect(renderPng(pdf, { page }).length).toBe(1);
  });
});

describe('birth as a date, a year or an age; a decision with its date', () => {
  it('prints "Ngày, tháng, năm sinh" as Decree 30 writes dates, and the decision in one line', async () => {
    const pdf = await renderSubmission(PLAN, 'nomination', getExample(PLAN, 'nomination'));
    const report = reportOf(normalizeText(pdfText(pdf)), "Cil Múp K'Hương");
    expect(containsText(report, 'Ngày, tháng, năm sinh: 12/3/1986')).toBe(true);
    expect(containsText(report, 'Số 1990/QĐ-UBND ngày 24/12/2021; Chủ tịch UBND huyện Đam Rông')).toBe(true);
    expect(containsText(report, 'Đảng viên Đảng Cộng sản Việt Nam')).toBe(true);
  });

  it('prints "Năm sinh: 1976" when only the year is known', async () => {
    const d = villageHeadDossier();
    const head = d.nominees.find((n: any) => n.id === 'n2');
    delete head.profile.age;
    head.profile.birthYear = 1976;
    const pdf = await renderSubmission(PLAN, 'nomination', d);
    const text = normalizeText(pdfText(pdf));
    expect(containsText(reportOf(text, 'Kră Jăn Ha Bin'), 'Năm sinh: 1976')).toBe(true);
    expect(containsText(reportOf(text, 'Kră Jăn Ha Bin'), 'Tuổi:')).toBe(false);
  });
});
