import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FontSet } from '../fonts/font-set.js';
import { loadTinos } from '../node.js';
import { p, type Block, type Cell, type Table } from './blocks.js';
import { Flow, type Drawable, type Page } from './flow.js';
import { pageSetup } from './page-setup.js';
import { cutRow } from './row-split.js';
import { StreamFactory } from './streams.js';
import { typeset } from './typeset.js';

async function flow(blocks: Block[]): Promise<Page[]> {
  const doc = await PDFDocument.create();
  const fonts = new FontSet(doc, loadTinos(), new StreamFactory(doc));
  return new Flow(fonts, pageSetup()).layout(blocks);
}

const textOf = (d: Drawable) => (d.kind === 'text' ? d.line.tokens.map((t) => t.text).join('') : '');
const cell = (text: string, face: 'regular' | 'bold' = 'regular'): Cell => ({ blocks: [p(text, { size: 11, align: 'left' }, face)] });
const filler = (n: number) => Array.from({ length: n }, () => p('Dòng đệm', { size: 13, align: 'left' }));
/** A summary of `n` sentences, each numbered so its order can be read back. */
const summary = (n: number) => Array.from({ length: n }, (_, i) => `Câu ${i + 1} kể thành tích của tập thể trong phong trào thi đua năm.`).join(' ');

function list(rows: Cell[][], sizing: Table['sizing'] = 'shares'): Table {
  return { kind: 'table', widths: [0.7, 3, 5], sizing, header: [[cell('STT', 'bold'), cell('Tên', 'bold'), cell('Thành tích tóm tắt', 'bold')]], rows };
}

/** The text lines of the summary column on each page (x beyond the first two columns). */
function summaryLines(pages: Page[]): string[][] {
  return pages.map((pg) => {
    const xs = pg.items.filter((d) => d.kind === 'text' && textOf(d) === 'Thành tích tóm tắt').map((d) => (d as { x: number }).x);
    return pg.items.filter((d) => d.kind === 'text' && xs.length > 0 && d.x >= Math.min(...xs) - 1 && textOf(d) !== 'Thành tích tóm tắt').map(textOf);
  });
}

describe('tables across pages', () => {
  it('splits a row taller than the room left between its lines, repeats the header, loses and reorders no line', async () => {
    for (const fill of [10, 20, 30]) {
      const text = summary(40);
      const pages = await flow([...filler(fill), list([[cell('1'), cell('Thôn Păng Dung'), cell(text)]])]);
      const parts = summaryLines(pages).filter((l) => l.length);
      expect(parts.length, `filler ${fill}`).toBeGreaterThan(1);
      // Every page the table is on starts its part with the header row.
      for (const pg of pages.slice(1)) expect(pg.items.filter((d) => d.kind === 'text').map(textOf)[0], `filler ${fill}`).toBe('STT');
      // Two lines at least on each side of every cut.
      for (const part of parts) expect(part.length, `filler ${fill}`).toBeGreaterThanOrEqual(2);
      expect(parts.flat().join(' ').replace(/\s+/g, ' ')).toBe(text);
    }
  });

  it('moves a row whole when it fits the next page and little room is left; splits it when a quarter page or more would stay empty', async () => {
    const placed = async (fill: number, n: number) => summaryLines(await flow([...filler(fill), list([[cell('1'), cell('Thôn Păng Dung'), cell(summary(n))]])])).map((l) => l.length).filter(Boolean);
    // Some eight lines left (under a quarter page): a row that fits the next page goes over whole.
    expect(await placed(42, 20)).toHaveLength(1);
    expect(await placed(42, 40)).toHaveLength(1);
    // Half a page left: a row that fits stays whole; one that does not is split, two lines or more a part.
    expect(await placed(25, 8)).toHaveLength(1);
    const parts = await placed(25, 40);
    expect(parts).toHaveLength(2);
    for (const n of parts) expect(n).toBeGreaterThanOrEqual(2);
  });

  it('never leaves a group title row last on a page', async () => {
    for (let fill = 38; fill < 50; fill++) {
      const pages = await flow([...filler(fill), list([[cell('I', 'bold'), { ...cell('Tập thể', 'bold'), colSpan: 2 }], [cell('1'), cell('Thôn Păng Dung'), cell(summary(2))]])]);
      const page = (s: string) => pages.findIndex((pg) => pg.items.some((d) => textOf(d).startsWith(s)));
      expect(page('Tập thể'), `filler ${fill}`).toBe(page('Câu 1'));
    }
  });

  it('cuts cells between lines, keeping two lines on each side, or not at all', () => {
    const lines = (n: number): Drawable[] => Array.from({ length: n }, (_, i) => ({ kind: 'text', x: 0, y: 10 + i * 12.65, size: 11, align: 'left', line: { tokens: [], width: 0, available: 0, offset: 0, last: false, spaces: 0 } }));
    // Room for five lines of a six-line cell: one would be left alone, so four stay.
    const cut = cutRow([lines(6), lines(1)], 5 * 12.65 + 1, 2)!;
    expect(cut.now.map((c) => c.length)).toEqual([4, 1]);
    expect(cut.later.map((c) => c.length)).toEqual([2, 0]);
    // The lines going over start at the top of the row again.
    expect(cut.later[0]![0]!.kind === 'text' && cut.later[0]![0]!.y).toBeCloseTo(11 * 0.9, 1);
    // Room for one line only: the row is better moved, unless nothing may move.
    expect(cutRow([lines(6)], 12.65 + 1, 2)).toBeNull();
    expect(cutRow([lines(6)], 12.65 + 1, 2, true)!.now[0]).toHaveLength(1);
  });

  it('turns a section landscape when its table does not fit portrait, and back for the next document', async () => {
    const wide = list([[cell('1'), cell('Thôn Păng Dung'), cell(summary(12))]]);
    const pages = await flow([
      p('Tờ trình', { size: 13, align: 'left' }),
      { kind: 'break', newDocument: true }, { kind: 'break', orientation: 'fit' }, wide,
      { kind: 'break', newDocument: true }, p('Biên bản', { size: 13, align: 'left' }),
    ]);
    expect(pages.map((pg) => [pg.docIndex, pg.pageInDoc, Math.round(pg.setup.width)])).toEqual([[0, 1, 595], [1, 1, 842], [2, 1, 595]]);
    // The landscape text area: margins keep their names on the turned page.
    const xs = pages[1]!.items.filter((d) => d.kind === 'stroke').map((d) => (d as { x2: number }).x2);
    expect(Math.max(...xs)).toBeCloseTo(842 - 15 * 72 / 25.4, 0);
    const narrow = list([[cell('1'), cell('Thôn Păng Dung'), cell('Đạt chuẩn.')]]);
    const kept = await flow([p('A', { size: 13, align: 'left' }), { kind: 'break', newDocument: true }, { kind: 'break', orientation: 'fit' }, narrow]);
    expect(kept.map((pg) => Math.round(pg.setup.width))).toEqual([595, 595]);
  });

  it('places a signature field on a landscape page where its space is, inside the turned page', async () => {
    const bytes = await typeset(() => [
      { kind: 'break', orientation: 'landscape' },
      p('Danh sách', { size: 13, align: 'left' }),
      { kind: 'space', height: 60, signatureField: 'danh-sach.nguoi-ky' },
    ], { fonts: loadTinos() });
    const doc = await PDFDocument.load(bytes);
    const page = doc.getPage(0);
    expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([842, 595]);
    const annots = page.node.lookup(PDFName.of('Annots'), PDFArray);
    const widget = annots.lookup(0, PDFDict);
    const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map((v) => (v as PDFNumber).asNumber());
    const [x1, y1, x2, y2] = rect as [number, number, number, number];
    // Under the first line (20 mm margin + one 13 pt line), within the landscape text area.
    expect(x1).toBeGreaterThanOrEqual(30 * 72 / 25.4 - 1);
    expect(x2).toBeLessThanOrEqual(842 - 15 * 72 / 25.4 + 1);
    expect(y2).toBeLessThan(595 - 20 * 72 / 25.4 - 13);
    expect(y1).toBeGreaterThan(595 - 20 * 72 / 25.4 - 13 - 60 - 16);
  });
});
