// The danh sách as agencies print it: on A4 landscape (khổ ngang) when its columns do not fit
// portrait, the other documents of the dossier portrait; a table continued on a new page
// repeats its header row; a row taller than the room left is split between its lines, none
// lost or reordered; OCR still reads the turned page.
import { PLAN_MODULES } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLayout, namesOf, placesOf, vocabularyOf } from './layout-audit.js';
import { isA4Portrait, ocrPage, pdfInfo, pdfText, pdfWords, renderPng, type PdfPageWords } from './tools.js';

const PLAN = 'lam-dong-2022-2025';
const LABELS = ['STT', 'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Họ và tên / Tên', 'Thành tích tóm tắt'];
const example = () => structuredClone(PLAN_MODULES.find((m) => m.definition.id === PLAN)!.examples.find((e) => e.kind === 'nomination')!.data) as any;

/** A summary as long as the form takes (2 000 characters): more lines than the room left under the title. */
const LONG_SUMMARY = Array.from({ length: 30 }, (_, i) => `Năm thứ ${i + 1} của phong trào, thôn vận động ${i + 12} hộ hiến đất mở đường, xây nhà văn hóa, hỗ trợ hộ nghèo.`)
  .reduce((s, x) => (s.length + x.length + 1 <= 2000 ? (s ? `${s} ${x}` : x) : s), '');

const textOf = (p: PdfPageWords) => p.words.map((w) => w.text).join(' ');
/** The pages of the danh sách: from its title to the page before the biên bản. */
function listPages(pages: PdfPageWords[]): number[] {
  const first = pages.findIndex((p) => textOf(p).includes('DANH SÁCH ĐỀ NGHỊ'));
  const minutes = pages.findIndex((p, i) => i > first && textOf(p).includes('BIÊN BẢN'));
  return Array.from({ length: minutes - first }, (_, k) => first + k);
}

describe('the danh sách on landscape pages, rows split between lines', () => {
  const cases: Record<string, { data: unknown; pdf?: Uint8Array; pages?: PdfPageWords[] }> = {
    '40 nominees': { data: largeDamRongGiayKhen(40) },
    'one very long summary': { data: (() => { const d = example(); d.nominees[0].summary = LONG_SUMMARY; return d; })() },
  };
  beforeAll(async () => {
    for (const c of Object.values(cases)) {
      c.pdf = await renderSubmission(PLAN, 'nomination', c.data);
      c.pages = pdfWords(c.pdf);
    }
  }, 120_000);

  for (const label of Object.keys(cases)) {
    it(`${label}: the list pages are A4 landscape, every other page portrait`, () => {
      const c = cases[label]!;
      const list = listPages(c.pages!);
      expect(list.length).toBeGreaterThan(1);
      pdfInfo(c.pdf!).pageSizes.forEach((s, i) => {
        if (list.includes(i)) expect([Math.round(s.width), Math.round(s.height)], `page ${i + 1}`).toEqual([842, 595]);
        else expect(isA4Portrait(s), `page ${i + 1}`).toBe(true);
      });
    });

    it(`${label}: every list page after the first starts with the header row`, () => {
      const c = cases[label]!;
      for (const i of listPages(c.pages!).slice(1)) {
        // Below the page number, the first line of the page is the table's header.
        const words = c.pages![i]!.words.filter((w) => w.yMin > 20 * 72 / 25.4 - 1).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
        const top = words.filter((w) => w.yMin < words[0]!.yMax);
        expect(top.map((w) => w.text), `page ${i + 1}`).toContain('STT');
        expect(textOf(c.pages![i]!), `page ${i + 1}`).toContain('Thành tích tóm tắt');
      }
    });

    it(`${label}: the layout audit finds nothing`, () => {
      const c = cases[label]!;
      const f = auditLayout(c.pages!, { names: namesOf(c.data), vocabulary: vocabularyOf(c.data, LABELS), places: placesOf(c.data), label });
      for (const [k, v] of Object.entries(f)) expect(v, k).toEqual([]);
    });
  }

  it('splits the long row between its lines: the summary reads back whole and in order, at least two lines on each page', () => {
    const c = cases['one very long summary']!;
    const want = LONG_SUMMARY.split(/\s+/u);
    let k = 0;
    let parts = 0;
    for (const i of listPages(c.pages!)) {
      // Content-stream order: each cell's lines in reading order, cell after cell.
      const got = pdfText(c.pdf!, { first: i + 1, last: i + 1, raw: true }).split('\n')
        .flatMap((line, n) => line.split(/\s+/u).filter(Boolean).map((w) => ({ w, line: n })));
      let best = 0;
      let at = 0;
      for (let j = 0; j < got.length; j++) {
        let n = 0;
        while (got[j + n] !== undefined && got[j + n]!.w === want[k + n]) n++;
        if (n > best) { best = n; at = j; }
      }
      if (!best) continue;
      parts++;
      // The part of the row on this page stands on at least two lines of it.
      const lines = new Set(got.slice(at, at + best).map((x) => x.line));
      expect(lines.size, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      k += best;
    }
    expect(k).toBe(want.length);
    expect(parts).toBeGreaterThan(1);
  });

  it('OCR reads at least 95 % of the words of a landscape page', () => {
    const c = cases['40 nominees']!;
    const page = listPages(c.pages!)[1]! + 1;
    renderPng(c.pdf!, { page, dpi: 60 });
    const words = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length >= 2);
    const expected = words(pdfText(c.pdf!, { first: page, last: page }));
    const seen = new Set(words(ocrPage(c.pdf!, page, { dpi: 200 })));
    const read = expected.filter((w) => seen.has(w)).length;
    expect(read / expected.length).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
