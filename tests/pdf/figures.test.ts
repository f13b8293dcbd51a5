// Achievement figures print as the person wrote them, in the achievement report and in a
// report's sections; read back from the PDF's text and from its pixels.
import { figureText } from '@thidua/core/text';
import { getExample } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsText, normalizeText, ocrPage, pdfInfo, pdfText, renderPng } from './tools.js';

const LD = 'lam-dong-2022-2025';
const DN = 'dong-nai-so-ket-2023';
const despace = (s: string) => normalizeText(s).replace(/\s+/gu, '');

/** Pages of a PDF whose text contains `needle`. */
function pagesWith(pdf: Uint8Array, needle: string): number[] {
  const out: number[] = [];
  for (let p = 1; p <= pdfInfo(pdf).pages; p++) if (containsText(pdfText(pdf, { first: p, last: p }), needle)) out.push(p);
  return out;
}

describe('a nominee’s figures in its achievement report', () => {
  const FIGURES = [
    { what: 'Tiền vận động cho hộ nghèo vay', qualifier: 'khoang', value: 2, unit: 'tỷ đồng/năm', fromYear: 2021, toYear: 2023 },
    { what: 'Mức cho vay mỗi hộ', value: 20, upTo: 100, unit: 'triệu đồng/hộ' },
    { what: 'Số hộ được giúp thoát nghèo', value: 124, of: 154, unit: 'hộ', year: 2022 },
    { what: 'Sản lượng cà phê', value: 1234.5, unit: 'tấn/năm', year: 2023 },
  ];
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    const d = getExample(LD, 'nomination') as any;
    d.nominees[3].figures = FIGURES;
    pdf = await renderSubmission(LD, 'nomination', d);
    text = pdfText(pdf);
  });

  it('prints a table “Số liệu thành tích” with each figure as written and its year or span', () => {
    expect(containsText(text, 'Số liệu thành tích:')).toBe(true);
    for (const printed of ['khoảng 2 tỷ đồng/năm', 'từ 20 đến 100 triệu đồng/hộ', '124/154 hộ', '1.234,5 tấn/năm', '2021–2023']) {
      expect(containsText(text, printed), printed).toBe(true);
    }
    for (const f of FIGURES) expect(containsText(text, f.what), f.what).toBe(true);
  });

  it('OCR reads the figures from the rendered page', () => {
    // The table may run over a page: read every page from its title to the row asked for.
    const last = pagesWith(pdf, '124/154 hộ')[0]!;
    const first = pagesWith(pdf, 'Số liệu thành tích:').filter((p) => p <= last).pop()!;
    // OCR drops a space here and there ("124/154hộ"): compare with whitespace removed.
    const ocr = Array.from({ length: last - first + 1 }, (_, k) => despace(ocrPage(pdf, first + k, { dpi: 200 }))).join('');
    for (const w of ['Số liệu thành tích', 'khoảng 2 tỷ đồng/năm', 'từ 20 đến 100 triệu đồng/hộ', '124/154 hộ', '1.234,5 tấn/năm']) expect(ocr, w).toContain(despace(w));
  }, 60_000);
});

describe('figures and qualifiers in a report’s sections', () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    const r = getExample(DN, 'report') as any;
    r.sections.nganHangTinDung.indicators.doanhSoChoVay = 57_000;
    r.sections.nganHangTinDung.qualifiers = { doanhSoChoVay: 'tren' };
    pdf = await renderSubmission(DN, 'report', r);
    text = pdfText(pdf);
  });

  it('the qualifier prints before the indicator’s value, and the section’s own figures as written', () => {
    expect(containsText(text, 'trên 57.000')).toBe(true);
    for (const f of (getExample(DN, 'report') as any).sections.ketQuaTuyenTruyen.figures) expect(containsText(text, figureText(f)), figureText(f)).toBe(true);
    expect(containsText(text, 'hơn 9.400 lượt người')).toBe(true);
    expect(containsText(text, 'dưới 0,1% tổng dư nợ')).toBe(true);
    expect(containsText(text, '226 hộ')).toBe(true);
  });

  it('OCR reads “trên 57.000” off the rendered page', () => {
    const page = pagesWith(pdf, 'trên 57.000')[0]!;
    expect(renderPng(pdf, { page, dpi: 60 }).length).toBe(1);
    expect(despace(ocrPage(pdf, page, { dpi: 200 }))).toContain(despace('trên 57.000'));
  }, 60_000);
});

describe('a draft prints what the figure has', () => {
  it('a figure with no number yet prints “…” in its place, the rest as written', async () => {
    const d = getExample(LD, 'nomination') as any;
    d.nominees[3].figures = [{ what: 'Tiền vận động cho hộ nghèo vay', qualifier: 'khoang', unit: 'tỷ đồng/năm' }];
    const text = pdfText(await renderSubmission(LD, 'nomination', d, { draft: true }));
    expect(containsText(text, 'Tiền vận động cho hộ nghèo vay')).toBe(true);
    expect(containsText(text, 'khoảng … tỷ đồng/năm')).toBe(true);
  });
});
