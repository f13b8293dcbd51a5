// The shared PDF test tools (tests/pdf/tools.ts) against a small PDF with known text at known places.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A4,
  ND30_MIN_MARGINS_MM,
  cleanupTempFiles,
  containsText,
  inkRatio,
  isA4,
  isA4Portrait,
  marginViolations,
  mmToPt,
  normalizeText,
  ocr,
  ocrPage,
  pageNumberInTopMargin,
  parseBboxXhtml,
  parsePdfFonts,
  pdfFonts,
  pdfInfo,
  pdfText,
  pdfWords,
  qpdfCheck,
  readPgm,
  readPng,
  renderGray,
  renderPng,
  type PdfWord,
} from './tools.js';

// pdf-lib is a dependency of packages/pdf, not of the root: resolve it from there.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requirePdf = createRequire(path.join(ROOT, 'packages/pdf/package.json'));
// Type-only import by path: pdf-lib is not resolvable from tests/ (only from packages/pdf).
const { PDFDocument, StandardFonts } = requirePdf('pdf-lib') as typeof import('../../packages/pdf/node_modules/pdf-lib');
const fontkit = requirePdf('@pdf-lib/fontkit');
const tinosFile = (face: string) => requirePdf.resolve(`@expo-google-fonts/tinos/${face}/Tinos_${face}.ttf`);

const VN = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
const LONG_NAME = 'ABCDEF+AVeryLongFontNameThatOverflowsTheColumn-Bold'; // > 36 chars: overflows pdffonts' name column
const P1 = { width: A4.width, height: A4.height };
const P2 = { width: A4.height, height: A4.width }; // landscape

/** Where each test word was drawn, as top-left-origin boxes computed from pdf-lib's metrics. */
const expected: Record<string, { page: number } & PdfWord> = {};
let pdf: Uint8Array;
let pdfPath: string;
let damaged: Uint8Array;
let tmp: string;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const tinos = await doc.embedFont(fs.readFileSync(tinosFile('400Regular')), { subset: false });
  const bold = await doc.embedFont(fs.readFileSync(tinosFile('700Bold')), { subset: true, customName: LONG_NAME });

  // Ascent/descent per unit of font size, as the font descriptors (and so poppler) give them.
  // (pdf-lib's heightAtSize(size, { descender: false }) is wrong for embedded fonts: it subtracts
  // the descent in font units, unscaled.)
  const tinosKit = fontkit.create(fs.readFileSync(tinosFile('400Regular')));
  const metrics = new Map<unknown, { ascent: number; descent: number }>([
    [helv, { ascent: 0.718, descent: 0.207 }], // Helvetica AFM
    [tinos, { ascent: tinosKit.ascent / tinosKit.unitsPerEm, descent: -tinosKit.descent / tinosKit.unitsPerEm }],
  ]);
  type Font = typeof helv;
  const draw = (page: ReturnType<typeof doc.addPage>, pageNo: number, text: string, x: number, y: number, size: number, font: Font) => {
    page.drawText(text, { x, y, size, font });
    const m = metrics.get(font);
    if (!m) return; // no box expectations for this font
    const ascent = m.ascent * size;
    const descent = m.descent * size;
    const H = page.getHeight();
    let cx = x;
    for (const word of text.split(' ')) {
      const w = font.widthOfTextAtSize(word, size);
      expected[word] = { page: pageNo, text: word, xMin: cx, xMax: cx + w, yMin: H - y - ascent, yMax: H - y + descent };
      cx += w + font.widthOfTextAtSize(' ', size);
    }
  };

  const p1 = doc.addPage([P1.width, P1.height]);
  draw(p1, 1, 'HELLO', 100, 700, 48, helv);
  draw(p1, 1, VN, 100, 600, 14, tinos);
  draw(p1, 1, 'Left', 100, 500, 12, helv);
  draw(p1, 1, 'Right', 450, 500, 12, helv);
  draw(p1, 1, 'Bold', 100, 400, 14, bold);
  draw(p1, 1, 'R&D "<ok>"', 100, 300, 12, helv);

  const p2 = doc.addPage([P2.width, P2.height]);
  const num = '2';
  draw(p2, 2, num, (P2.width - helv.widthOfTextAtSize(num, 13)) / 2, P2.height - 35, 13, helv); // centred in the top margin
  draw(p2, 2, 'Outside', 20, 300, 12, helv); // in the left margin
  draw(p2, 2, 'Inside', 200, 300, 12, helv);

  pdf = await doc.save({ useObjectStreams: false });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-tools-test-'));
  pdfPath = path.join(tmp, 'sample.pdf');
  fs.writeFileSync(pdfPath, pdf);
  // Wrong startxref: qpdf recovers the file but warns (exit 3).
  const s = Buffer.from(pdf).toString('latin1');
  damaged = Buffer.from(s.replace(/startxref\s+(\d+)/, (_m, n: string) => `startxref\n${Number(n) + 7}`), 'latin1');
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  cleanupTempFiles();
});

function expectBox(actual: PdfWord | undefined, exp: PdfWord, tol = 2) {
  expect(actual, `word ${exp.text}`).toBeDefined();
  for (const k of ['xMin', 'yMin', 'xMax', 'yMax'] as const) {
    expect(Math.abs(actual![k] - exp[k]), `${exp.text}.${k}: ${actual![k]} vs ${exp[k]}`).toBeLessThanOrEqual(tol);
  }
}

describe('qpdfCheck', () => {
  it('passes a sound PDF (bytes and path)', () => {
    for (const input of [pdf, pdfPath]) {
      const r = qpdfCheck(input);
      expect(r).toMatchObject({ ok: true, status: 0 });
      expect(r.output).toContain('No syntax or stream encoding errors');
    }
  });
  it('counts warnings (exit 3) as not ok', () => {
    const r = qpdfCheck(damaged);
    expect(r).toMatchObject({ ok: false, status: 3 });
    expect(r.output).toMatch(/damaged|xref/i);
  });
  it('fails garbage (exit 2)', () => {
    expect(qpdfCheck(new TextEncoder().encode('not a pdf'))).toMatchObject({ ok: false, status: 2 });
  });
});

describe('pdfFonts', () => {
  it('lists each font with type, encoding and flags', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts).toHaveLength(3);
    expect(fonts.find((f) => f.name === 'Helvetica')).toMatchObject({ type: 'Type 1', encoding: 'WinAnsi', embedded: false, subset: false, unicode: false });
    expect(fonts.find((f) => f.name.startsWith('Tinos-Regular'))).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: false, unicode: true });
    // A name longer than the column pushes the other columns right: still parsed.
    expect(fonts.find((f) => f.name === LONG_NAME)).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true });
    for (const f of fonts) expect(f.objectId).toMatch(/^\d+ \d+$/);
  });
  it('restricts to a page range', () => {
    expect(pdfFonts(pdfPath, { first: 2, last: 2 }).map((f) => f.name)).toEqual(['Helvetica']);
  });
  it('parses names with spaces and type columns with spaces', () => {
    const out = [
      'name                                 type              encoding         emb sub uni object ID',
      '------------------------------------ ----------------- ---------------- --- --- --- ---------',
      '[none]                               Type 3            Custom           yes no  no      12  0',
      'BCDEFG+Foo                           TrueType (OT)     WinAnsi          yes yes yes    123  0',
    ].join('\n');
    expect(parsePdfFonts(out)).toEqual([
      { name: '[none]', type: 'Type 3', encoding: 'Custom', embedded: true, subset: false, unicode: false, objectId: '12 0' },
      { name: 'BCDEFG+Foo', type: 'TrueType (OT)', encoding: 'WinAnsi', embedded: true, subset: true, unicode: true, objectId: '123 0' },
    ]);
  });
});

describe('pdfInfo', () => {
  it('gives the page count and every page size', () => {
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(2);
    expect(isA4Portrait(info.pageSize)).toBe(true);
    expect(info.pageSizes).toHaveLength(2);
    expect(isA4Portrait(info.pageSizes[1]!)).toBe(false);
    expect(isA4(info.pageSizes[1]!)).toBe(true);
    expect(info.pageSizes[1]!.width).toBeCloseTo(P2.width, 1);
    expect(info.pageSizes[1]!.rotation).toBe(0);
    expect(info.fields['Producer']).toContain('pdf-lib');
    expect(pdfInfo(pdfPath).pageSizes).toEqual(info.pageSizes);
  });
});

describe('pdfText, normalizeText, containsText', () => {
  it('extracts NFC text, by page range', () => {
    const all = pdfText(pdf);
    expect(all).toBe(all.normalize('NFC'));
    expect(containsText(all, 'HELLO')).toBe(true);
    expect(containsText(all, VN)).toBe(true);
    expect(containsText(all, VN.normalize('NFD'))).toBe(true);
    expect(containsText(all, 'R&D "<ok>"')).toBe(true);
    expect(all.split('\f').length).toBe(3); // one form feed after each page
    const p2 = pdfText(pdfPath, { first: 2, last: 2 });
    expect(containsText(p2, 'Outside')).toBe(true);
    expect(containsText(p2, 'HELLO')).toBe(false);
  });
  it('keeps the physical layout with layout: true', () => {
    expect(pdfText(pdf, { layout: true, first: 1, last: 1 })).toMatch(/Left {10,}Right/);
  });
  it('normalises whitespace and Unicode form, and wants exact words', () => {
    expect(normalizeText('  Việt\u00a0\n\tNam \f'.normalize('NFD'))).toBe('Việt Nam');
    expect(containsText('Cộng hòa\n xã hội', 'hòa xã')).toBe(true);
    expect(containsText('Thi đua khen-\nthưởng', 'khen thưởng')).toBe(false); // no de-hyphenation
    expect(containsText('Hòa', 'hòa')).toBe(false); // case-sensitive
    expect(() => containsText('x', ' \n')).toThrow(/empty/);
  });
});

describe('pdfWords', () => {
  it('gives word boxes in points, top-left origin, within 2 pt', () => {
    const pages = pdfWords(pdf);
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[0]!.pageWidth).toBeCloseTo(P1.width, 1);
    expect(pages[0]!.pageHeight).toBeCloseTo(P1.height, 1);
    expect(pages[1]!.pageWidth).toBeCloseTo(P2.width, 1);
    for (const exp of Object.values(expected)) {
      const page = pages[exp.page - 1]!;
      expectBox(page.words.find((w) => w.text === exp.text), exp);
    }
    expect(pages[0]!.words.map((w) => w.text)).toEqual(expect.arrayContaining(VN.split(' ')));
    expect(pages[0]!.words.map((w) => w.text)).toEqual(expect.arrayContaining(['R&D', '"<ok>"']));
  });
  it('numbers pages from `first`', () => {
    const pages = pdfWords(pdfPath, { first: 2, last: 2 });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.page).toBe(2);
    expect(pages[0]!.words.map((w) => w.text)).toEqual(['2', 'Outside', 'Inside']);
  });
  it('parses entities and empty pages', () => {
    const x = '<doc><page width="10" height="20"><word xMin="1" yMin="2" xMax="3" yMax="4">a&amp;b&lt;&#233;&#x1EC7;</word></page><page width="5" height="6"></page></doc>';
    expect(parseBboxXhtml(x)).toEqual([
      { page: 1, pageWidth: 10, pageHeight: 20, words: [{ text: 'a&b<éệ', xMin: 1, yMin: 2, xMax: 3, yMax: 4 }] },
      { page: 2, pageWidth: 5, pageHeight: 6, words: [] },
    ]);
  });
});

describe('marginViolations', () => {
  it('finds words outside the Decree 30 text area, page numbers aside', () => {
    const pages = pdfWords(pdf);
    const all = marginViolations(pages, ND30_MIN_MARGINS_MM);
    expect(all).toHaveLength(2);
    expect(all.find((m) => m.includes('"Outside"'))).toMatch(/^p2 "Outside" .*left by 6\d\.\d pt \(margin 30 mm = 85\.0 pt\)/);
    expect(all.find((m) => m.includes('"2"'))).toMatch(/^p2 "2" .*: top by /);
    expect(marginViolations(pages, ND30_MIN_MARGINS_MM, { ignore: pageNumberInTopMargin() })).toEqual([expect.stringContaining('"Outside"')]);
    expect(marginViolations([pages[0]!], ND30_MIN_MARGINS_MM)).toEqual([]);
  });
  it('honours the tolerance and every side', () => {
    const page = { page: 1, pageWidth: 100, pageHeight: 100, words: [{ text: 'w', xMin: 9, yMin: 9, xMax: 91, yMax: 91 }] };
    const m = { top: 10 / (72 / 25.4), bottom: 10 / (72 / 25.4), left: 10 / (72 / 25.4), right: 10 / (72 / 25.4) }; // 10 pt each
    expect(marginViolations([page], m)[0]).toMatch(/left by 1\.0 pt.*right by 1\.0 pt.*top by 1\.0 pt.*bottom by 1\.0 pt/);
    expect(marginViolations([page], m, { tolerance: 1 })).toEqual([]);
  });
});

describe('rendering and pixels', () => {
  it('renderPng writes one PNG per page, at the asked resolution', () => {
    const one = renderPng(pdf, { page: 2, dpi: 40 });
    expect(one).toHaveLength(1);
    const img = readPng(one[0]!);
    expect(img.width).toBe(Math.ceil((P2.width * 40) / 72));
    expect(img.height).toBe(Math.ceil((P2.height * 40) / 72));
    expect(img.dpi).toBeCloseTo(40, 0);
    const all = renderPng(pdfPath, { dpi: 30, outDir: path.join(tmp, 'png') });
    expect(all.map((f) => path.dirname(f))).toEqual([path.join(tmp, 'png'), path.join(tmp, 'png')]);
    expect(all.map((f) => readPng(f).width)).toEqual([Math.ceil((P1.width * 30) / 72), Math.ceil((P2.width * 30) / 72)]);
  });

  it('renderGray parses the PGM; inkRatio finds ink where the text is and none in an empty corner', () => {
    const g = renderGray(pdf, 1, 40);
    expect(g).toMatchObject({ width: Math.ceil((P1.width * 40) / 72), height: Math.ceil((P1.height * 40) / 72), dpi: 40 });
    expect(g.data).toHaveLength(g.width * g.height);
    const page = inkRatio(g);
    expect(page).toBeGreaterThan(0.001);
    expect(page).toBeLessThan(0.1);
    expect(inkRatio(g, { region: expected['HELLO']! })).toBeGreaterThan(0.2);
    expect(inkRatio(g, { region: { xMin: 480, yMin: 700, xMax: 580, yMax: 830 } })).toBe(0);
    // Page 2: ink in the top margin's centre (the page number), none in the top-left corner.
    const g2 = renderGray(pdfPath, 2, 40);
    const top = mmToPt(ND30_MIN_MARGINS_MM.top);
    expect(inkRatio(g2, { region: { xMin: P2.width / 2 - 15, yMin: 0, xMax: P2.width / 2 + 15, yMax: top } })).toBeGreaterThan(0.005);
    expect(inkRatio(g2, { region: { xMin: 0, yMin: 0, xMax: 150, yMax: top } })).toBe(0);
  });

  it('inkRatio reads PNG and PGM files alike', () => {
    const png = renderPng(pdf, { page: 1, dpi: 40 })[0]!;
    const fromPng = inkRatio(png, { region: expected['HELLO']! });
    const fromGray = inkRatio(renderGray(pdf, 1, 40), { region: expected['HELLO']! });
    expect(Math.abs(fromPng - fromGray)).toBeLessThan(0.02);
    expect(() => inkRatio({ ...readPng(png), dpi: undefined }, { region: expected['HELLO']! })).toThrow(/dpi/);
  });

  it('readPgm handles comments and 16-bit samples', () => {
    const head = new TextEncoder().encode('P5\n# c\n2 1\n65535\n');
    const img = readPgm(new Uint8Array([...head, 0, 0, 0xff, 0xff]));
    expect(img).toEqual({ width: 2, height: 1, data: new Uint8Array([0, 255]) });
  });
});

describe('ocr', () => {
  it('reads a large ASCII word and a Vietnamese line back from the pixels', () => {
    const png = renderPng(pdf, { page: 1, dpi: 300 })[0]!;
    const text = ocr(png);
    expect(text).toBe(text.normalize('NFC'));
    expect(containsText(text, 'HELLO')).toBe(true);
    expect(containsText(text, VN)).toBe(true);
    expect(containsText(ocrPage(pdfPath, 2, { dpi: 200, lang: 'eng' }), 'Outside')).toBe(true);
  });
});

describe('missing tools', () => {
  it('throws an Error naming the Debian package', () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(tmp, 'no-such-dir');
    try {
      expect(() => pdfInfo(pdf)).toThrow('pdfinfo not found on PATH: install poppler-utils (apt-get install poppler-utils)');
      expect(() => pdfText(pdf)).toThrow(/install poppler-utils/);
      expect(() => qpdfCheck(pdf)).toThrow(/install qpdf \(apt-get install qpdf\)/);
      expect(() => ocr(pdfPath)).toThrow(/install tesseract-ocr tesseract-ocr-vie/);
    } finally {
      process.env.PATH = saved;
    }
  });
  it('names a missing tesseract language and a missing PDF file', () => {
    const png = renderPng(pdf, { page: 2, dpi: 30 })[0]!;
    expect(() => ocr(png, { lang: 'xyz' })).toThrow(/tesseract-ocr-xyz/);
    expect(() => pdfInfo(path.join(tmp, 'nope.pdf'))).toThrow(/PDF file not found/);
  });
});
