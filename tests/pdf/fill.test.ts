// AcroForm filling with Vietnamese text (`thidua fill`, docs/guide/pdf.md), checked with the real tools:
// qpdf, pdffonts, pdftotext, and pdftoppm + tesseract (vie) to prove the glyphs really print
// (docs/decisions/0007: with fontkit's subsetting bug every text check passes while the page is blank).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTinos } from '@thidua/pdf/node';
import {
  EncryptedPdfError,
  FieldValueTypeError,
  FillFormError,
  InvalidCheckBoxValueError,
  InvalidOptionError,
  NoFormFieldsError,
  NotAPdfError,
  UnsupportedCharacterError,
  ValueTooLongError,
  fillForm,
} from '@thidua/pdf';
import { containsText, normalizeText, ocr, pdfFonts, pdfText, qpdfCheck, renderPng } from './tools.js';
import { pdfFontkit, pdfLib } from './pdf-lib.js';

// pdf-lib is a dependency of packages/pdf, not of the root: resolve it from there (as tools.test.ts does).
const { PDFDocument, PDFName, PDFBool, StandardFonts, rgb } = pdfLib;
const fontkit = pdfFontkit;

const fonts = loadTinos();

// ---------------------------------------------------------------------------------------------
// A fillable A4 template made with pdf-lib: standard-font (ASCII) labels, every kind of field.

const HINH_THUC = ['Bằng khen', 'Giấy khen', 'Chiến sĩ thi đua cơ sở'];
const DOI_TUONG = ['Cá nhân', 'Tập thể'];

async function makeTemplate(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Mau to trinh khen thuong (test)');
  const page = doc.addPage([595.28, 841.89]);
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  page.drawText('PHIEU DE NGHI KHEN THUONG', { x: 180, y: 800, size: 14, font: bold });

  const label = (text: string, y: number) => page.drawText(text, { x: 60, y: y + 7, size: 10, font: helv, color: rgb(0.2, 0.2, 0.2) });
  const text = (name: string, y: number, opts: { width?: number; height?: number; maxLength?: number; multiline?: boolean; size?: number } = {}) => {
    const f = form.createTextField(name);
    if (opts.maxLength !== undefined) f.setMaxLength(opts.maxLength);
    if (opts.multiline) f.enableMultiline();
    f.addToPage(page, { x: 170, y, width: opts.width ?? 380, height: opts.height ?? 22, borderWidth: 0.5 });
    f.setFontSize(opts.size ?? 12);
    return f;
  };
  label('Ho va ten:', 750);
  text('hoTen', 750);
  label('Don vi:', 715);
  text('donVi', 715);
  label('Tieu ngu:', 680);
  text('tieuNgu', 680);
  label('Chuc vu:', 645);
  text('chucVu', 645);
  label('So CCCD:', 610);
  text('cccd', 610, { width: 200, maxLength: 12 });
  label('Thanh tich:', 570);
  text('thanhTich', 420, { height: 170, multiline: true, size: 12 });
  label('Dong y:', 385);
  form.createCheckBox('dongY').addToPage(page, { x: 170, y: 385, width: 14, height: 14 });
  label('Hinh thuc:', 345);
  const dd = form.createDropdown('hinhThuc');
  dd.addOptions(HINH_THUC);
  dd.addToPage(page, { x: 170, y: 345, width: 250, height: 22, borderWidth: 0.5 });
  dd.setFontSize(12);
  label('Doi tuong:', 305);
  const radio = form.createRadioGroup('doiTuong');
  radio.addOptionToPage(DOI_TUONG[0]!, page, { x: 170, y: 308, width: 14, height: 14 });
  page.drawText('Ca nhan', { x: 190, y: 311, size: 10, font: helv });
  radio.addOptionToPage(DOI_TUONG[1]!, page, { x: 260, y: 308, width: 14, height: 14 });
  page.drawText('Tap the', { x: 280, y: 311, size: 10, font: helv });
  return doc.save();
}

// ---------------------------------------------------------------------------------------------
// The data

const ACHIEVEMENT = [
  'Hoàn thành xuất sắc nhiệm vụ năm 2024.',
  'Chủ trì xây dựng mô hình "Dân vận khéo" ở các xã vùng đồng bào dân tộc thiểu số.',
  'Được Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng tặng Bằng khen.',
].join('\r\n');

const CHUC_VU_NFD = 'Phó Chủ tịch Hội Liên hiệp Phụ nữ'.normalize('NFD');

const VALUES: Record<string, string | boolean> = {
  hoTen: 'Nguyễn Thị Hồng Nhung',
  donVi: 'Ủy ban nhân dân huyện Đam Rông',
  tieuNgu: 'Độc lập - Tự do - Hạnh phúc',
  chucVu: CHUC_VU_NFD,
  cccd: '068190001234',
  thanhTich: ACHIEVEMENT,
  dongY: true,
  hinhThuc: 'Giấy khen',
  doiTuong: 'Tập thể',
  khongCoTruongNay: 'bỏ qua',
};

/** Everything that must be printed on the page, NFC. */
const PRINTED = [
  'Nguyễn Thị Hồng Nhung',
  'Ủy ban nhân dân huyện Đam Rông',
  'Độc lập - Tự do - Hạnh phúc',
  'Phó Chủ tịch Hội Liên hiệp Phụ nữ',
  '068190001234',
  ...ACHIEVEMENT.split('\r\n'),
  'Giấy khen',
];

/** Words OCR must read back with their diacritics. */
const OCR_WORDS = ['Nguyễn', 'Hồng', 'Nhung', 'Đam Rông', 'Ủy ban nhân dân', 'Độc lập', 'Hạnh phúc', 'Phó Chủ tịch', 'Phụ nữ', 'xuất sắc', 'Lâm Đồng', 'Giấy khen'];

// ---------------------------------------------------------------------------------------------

let template: Uint8Array;
let plain: Awaited<ReturnType<typeof fillForm>>;
let flat: Awaited<ReturnType<typeof fillForm>>;
let pngDir: string;

beforeAll(async () => {
  template = await makeTemplate();
  plain = await fillForm(template, VALUES, { fonts });
  flat = await fillForm(template, VALUES, { fonts, flatten: true });
  // THIDUA_FILL_OUT=dir keeps the PDFs and PNGs for a human to look at.
  pngDir = process.env['THIDUA_FILL_OUT'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-fill-'));
  fs.mkdirSync(pngDir, { recursive: true });
  if (process.env['THIDUA_FILL_OUT']) {
    fs.writeFileSync(path.join(pngDir, 'template.pdf'), template);
    fs.writeFileSync(path.join(pngDir, 'filled.pdf'), plain.pdf);
    fs.writeFileSync(path.join(pngDir, 'filled-flat.pdf'), flat.pdf);
  }
});

afterAll(() => {
  if (!process.env['THIDUA_FILL_OUT']) fs.rmSync(pngDir, { recursive: true, force: true });
});

/** pdftoppm -r 150 -png, then tesseract -l vie. */
function ocrAt150(pdf: Uint8Array, name: string): string {
  const dir = path.join(pngDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const [png] = renderPng(pdf, { dpi: 150, outDir: dir });
  return ocr(png!, { lang: 'vie' });
}

describe('fillForm: result', () => {
  it('reports filled and unknown field names', () => {
    expect(plain.filled).toEqual(['hoTen', 'donVi', 'tieuNgu', 'chucVu', 'cccd', 'thanhTich', 'dongY', 'hinhThuc', 'doiTuong']);
    expect(plain.unknown).toEqual(['khongCoTruongNay']);
    expect(flat.unknown).toEqual(['khongCoTruongNay']);
  });

  it('stores NFC values in the fields (an NFD value comes back NFC)', async () => {
    const form = (await PDFDocument.load(plain.pdf)).getForm();
    expect(form.getTextField('hoTen').getText()).toBe('Nguyễn Thị Hồng Nhung');
    const chucVu = form.getTextField('chucVu').getText()!;
    expect(chucVu).toBe('Phó Chủ tịch Hội Liên hiệp Phụ nữ');
    expect(chucVu).toBe(chucVu.normalize('NFC'));
    expect(chucVu).not.toBe(CHUC_VU_NFD);
    expect(form.getTextField('thanhTich').getText()).toBe(ACHIEVEMENT.replace(/\r\n/g, '\n'));
    expect(form.getCheckBox('dongY').isChecked()).toBe(true);
    expect(form.getDropdown('hinhThuc').getSelected()).toEqual(['Giấy khen']);
    expect(form.getRadioGroup('doiTuong').getSelected()).toBe('Tập thể');
  });

  it('removes every field when flattening', async () => {
    const doc = await PDFDocument.load(flat.pdf);
    expect(doc.getForm().getFields()).toHaveLength(0);
    // pdf-lib's flatten leaves radio-button widgets in /Annots; fillForm removes them.
    for (const page of doc.getPages()) expect(page.node.Annots()).toBeUndefined();
  });
});

describe.each([
  ['unflattened', () => plain.pdf],
  ['flattened', () => flat.pdf],
])('fillForm %s: checked with the tools', (name, pdf) => {
  it('passes qpdf --check', () => {
    const r = qpdfCheck(pdf());
    expect(r.output).toContain('No syntax or stream encoding errors found');
    expect(r.ok, r.output).toBe(true);
  });

  it('embeds the Tinos subset (pdffonts) and no standard font for the values', () => {
    const list = pdfFonts(pdf());
    const tinos = list.filter((f) => f.name === 'TDRGLR+Tinos-Regular');
    expect(tinos.length, JSON.stringify(list)).toBeGreaterThan(0);
    for (const f of tinos) {
      expect(f.embedded).toBe(true);
      expect(f.subset).toBe(true);
      expect(f.unicode).toBe(true);
    }
    // Only the template's own labels use Helvetica; the fields never fell back to it.
    expect(list.filter((f) => !f.name.includes('Tinos')).map((f) => f.name).sort()).toEqual(['Helvetica', 'Helvetica-Bold']);
  });

  it('gives back every value exactly with pdftotext (NFC, whitespace-normalised)', () => {
    const text = pdfText(pdf());
    expect(text).toBe(text.normalize('NFC'));
    for (const value of PRINTED) expect(containsText(text, value), `${JSON.stringify(value)} in ${JSON.stringify(normalizeText(text))}`).toBe(true);
    expect(text).not.toContain('bỏ qua');
  });

  it('prints the Vietnamese glyphs: pdftoppm -r 150 + tesseract -l vie reads them back', () => {
    const read = normalizeText(ocrAt150(pdf(), name));
    const missing = [...OCR_WORDS, ...PRINTED.slice(0, 4)].filter((w) => !read.includes(w));
    expect(missing, `OCR read: ${read}`).toEqual([]);
  });
});

describe('fillForm: options', () => {
  it('applies fontSize to the filled text fields', async () => {
    const { pdf } = await fillForm(template, { hoTen: 'Nguyễn Thị Hồng Nhung' }, { fonts, fontSize: 9 });
    const form = (await PDFDocument.load(pdf)).getForm();
    expect(form.getTextField('hoTen').acroField.getDefaultAppearance()).toMatch(/\/Tinos-Regular 9 Tf/);
    expect(containsText(pdfText(pdf), 'Nguyễn Thị Hồng Nhung')).toBe(true);
  });

  it('accepts NFD option names, "x" for a check box and "" to clear', async () => {
    const { pdf } = await fillForm(
      template,
      { hinhThuc: 'Chiến sĩ thi đua cơ sở'.normalize('NFD'), doiTuong: 'Cá nhân'.normalize('NFD'), dongY: 'x' },
      { fonts },
    );
    const form = (await PDFDocument.load(pdf)).getForm();
    expect(form.getDropdown('hinhThuc').getSelected()).toEqual(['Chiến sĩ thi đua cơ sở']);
    expect(form.getRadioGroup('doiTuong').getSelected()).toBe('Cá nhân');
    expect(form.getCheckBox('dongY').isChecked()).toBe(true);
    const cleared = await fillForm(pdf, { hinhThuc: '', dongY: false, doiTuong: '' }, { fonts });
    const form2 = (await PDFDocument.load(cleared.pdf)).getForm();
    expect(form2.getDropdown('hinhThuc').getSelected()).toEqual([]);
    expect(form2.getCheckBox('dongY').isChecked()).toBe(false);
    expect(form2.getRadioGroup('doiTuong').getSelected()).toBeUndefined();
  });

  it('removes /NeedAppearances and puts the font in /DR so /DA resolves', async () => {
    const form = (await PDFDocument.load(plain.pdf)).getForm();
    const acro = form.acroForm.dict;
    expect(acro.toString()).not.toContain('NeedAppearances');
    expect(acro.toString()).toMatch(/\/Tinos-Regular \d+ 0 R/);
  });
});

describe('fillForm: several documents in one process', () => {
  // A fontkit font shared across documents would hand the second one glyphs that the first one's
  // subsetter created as components ("ơ" in "ở", "a" in "á") without code points: no ToUnicode
  // entry, so "địa phương" would extract as "đị phư ng" while printing fine.
  it('keeps the text extractable in a later document', async () => {
    await fillForm(template, { hoTen: 'ở các' }, { fonts });
    const { pdf } = await fillForm(template, { hoTen: 'Đã xác minh tại địa phương' }, { fonts });
    expect(normalizeText(pdfText(pdf))).toContain('Đã xác minh tại địa phương');
  });
});

describe('fillForm: template quirks', () => {
  // What real templates do: /NeedAppearances true, one field shown on two pages, a pre-filled
  // Vietnamese value with no appearance stream, a /DA asking for auto size (0 Tf).
  async function quirkyTemplate(): Promise<Uint8Array> {
    const doc = await PDFDocument.load(template);
    const page2 = doc.addPage([595.28, 841.89]);
    const form = doc.getForm();
    const hoTen = form.getTextField('hoTen');
    hoTen.addToPage(page2, { x: 170, y: 750, width: 380, height: 22 });
    hoTen.acroField.getWidgets()[1]!.setDefaultAppearance('/Helv 14 Tf 0 g'); // a widget-level /DA
    const ghiChu = form.createTextField('ghiChu');
    ghiChu.addToPage(page2, { x: 170, y: 700, width: 380, height: 22 });
    form.updateFieldAppearances(); // Helvetica, while every field is empty
    ghiChu.setText('Đã xác minh tại địa phương'); // saved without an appearance:
    for (const w of ghiChu.acroField.getWidgets()) w.dict.delete(PDFName.of('AP'));
    form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
    return doc.save({ updateFieldAppearances: false });
  }

  it.each([false, true])('fills and (flatten=%s) keeps the file sound', async (flatten) => {
    const t = await quirkyTemplate();
    expect(await PDFDocument.load(t).then((d) => d.getForm().acroForm.dict.toString())).toContain('/NeedAppearances true');
    const { pdf, filled } = await fillForm(t, { hoTen: 'Nguyễn Thị Hồng Nhung' }, { fonts, flatten });
    expect(filled).toEqual(['hoTen']);
    const r = qpdfCheck(pdf);
    expect(r.ok, r.output).toBe(true);
    expect(containsText(pdfText(pdf, { first: 1, last: 1 }), 'Nguyễn Thị Hồng Nhung')).toBe(true);
    const page2 = pdfText(pdf, { first: 2, last: 2 });
    expect(containsText(page2, 'Nguyễn Thị Hồng Nhung'), page2).toBe(true);
    expect(containsText(page2, 'Đã xác minh tại địa phương'), page2).toBe(true);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getForm().acroForm.dict.toString()).not.toContain('NeedAppearances');
    if (flatten) {
      expect(doc.getForm().getFields()).toHaveLength(0);
      for (const page of doc.getPages()) expect(page.node.Annots()).toBeUndefined();
    }
    const names = pdfFonts(pdf).map((f) => f.name);
    expect(names).toContain('TDRGLR+Tinos-Regular');
  });

  it('applies fontSize to a widget with its own /DA too', async () => {
    const { pdf } = await fillForm(await quirkyTemplate(), { hoTen: 'Nguyễn Thị Hồng Nhung' }, { fonts, fontSize: 9 });
    const field = (await PDFDocument.load(pdf)).getForm().getTextField('hoTen');
    const das = field.acroField.getWidgets().map((w) => w.getDefaultAppearance() ?? field.acroField.getDefaultAppearance());
    expect(das).toHaveLength(2);
    for (const da of das) expect(da).toMatch(/\/Tinos-Regular 9 Tf/);
  });
});

describe('fillForm: errors', () => {
  it('rejects a dropdown value that is not an option, listing the options in both languages', async () => {
    const p = fillForm(template, { hinhThuc: 'Huân chương Lao động' }, { fonts });
    await expect(p).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(p).rejects.toBeInstanceOf(FillFormError);
    const err = (await p.catch((e: unknown) => e)) as InvalidOptionError;
    expect(err.code).toBe('THIDUA_FILL_INVALID_OPTION');
    expect(err.field).toBe('hinhThuc');
    expect(err.options).toEqual(HINH_THUC);
    for (const o of HINH_THUC) expect(err.message).toContain(`"${o}"`);
    expect(err.message).toContain('Hãy chọn một trong');
    expect(err.message).toContain('Use one of');
  });

  it('rejects a radio value that is not an option', async () => {
    await expect(fillForm(template, { doiTuong: 'Hộ gia đình' }, { fonts })).rejects.toThrow(/"Cá nhân", "Tập thể"/);
  });

  it('rejects a value longer than maxLength, naming the field', async () => {
    const p = fillForm(template, { cccd: '0681900012345' }, { fonts });
    await expect(p).rejects.toBeInstanceOf(ValueTooLongError);
    await expect(p).rejects.toThrow(/"cccd".*13.*12/);
  });

  it('counts characters after NFC for maxLength', async () => {
    const nfd = 'Nguyễn Thị'.normalize('NFD'); // 10 characters NFC, 13 code points NFD; the limit is 12
    expect(nfd.length).toBeGreaterThan(12);
    const { pdf } = await fillForm(template, { cccd: nfd }, { fonts });
    expect((await PDFDocument.load(pdf)).getForm().getTextField('cccd').getText()).toBe('Nguyễn Thị');
  });

  it('rejects input that is not a PDF', async () => {
    const p = fillForm(new TextEncoder().encode('{"hoTen": "Nguyễn"}'), VALUES, { fonts });
    await expect(p).rejects.toBeInstanceOf(NotAPdfError);
    await expect(p).rejects.toThrow(/not a PDF/);
  });

  it.each([
    ['AES-256, no open password', ['--encrypt', '', 'owner', '256', '--']],
    ['AES-128 with an open password, linearized', ['--linearize', '--encrypt', 'user', 'owner', '128', '--use-aes=y', '--']],
    ['RC4-40, no object streams', ['--allow-weak-crypto', '--object-streams=disable', '--encrypt', '', 'owner', '40', '--']],
  ])('rejects an encrypted PDF (%s) and says how to decrypt it', async (_, args) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-fill-enc-'));
    try {
      fs.writeFileSync(path.join(dir, 'in.pdf'), template);
      const r = spawnSync('qpdf', [...args, path.join(dir, 'in.pdf'), path.join(dir, 'enc.pdf')], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const p = fillForm(fs.readFileSync(path.join(dir, 'enc.pdf')), VALUES, { fonts });
      await expect(p).rejects.toBeInstanceOf(EncryptedPdfError);
      await expect(p).rejects.toThrow(/qpdf --decrypt/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a PDF without fields', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await expect(fillForm(await doc.save(), VALUES, { fonts })).rejects.toBeInstanceOf(NoFormFieldsError);
  });

  it('rejects wrong value types and unknown check-box words', async () => {
    await expect(fillForm(template, { hoTen: true }, { fonts })).rejects.toBeInstanceOf(FieldValueTypeError);
    await expect(fillForm(template, { hoTen: 42 as unknown as string }, { fonts })).rejects.toThrow(/"12"/);
    await expect(fillForm(template, { dongY: 'maybe' }, { fonts })).rejects.toBeInstanceOf(InvalidCheckBoxValueError);
  });

  it('rejects characters the font cannot print', async () => {
    await expect(fillForm(template, { hoTen: 'Nhung 🌸' }, { fonts })).rejects.toBeInstanceOf(UnsupportedCharacterError);
  });

  it('guards argument types', async () => {
    await expect(fillForm('template.pdf' as unknown as Uint8Array, VALUES, { fonts })).rejects.toThrow(TypeError);
    await expect(fillForm(template, VALUES, {} as never)).rejects.toThrow(/options.fonts/);
  });
});

describe('control: the subsetting bug', () => {
  it('without padGlyphs the text extracts but OCR cannot read it (what the OCR check guards against)', async () => {
    const doc = await PDFDocument.load(template);
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(fonts.regular, { subset: true });
    const form = doc.getForm();
    for (const k of ['hoTen', 'donVi', 'tieuNgu'] as const) form.getTextField(k).setText(VALUES[k] as string);
    form.updateFieldAppearances(font);
    const pdf = await doc.save({ updateFieldAppearances: false });
    expect(containsText(pdfText(pdf), 'Nguyễn Thị Hồng Nhung')).toBe(true);
    const read = normalizeText(ocrAt150(pdf, 'unpadded'));
    expect(['Nguyễn', 'Hồng', 'Đam Rông', 'Hạnh phúc'].filter((w) => read.includes(w))).not.toHaveLength(4);
  });
});
