// Filled values that read as the agency's own form: automatic font sizes (/DA size 0) shrink to fit
// (single-line) or wrap and then shrink (multiline), comb fields put one character per cell, and a
// value that cannot fit a fixed size is refused with the field's name instead of being clipped.
// Checked on the printed page: pdftotext -bbox (every word inside its box, at a sane size) and
// pdftoppm + tesseract -l vie (the whole value reads back, its last words too).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTinos } from '@thidua/pdf/node';
import { FillFormError, TextDoesNotFitError, ValueTooLongError, fillForm } from '@thidua/pdf';
import { inkRatio, normalizeText, ocr, pdfFonts, pdfText, pdfWords, renderPng, type PdfWord } from './tools.js';
import { pdfLib } from './pdf-lib.js';

const { PDFDocument, StandardFonts } = pdfLib;

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'packages/cli/dist/bin.js');
const fonts = loadTinos();
const PAGE = { width: 595.28, height: 841.89 };

interface FieldSpec {
  name: string;
  rect: { x: number; y: number; width: number; height: number };
  /** The /DA size; 0 = automatic. */
  size: number;
  multiline?: boolean;
  maxLength?: number;
  comb?: boolean;
}

/** One A4 page with the given text fields, each with `/DA` "/Helv <size> Tf 0 g" on the field and its widget. */
async function makeTemplate(specs: FieldSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  for (const spec of specs) {
    page.drawText(spec.name, { x: spec.rect.x, y: spec.rect.y + spec.rect.height + 4, size: 8, font: helv });
    const field = form.createTextField(spec.name);
    if (spec.maxLength !== undefined) field.setMaxLength(spec.maxLength);
    if (spec.multiline) field.enableMultiline();
    if (spec.comb) field.enableCombing();
    field.addToPage(page, { ...spec.rect, borderWidth: 0.5, font: helv });
    const da = `/Helv ${spec.size} Tf 0 g`;
    field.acroField.setDefaultAppearance(da);
    for (const widget of field.acroField.getWidgets()) widget.setDefaultAppearance(da);
  }
  // pdf-lib's own appearances would rewrite the size 0 to the size it computed.
  return doc.save({ updateFieldAppearances: false });
}

// Too long for 12 pt in its 170 pt box: it must shrink, and still read to "Lâm Đồng".
const DIA_CHI = 'Thôn 2, xã Đạ Tông, huyện Đam Rông, tỉnh Lâm Đồng';
// pdf-lib alone printed this at 13 pt (it grows automatic sizes past 12 pt, up to 500).
const THANH_TICH = [
  'Vận động 12 hộ dân hiến đất mở rộng đường liên thôn, tổng cộng 1.250 mét vuông.',
  'Chủ trì xây dựng mô hình "Dân vận khéo" ở các thôn đồng bào dân tộc thiểu số; giảm tỷ lệ hộ nghèo còn 4,5%.',
  'Được Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng tặng Bằng khen năm 2024.',
].join('\n');

const SPECS: FieldSpec[] = [
  { name: 'diaChi', rect: { x: 60, y: 740, width: 170, height: 18 }, size: 0 },
  { name: 'thanhTich', rect: { x: 60, y: 560, width: 300, height: 130 }, size: 0, multiline: true },
  { name: 'soCccd', rect: { x: 60, y: 480, width: 240, height: 22 }, size: 0, maxLength: 12, comb: true },
  { name: 'hoTen', rect: { x: 60, y: 420, width: 220, height: 20 }, size: 12 },
];

const VALUES = { diaChi: DIA_CHI, thanhTich: THANH_TICH, soCccd: '06819', hoTen: 'Nguyễn Thị Hồng Nhung' };

let template: Uint8Array;
let filled: Uint8Array;
let flat: Uint8Array;
let dir: string;

beforeAll(async () => {
  template = await makeTemplate(SPECS);
  filled = (await fillForm(template, VALUES, { fonts })).pdf;
  flat = (await fillForm(template, VALUES, { fonts, flatten: true })).pdf;
  // THIDUA_FILL_OUT=dir keeps the PDFs and PNGs for a human to look at.
  dir = process.env['THIDUA_FILL_OUT'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-fill-fit-'));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'fit-template.pdf'), template);
  fs.writeFileSync(path.join(dir, 'fit-filled.pdf'), filled);
  fs.writeFileSync(path.join(dir, 'fit-flat.pdf'), flat);
});

afterAll(() => {
  if (dir && !process.env['THIDUA_FILL_OUT']) fs.rmSync(dir, { recursive: true, force: true });
});

/** The words pdftotext finds inside a field's rectangle (PDF user space → pdftotext's top-left origin), with 2 pt slack. */
function wordsNear(pdf: Uint8Array, rect: FieldSpec['rect'], slack = 40): PdfWord[] {
  const top = PAGE.height - (rect.y + rect.height);
  return pdfWords(pdf)[0]!.words.filter(
    (w) => w.yMin >= top - slack && w.yMax <= top + rect.height + slack && w.xMin >= rect.x - slack && w.xMin <= rect.x + rect.width + slack && !SPECS.some((s) => w.text === s.name),
  );
}

function inside(word: PdfWord, rect: FieldSpec['rect']): boolean {
  const top = PAGE.height - (rect.y + rect.height);
  return word.xMin >= rect.x - 0.5 && word.xMax <= rect.x + rect.width + 0.5 && word.yMin >= top - 2 && word.yMax <= top + rect.height + 2;
}

/** pdftotext's word box is the font's ascent to descent: (1825 + 443) / 2048 em for Tinos. */
const TINOS_BOX_EM = (1825 + 443) / 2048;
/** The font size a word was printed at. */
const sizeOf = (w: PdfWord) => (w.yMax - w.yMin) / TINOS_BOX_EM;

/** The share of `expected`'s words that OCR read (diacritics included). */
function ocrShare(read: string, expected: string): number {
  const have = new Set(normalizeText(read).split(' '));
  const words = normalizeText(expected).split(' ');
  return words.filter((w) => have.has(w)).length / words.length;
}

let ocrText: string | undefined;
/** pdftoppm -r 300 + tesseract -l vie of the flattened page (fitted text may be small). */
function pageOcr(): string {
  if (ocrText === undefined) {
    const [png] = renderPng(flat, { dpi: 300, outDir: dir });
    ocrText = ocr(png!, { lang: 'vie' });
  }
  return ocrText;
}

const spec = (name: string) => SPECS.find((s) => s.name === name)!;

describe('fillForm: automatic font size, single line', () => {
  it('shrinks the value to fit its box: every word inside, no larger than 12 pt, none smaller than 4', () => {
    const rect = spec('diaChi').rect;
    const words = wordsNear(flat, rect);
    expect(normalizeText(words.map((w) => w.text).join(' '))).toBe(DIA_CHI);
    for (const w of words) {
      expect(inside(w, rect), `"${w.text}" outside the box`).toBe(true);
      expect(sizeOf(w)).toBeLessThanOrEqual(12.01);
      expect(sizeOf(w)).toBeGreaterThanOrEqual(3.99);
    }
    expect(new Set(words.map((w) => Math.round(w.yMin))).size).toBe(1);
  });

  it('keeps the field automatic (/DA size 0) with the embedded font', async () => {
    const form = (await PDFDocument.load(filled)).getForm();
    const da = form.getTextField('diaChi').acroField.getWidgets()[0]!.getDefaultAppearance()!;
    expect(da).toMatch(/\/\S+ 0 Tf/);
    expect(pdfFonts(flat).some((f) => /Tinos/.test(f.name) && f.embedded)).toBe(true);
  });

  it('prints the whole value: OCR reads it to the last word', () => {
    const read = pageOcr();
    expect(ocrShare(read, DIA_CHI)).toBeGreaterThanOrEqual(0.9);
    expect(normalizeText(read)).toContain('Lâm Đồng');
  });
});

describe('fillForm: automatic font size, multiline', () => {
  it('wraps the value into lines inside the box at one size ≤ 12 pt', () => {
    const rect = spec('thanhTich').rect;
    const words = wordsNear(flat, rect);
    expect(normalizeText(words.map((w) => w.text).join(' '))).toBe(normalizeText(THANH_TICH));
    for (const w of words) expect(inside(w, rect), `"${w.text}" outside the box`).toBe(true);
    const lines = new Set(words.map((w) => Math.round(w.yMin)));
    expect(lines.size).toBeGreaterThanOrEqual(6);
    const sizes = words.map(sizeOf);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12.01);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(0.05);
  });

  it('prints the whole value: OCR reads its words, the last sentence too', () => {
    const read = pageOcr();
    expect(ocrShare(read, THANH_TICH)).toBeGreaterThanOrEqual(0.9);
    expect(normalizeText(read)).toContain('Bằng khen năm 2024');
  });

  it('keeps the values in the unflattened form too (pdftotext)', () => {
    const text = normalizeText(pdfText(filled));
    expect(text).toContain(normalizeText(THANH_TICH));
    expect(text).toContain(DIA_CHI);
  });
});

describe('fillForm: comb fields', () => {
  it('draws one character per cell, in the first cells, and leaves the others empty', () => {
    const [png] = renderPng(flat, { dpi: 150, outDir: dir });
    const { rect, maxLength } = spec('soCccd');
    const cell = rect.width / maxLength!;
    const top = PAGE.height - (rect.y + rect.height);
    // Each cell without its outer 15 % (the field border is drawn at the box edge).
    const ink = Array.from({ length: maxLength! }, (_, i) =>
      inkRatio(png!, { dpi: 150, region: { xMin: rect.x + cell * (i + 0.15), yMin: top + rect.height * 0.15, xMax: rect.x + cell * (i + 0.85), yMax: top + rect.height * 0.85 } }),
    );
    for (let i = 0; i < 5; i++) expect(ink[i], `cell ${i + 1}`).toBeGreaterThan(0.01);
    for (let i = 5; i < maxLength!; i++) expect(ink[i], `cell ${i + 1}`).toBe(0);
    const words = wordsNear(flat, rect);
    expect(words.map((w) => w.text).join('')).toBe('06819');
    for (const w of words) {
      expect(inside(w, rect), `"${w.text}" outside the box`).toBe(true);
      expect(sizeOf(w)).toBeLessThanOrEqual(12.01);
    }
  });

  it('refuses a comb value longer than its cells (MaxLen), naming the field', async () => {
    const error = await fillForm(template, { soCccd: '0681900012345' }, { fonts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValueTooLongError);
    expect((error as ValueTooLongError).field).toBe('soCccd');
    expect((error as Error).message).toContain('"soCccd"');
  });
});

describe('fillForm: values that do not fit', () => {
  it('refuses a value wider than a fixed-size field, naming the field, in Vietnamese then English', async () => {
    const long = 'Nguyễn Thị Hồng Nhung, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Tông';
    const error = await fillForm(template, { hoTen: long }, { fonts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TextDoesNotFitError);
    expect(error).toBeInstanceOf(FillFormError);
    const e = error as TextDoesNotFitError;
    expect(e.code).toBe('THIDUA_FILL_DOES_NOT_FIT');
    expect(e.field).toBe('hoTen');
    expect(e.automatic).toBe(false);
    expect(e.fontSize).toBe(12);
    expect(e.message).toMatch(/^Giá trị của trường "hoTen" không vừa ô ở cỡ chữ 12 pt.* \/ The value of field "hoTen" does not fit/);
  });

  it('fills the same value when the caller asks for automatic size (fontSize 0)', async () => {
    const long = 'Nguyễn Thị Hồng Nhung, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Tông';
    const { pdf } = await fillForm(template, { hoTen: long }, { fonts, fontSize: 0, flatten: true });
    const rect = spec('hoTen').rect;
    const words = wordsNear(pdf, rect);
    expect(normalizeText(words.map((w) => w.text).join(' '))).toBe(long);
    for (const w of words) expect(inside(w, rect)).toBe(true);
  });

  it('fills a fixed size in a box lower than the font (the form\'s choice), refusing only what is too wide', async () => {
    const low = await makeTemplate([{ name: 'thon', rect: { x: 60, y: 700, width: 200, height: 12 }, size: 12 }]);
    const { pdf } = await fillForm(low, { thon: 'Thôn Đạ Nghịt' }, { fonts, flatten: true });
    expect(normalizeText(pdfText(pdf))).toContain('Thôn Đạ Nghịt');
    await expect(fillForm(low, { thon: 'Thôn Đạ Nghịt, xã Lát, huyện Lạc Dương, tỉnh Lâm Đồng' }, { fonts })).rejects.toThrow(TextDoesNotFitError);
  });

  it('refuses an automatic multiline value that does not fit even at 4 pt', async () => {
    const huge = Array.from({ length: 60 }, () => THANH_TICH).join('\n');
    const error = await fillForm(template, { thanhTich: huge }, { fonts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TextDoesNotFitError);
    expect((error as TextDoesNotFitError).automatic).toBe(true);
    expect((error as TextDoesNotFitError).fontSize).toBe(4);
    expect((error as Error).message).toContain('"thanhTich"');
  });

  it('thidua fill exits 1 with one line naming the field and writes no file', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-fill-fit-cli-'));
    try {
      fs.writeFileSync(path.join(work, 'mau.pdf'), template);
      fs.writeFileSync(path.join(work, 'du-lieu.json'), JSON.stringify({ hoTen: 'Nguyễn Thị Hồng Nhung, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Tông' }));
      const out = path.join(work, 'ra.pdf');
      const r = spawnSync(process.execPath, [BIN, 'fill', path.join(work, 'mau.pdf'), path.join(work, 'du-lieu.json'), '-o', out], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('"hoTen"');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
