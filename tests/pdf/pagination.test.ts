// Long documents: a 15-page report and a 300-nominee dossier paginate correctly — page
// numbers, repeated table headers, margins, signature blocks kept whole, quick enough.
import { getExample } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { inkRatio, marginViolations, pageNumberInTopMargin, pdfInfo, pdfText, pdfWords, qpdfCheck, renderGray, type PdfPageWords } from './tools.js';
import { pdfLib } from './pdf-lib.js';

const { PDFDocument, PDFName, PDFNumber, PDFDict } = pdfLib;

const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };

function numberOf(p: PdfPageWords): number | undefined {
  const limit = (MARGINS.top * 72) / 25.4;
  const w = p.words.find((x) => /^\d{1,4}$/.test(x.text) && x.yMax <= limit && Math.abs((x.xMin + x.xMax) / 2 - p.pageWidth / 2) < 3);
  return w ? Number(w.text) : undefined;
}

describe('a 15-page report', () => {
  let pdf: Uint8Array;
  let pages: PdfPageWords[];
  beforeAll(async () => {
    const data = getExample('lam-dong-2022-2025', 'report') as any;
    for (const s of Object.values<any>(data.sections)) if (s.text) s.text = Array.from({ length: 6 }, () => s.text).join('\n');
    pdf = await renderSubmission('lam-dong-2022-2025', 'report', data);
    pages = pdfWords(pdf);
  });

  it('runs to at least 15 pages, each numbered from 2 on, centred in the top margin', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(numberOf(pages[0]!)).toBeUndefined();
    for (const p of pages.slice(1)) expect(numberOf(p), `page ${p.page}`).toBe(p.page);
  });

  it('keeps every word inside the margins and passes qpdf', () => {
    expect(marginViolations(pages, MARGINS, { ignore: pageNumberInTopMargin(MARGINS.top), tolerance: 1 })).toEqual([]);
    expect(qpdfCheck(pdf).ok).toBe(true);
  });

  it('keeps the recipients and the signer together on the last page', () => {
    const last = pages[pages.length - 1]!.words.map((w) => w.text).join(' ');
    expect(last).toContain('Nơi nhận:');
    const signer = (getExample('lam-dong-2022-2025', 'report') as any).signer.fullName as string;
    expect(last).toContain(signer.split(' ').pop());
  });

  it('leaves no page blank', () => {
    for (let p = 1; p <= pages.length; p++) expect(inkRatio(renderGray(pdf, p, 20))).toBeGreaterThan(0.001);
  });

  // The renderer appends pages to the tree itself, with pdf-lib's PDFPage.create and
  // PDFPageTree.pushLeafNode instead of doc.addPage (layout/render.ts): a pdf-lib that changed
  // either would break the tree here, before a reader or a later pdf-lib edit trips on it.
  it('builds a whole page tree: one root whose /Count and /Kids hold every page, each page its child, read back by pdf-lib and edited further', async () => {
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(pages.length);
    const rootRef = doc.catalog.get(PDFName.of('Pages'));
    const root = doc.catalog.Pages();
    expect(root.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(pages.length);
    expect(root.Kids().size()).toBe(pages.length);
    for (const page of doc.getPages()) {
      expect(page.node.get(PDFName.of('Parent'))).toBe(rootRef);
      expect(page.node.lookup(PDFName.of('Resources'))).toBeInstanceOf(PDFDict);
    }
    // A portal that stamps a cover page in front with pdf-lib gets a PDF that still reads.
    doc.insertPage(0);
    const edited = await doc.save();
    expect(pdfInfo(edited).pages).toBe(pages.length + 1);
    expect(qpdfCheck(edited).ok).toBe(true);
    expect(pdfText(edited).split('\f')[1]).toContain(pdfText(pdf).split('\f')[0]!.trim().split('\n')[0]!);
  });
});

describe('a 300-nominee dossier', () => {
  let pdf: Uint8Array;
  let ms = 0;
  beforeAll(async () => {
    const data = largeDamRongGiayKhen(300);
    const t = performance.now();
    pdf = await renderSubmission('lam-dong-2022-2025', 'nomination', data);
    ms = performance.now() - t;
  }, 120_000);

  it('renders in seconds, not minutes', () => {
    expect(ms).toBeLessThan(30_000);
    expect(pdfInfo(pdf).pages).toBeGreaterThan(300);
  });

  it('repeats the nominee list header on every page of the list', () => {
    const pages = pdfText(pdf, { raw: true }).split('\f');
    const start = pages.findIndex((t) => t.includes('DANH SÁCH ĐỀ NGHỊ TẶNG'));
    const end = pages.findIndex((t, i) => i > start && t.includes('BIÊN BẢN'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end - start).toBeGreaterThan(10);
    for (let i = start; i < end; i++) {
      // Header cells wrap where their column widths say: compared with lines joined.
      const page = pages[i]!.replace(/\s+/gu, ' ');
      expect(page, `page ${i + 1}`).toContain('Thành tích tóm tắt');
      expect(page).toContain('Họ và tên / Tên');
    }
    // Every one of the 300 names is listed.
    const list = pages.slice(start, end).join('\n');
    const rows = list.match(/^\d{1,3} /gmu) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  it('passes qpdf and keeps text inside the margins on a sample of pages', () => {
    expect(qpdfCheck(pdf).ok).toBe(true);
    const words = pdfWords(pdf, { first: 1, last: 40 });
    expect(marginViolations(words, MARGINS, { ignore: pageNumberInTopMargin(MARGINS.top), tolerance: 1 })).toEqual([]);
  });
});
