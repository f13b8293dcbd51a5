// Every plan × kind example as an official PDF, checked with the real tools: structure
// (qpdf), embedded fonts, every text value back from pdftotext, A4, margins, page numbers,
// and pixels (rendered pages carry ink, OCR reads the Vietnamese back).
import { PLAN_MODULES, getSchema } from '@thidua/plans';
import { renderSubmission, InvalidSubmissionError } from '@thidua/pdf/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWritten, mapStrings } from '../support/schema-walk.js';
import {
  containsText, inkRatio, isA4, isA4Portrait, marginViolations, normalizeText, ocrPage, pageNumberInTopMargin,
  pdfFonts, pdfInfo, pdfText, pdfWords, qpdfCheck, renderGray, type PdfPageWords,
} from './tools.js';

const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };

/** Every free-text value of a submission (not ids, enums, dates or clock times), with its JSON path. */
function textValues(v: any, schema: any): [string, string][] {
  const out: [string, string][] = [];
  const idOrTime = (pattern = '') => /\^\[A-Za-z0-9_-\]/.test(pattern) || /^\^\(\[01\]/.test(pattern);
  mapStrings(v, schema, (text, s, path) => {
    if (isWritten(s) && !idOrTime(s.pattern) && text.trim()) out.push([path, text]);
    return text;
  });
  return out;
}

const despace = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');
/**
 * A value is found when it appears whitespace-normalised (upper-cased where the Decree prints
 * it so), or, for a word longer than its table column and so cut across lines, with all
 * whitespace removed: every character still in order.
 */
const found = (text: string, value: string) =>
  containsText(text, value) || containsText(text, value.toLocaleUpperCase('vi')) || despace(text).includes(despace(value));

/** Page numbers seen in the top margin, centred: page → number. */
function topNumbers(pages: PdfPageWords[]): Map<number, number> {
  const out = new Map<number, number>();
  const limit = (MARGINS.top * 72) / 25.4;
  for (const p of pages) {
    for (const w of p.words) {
      const centre = (w.xMin + w.xMax) / 2;
      if (/^\d{1,4}$/.test(w.text) && w.yMax <= limit + 0.5 && Math.abs(centre - p.pageWidth / 2) < 3) out.set(p.page, Number(w.text));
    }
  }
  return out;
}

for (const m of PLAN_MODULES) {
  for (const kind of ['report', 'nomination'] as const) {
    const ex = m.examples.find((e) => e.kind === kind)!;
    describe(`${m.definition.id} ${kind} PDF`, () => {
      let pdf: Uint8Array;
      let text: string;
      let words: PdfPageWords[];
      beforeAll(async () => {
        pdf = await renderSubmission(m.definition.id, kind, ex.data);
        // Content-stream order (-raw): our engine draws each cell and paragraph in reading
        // order; page numbers are their own lines and are left out.
        text = pdfText(pdf, { raw: true }).split('\n').filter((l) => !/^\s*\d{1,4}\s*$/.test(l)).join('\n');
        words = pdfWords(pdf);
      });

      it('passes qpdf --check', () => {
        const r = qpdfCheck(pdf);
        expect(r.ok, r.output).toBe(true);
      });

      it('embeds every font, as subsets with a ToUnicode map', () => {
        const fonts = pdfFonts(pdf);
        expect(fonts.length).toBeGreaterThanOrEqual(2);
        for (const f of fonts) {
          expect(f.embedded, f.name).toBe(true);
          expect(f.subset, f.name).toBe(true);
          expect(f.unicode, f.name).toBe(true);
          expect(f.name).toMatch(/^[A-Z]{6}\+Tinos-/);
        }
      });

      it('gives back every text value of the submission, diacritics exact', () => {
        const values = textValues(ex.data, getSchema(m.definition.id, kind));
        expect(values.length).toBeGreaterThan(10);
        const missing = values.filter(([, v]) => !found(text, v.normalize('NFC'))).map(([p, v]) => `${p}: ${v.slice(0, 80)}`);
        expect(missing, missing.join('\n')).toEqual([]);
        expect(text).toBe(text.normalize('NFC'));
      });

      it('is A4 portrait on every page but the danh sách’s, which may be landscape', () => {
        const info = pdfInfo(pdf);
        info.pageSizes.forEach((s, i) => {
          expect(isA4(s), `page ${i + 1}`).toBe(true);
          // A landscape page holds the nominee list: its header row is on every page of it.
          if (!isA4Portrait(s)) expect(words[i]!.words.map((w) => w.text).join(' '), `page ${i + 1}`).toContain('Thành tích tóm tắt');
        });
      });

      it('keeps all text inside the margins (page numbers aside)', () => {
        expect(marginViolations(words, MARGINS, { ignore: pageNumberInTopMargin(MARGINS.top), tolerance: 1 })).toEqual([]);
      });

      it('numbers pages from 2, centred in the top margin; none on a first page', () => {
        const nums = topNumbers(words);
        expect(nums.has(1)).toBe(false);
        if (kind === 'report' && words.length >= 2) expect(nums.get(2)).toBe(2);
        // Within the file each document restarts: a numbered page follows its predecessor.
        for (const [page, n] of nums) {
          if (n > 2) expect(nums.get(page - 1)).toBe(n - 1);
          if (n === 2) expect(nums.has(page - 1)).toBe(false);
        }
      });

      it('prints ink on every page and Vietnamese that OCR reads back', () => {
        const pages = pdfInfo(pdf).pages;
        for (let p = 1; p <= pages; p++) expect(inkRatio(renderGray(pdf, p, 30)), `page ${p}`).toBeGreaterThan(0.0008);
        const ocr = normalizeText(ocrPage(pdf, 1, { dpi: 200 }));
        for (const w of ['CỘNG HÒA', 'Độc lập', 'Tự do', 'Hạnh phúc']) expect(ocr).toContain(w);
      }, 60_000);
    });
  }
}

describe('refusals and drafts', () => {
  const mod = PLAN_MODULES.find((m) => m.definition.id === 'lam-dong-2022-2025')!;
  const ex = mod.examples.find((e) => e.kind === 'report')!;

  it('refuses invalid data with the validator’s errors', async () => {
    const bad = structuredClone(ex.data) as any;
    bad.header.agency = ' ';
    await expect(renderSubmission('lam-dong-2022-2025', 'report', bad)).rejects.toBeInstanceOf(InvalidSubmissionError);
  });

  it('prints an invalid draft with a visible BẢN NHÁP watermark on every page', async () => {
    const bad = structuredClone(ex.data) as any;
    delete bad.sections;
    bad.header.agency = '';
    const pdf = await renderSubmission('lam-dong-2022-2025', 'report', bad, { draft: true });
    expect(qpdfCheck(pdf).ok).toBe(true);
    // The watermark is drawn diagonally, so extraction yields one letter per line.
    const pages = pdfText(pdf, { raw: true }).split('\f').filter((t) => t.trim());
    expect(pages.length).toBeGreaterThan(0);
    for (const t of pages) expect(despace(t)).toContain('BẢNNHÁP');
    // And it is visible: grey ink in the middle of an otherwise empty draft page.
    const last = pdfInfo(pdf).pages;
    expect(inkRatio(renderGray(pdf, last, 30), { region: { xMin: 200, yMin: 350, xMax: 400, yMax: 500 }, threshold: 235 })).toBeGreaterThan(0.02);
  });
});

describe('margins within the Decree’s ranges', () => {
  it('keeps text inside wider margins (25/25/35/20 mm) too', async () => {
    const ex = PLAN_MODULES.find((m) => m.definition.id === 'dong-nai-so-ket-2023')!.examples.find((e) => e.kind === 'report')!;
    const margins = { top: 25, bottom: 25, left: 35, right: 20 };
    const pdf = await renderSubmission('dong-nai-so-ket-2023', 'report', ex.data, { margins });
    expect(marginViolations(pdfWords(pdf), margins, { ignore: pageNumberInTopMargin(margins.top), tolerance: 1 })).toEqual([]);
  });

  it('refuses margins outside them', async () => {
    const ex = PLAN_MODULES.find((m) => m.definition.id === 'dong-nai-so-ket-2023')!.examples.find((e) => e.kind === 'report')!;
    await expect(renderSubmission('dong-nai-so-ket-2023', 'report', ex.data, { margins: { left: 20 } })).rejects.toThrow(/30–35 mm/);
  });
});
