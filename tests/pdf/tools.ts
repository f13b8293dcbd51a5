// Shared PDF checks for tests: thin, typed wrappers around Debian's command-line tools
// (poppler-utils: pdftotext, pdffonts, pdfinfo, pdftoppm; qpdf; tesseract-ocr + tesseract-ocr-vie).
//
// Every function takes the PDF as bytes (Uint8Array/Buffer) or as a file path. Bytes are written
// to a private temp dir under os.tmpdir() that is removed before the function returns. Functions
// that hand back files (renderPng) keep them in a temp dir removed at process exit (or call
// cleanupTempFiles()); pass `outDir` to keep them somewhere you choose, e.g. to look at the pages.
//
// Coordinates: points (1/72 in), origin at the TOP-LEFT corner of the page, y growing downwards,
// exactly as poppler's `pdftotext -bbox` reports them (PDF user space has its origin bottom-left:
// yTop = pageHeight - yPdf). A word box spans the font's ascent to descent (from the font
// descriptor / standard metrics), not the ink of the glyphs, and the page box is the crop box.
//
// Text is returned NFC-normalised. A missing tool throws an Error naming the Debian package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** A PDF as bytes, or the path of a PDF file. */
export type PdfInput = Uint8Array | string;

// ---------------------------------------------------------------------------------------------
// Units and page format
// ---------------------------------------------------------------------------------------------

export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** A4 portrait in points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** True if a page is A4 portrait, within `tolerance` points (default 1). */
export function isA4Portrait(size: { width: number; height: number }, tolerance = 1): boolean {
  return Math.abs(size.width - A4.width) <= tolerance && Math.abs(size.height - A4.height) <= tolerance;
}

/** True if a page is A4 either way round, within `tolerance` points (default 1). */
export function isA4(size: { width: number; height: number }, tolerance = 1): boolean {
  return isA4Portrait(size, tolerance) || isA4Portrait({ width: size.height, height: size.width }, tolerance);
}

export interface MarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Decree 30/2020/NĐ-CP, Phụ lục I: allowed margin ranges in mm, [min, max]. */
export const ND30_MARGINS_MM = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const satisfies Record<keyof MarginsMm, readonly [number, number]>;

/** The smallest margins Decree 30 allows: all text (page numbers aside) must stay inside these. */
export const ND30_MIN_MARGINS_MM: MarginsMm = { top: 20, bottom: 20, left: 30, right: 15 };

// ---------------------------------------------------------------------------------------------
// Running tools
// ---------------------------------------------------------------------------------------------

const TOOL_PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  qpdf: 'qpdf',
  tesseract: 'tesseract-ocr tesseract-ocr-vie',
};

interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tool args…` without a shell. Throws if the tool is not installed, if it was killed, or if
 * its exit code is not in `okCodes` (default [0]).
 */
function run(tool: string, args: string[], okCodes: readonly number[] = [0], env?: NodeJS.ProcessEnv): RunResult {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, windowsHide: true, ...(env ? { env } : {}) });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const pkg = TOOL_PACKAGES[tool] ?? tool;
      throw new Error(`${tool} not found on PATH: install ${pkg} (apt-get install ${pkg})`);
    }
    throw new Error(`${tool} could not run: ${r.error.message}`);
  }
  if (r.status === null) throw new Error(`${tool} ${args.join(' ')} was killed by ${r.signal}`);
  const res = { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (!okCodes.includes(res.status)) {
    throw new Error(`${tool} ${args.join(' ')} exited with ${res.status}: ${(res.stderr || res.stdout).trim()}`);
  }
  return res;
}

function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdf-'));
}

function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Calls fn with the path of a file holding the PDF (a temp copy for bytes, removed afterwards). */
function withPdfFile<T>(pdf: PdfInput, fn: (file: string) => T): T {
  if (typeof pdf === 'string') {
    if (!fs.existsSync(pdf)) throw new Error(`PDF file not found: ${pdf}`);
    return fn(pdf);
  }
  if (!(pdf instanceof Uint8Array)) throw new TypeError('PDF must be a Uint8Array or a file path');
  const dir = makeTempDir();
  try {
    const file = path.join(dir, 'input.pdf');
    fs.writeFileSync(file, pdf);
    return fn(file);
  } finally {
    removeDir(dir);
  }
}

/** Temp dirs holding files handed back to the caller; removed at exit or by cleanupTempFiles(). */
const keptDirs = new Set<string>();
let exitHookInstalled = false;

function keptTempDir(): string {
  if (!exitHookInstalled) {
    process.once('exit', cleanupTempFiles);
    exitHookInstalled = true;
  }
  const dir = makeTempDir();
  keptDirs.add(dir);
  return dir;
}

/** Removes every file renderPng/ocr helpers left in temp dirs so far. Runs by itself at process exit. */
export function cleanupTempFiles(): void {
  for (const dir of keptDirs) removeDir(dir);
  keptDirs.clear();
}

function pageRangeArgs(first?: number, last?: number): string[] {
  const args: string[] = [];
  for (const [flag, v] of [['-f', first], ['-l', last]] as const) {
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${flag} page must be an integer ≥ 1, got ${v}`);
    args.push(flag, String(v));
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// qpdf --check
// ---------------------------------------------------------------------------------------------

export interface QpdfCheckResult {
  /** True only for exit code 0: warnings (exit 3) and errors (exit 2) both count as not ok. */
  ok: boolean;
  /** qpdf's exit code: 0 clean, 2 errors, 3 warnings. */
  status: number;
  /** stdout followed by stderr (the warnings). */
  output: string;
}

/** `qpdf --check`: structure, xref, streams. */
export function qpdfCheck(pdf: PdfInput): QpdfCheckResult {
  return withPdfFile(pdf, (file) => {
    const r = run('qpdf', ['--check', file], [0, 2, 3]);
    return { ok: r.status === 0, status: r.status, output: (r.stdout + r.stderr).trim() };
  });
}

// ---------------------------------------------------------------------------------------------
// pdffonts
// ---------------------------------------------------------------------------------------------

export interface PdfFont {
  /** Base font name, e.g. "ABCDEF+Tinos-Regular" ("[none]" when the font has no name). */
  name: string;
  /** e.g. "Type 1", "TrueType", "CID TrueType", "Type 3". */
  type: string;
  /** e.g. "WinAnsi", "Identity-H", "Custom", "Builtin". */
  encoding: string;
  embedded: boolean;
  /** pdffonts' "sub": true when the name carries a 6-capital-letter "ABCDEF+" subset tag. */
  subset: boolean;
  /** Has a ToUnicode map (or a standard encoding) so text can be extracted. */
  unicode: boolean;
  /** "num gen" of the font object. */
  objectId: string;
}

/** Parses `pdffonts` output (exported for tests). */
export function parsePdfFonts(output: string): PdfFont[] {
  const lines = output.split(/\r?\n/);
  const dashIdx = lines.findIndex((l) => /^-+( +-+)+\s*$/.test(l));
  if (dashIdx < 0) throw new Error(`unexpected pdffonts output (no header):\n${output}`);
  const widths = lines[dashIdx]!.trim().split(/ +/).map((d) => d.length);
  const [wName = 36, wType = 17] = widths;
  const fonts: PdfFont[] = [];
  for (const line of lines.slice(dashIdx + 1)) {
    if (!line.trim()) continue;
    // Right-anchored: the flags and the object id are always the last five fields.
    const m = /^(.*?)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (!m) throw new Error(`unexpected pdffonts row: ${JSON.stringify(line)}`);
    const left = m[1]!;
    // Columns are printed with "%-Ns ", so a longer name pushes the later columns right.
    let nameEnd = wName;
    if (left.length > wName && left[wName] !== ' ') {
      const sp = left.indexOf(' ', wName);
      nameEnd = sp < 0 ? left.length : sp;
    }
    const typeStart = nameEnd + 1;
    const typeEnd = typeStart + wType;
    fonts.push({
      name: left.slice(0, nameEnd).trim(),
      type: left.slice(typeStart, typeEnd).trim(),
      encoding: left.slice(typeEnd + 1).trim(),
      embedded: m[2] === 'yes',
      subset: m[3] === 'yes',
      unicode: m[4] === 'yes',
      objectId: `${m[5]} ${m[6]}`,
    });
  }
  return fonts;
}

/** `pdffonts`: the fonts used on the pages (all pages unless first/last are given). */
export function pdfFonts(pdf: PdfInput, opts: { first?: number; last?: number } = {}): PdfFont[] {
  return withPdfFile(pdf, (file) => parsePdfFonts(run('pdffonts', [...pageRangeArgs(opts.first, opts.last), file]).stdout));
}

// ---------------------------------------------------------------------------------------------
// pdfinfo
// ---------------------------------------------------------------------------------------------

export interface PageSize {
  /** Points, as pdfinfo prints them: the crop box, before any /Rotate is applied. */
  width: number;
  height: number;
  /** The page's /Rotate (0, 90, 180, 270). */
  rotation: number;
}

export interface PdfInfo {
  pages: number;
  /** Size of page 1. */
  pageSize: PageSize;
  /** Size of every page; pageSizes[i] is page i + 1. */
  pageSizes: PageSize[];
  /** The other "Key: value" lines (Title, Producer, PDF version, Encrypted, …), UTF-8. */
  fields: Record<string, string>;
}

/** `pdfinfo -f 1 -l <all>`: page count and every page's size. */
export function pdfInfo(pdf: PdfInput): PdfInfo {
  return withPdfFile(pdf, (file) => {
    // pdfinfo clamps -l to the last page, so one call lists every page.
    const out = run('pdfinfo', ['-enc', 'UTF-8', '-f', '1', '-l', '1000000', file]).stdout;
    const fields: Record<string, string> = {};
    const sizes = new Map<number, PageSize>();
    for (const line of out.split(/\r?\n/)) {
      let m = /^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts/.exec(line);
      if (m) {
        const n = Number(m[1]);
        sizes.set(n, { width: Number(m[2]), height: Number(m[3]), rotation: sizes.get(n)?.rotation ?? 0 });
        continue;
      }
      m = /^Page\s+(\d+)\s+rot:\s+(-?\d+)/.exec(line);
      if (m) {
        const n = Number(m[1]);
        const s = sizes.get(n) ?? { width: NaN, height: NaN, rotation: 0 };
        sizes.set(n, { ...s, rotation: Number(m[2]) });
        continue;
      }
      const kv = /^([^:]+):\s*(.*)$/.exec(line);
      if (kv) fields[kv[1]!.trim()] = kv[2]!.trim();
    }
    const pages = Number(fields['Pages']);
    if (!Number.isInteger(pages) || pages < 1) throw new Error(`pdfinfo reported no pages:\n${out}`);
    const pageSizes: PageSize[] = [];
    for (let i = 1; i <= pages; i++) {
      const s = sizes.get(i);
      if (!s || Number.isNaN(s.width)) throw new Error(`pdfinfo gave no size for page ${i}:\n${out}`);
      pageSizes.push(s);
    }
    return { pages, pageSize: pageSizes[0]!, pageSizes, fields };
  });
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

export interface PdfTextOptions {
  /** pdftotext -layout: keep the physical layout (columns, runs of spaces). Default: reading order. */
  layout?: boolean;
  /** pdftotext -raw: text in content-stream order (for documents drawn in reading order). */
  raw?: boolean;
  first?: number;
  last?: number;
}

/**
 * `pdftotext -enc UTF-8`: the text, NFC. Pages are separated by form feeds ("\f"), and the text
 * ends with one. Compare with containsText()/normalizeText() rather than exact layout.
 */
export function pdfText(pdf: PdfInput, opts: PdfTextOptions = {}): string {
  return withPdfFile(pdf, (file) => {
    const args = ['-enc', 'UTF-8', ...(opts.layout ? ['-layout'] : []), ...(opts.raw ? ['-raw'] : []), ...pageRangeArgs(opts.first, opts.last), file, '-'];
    return run('pdftotext', args).stdout.normalize('NFC');
  });
}

/** NFC, every run of whitespace (incl. NBSP, line and page breaks) → one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * True if the normalised needle occurs in the normalised haystack. Exact words: no tolerance for
 * hyphenation at line ends (our engine never hyphenates), case-sensitive. An empty needle throws
 * (it would pass vacuously).
 */
export function containsText(haystack: string, needle: string): boolean {
  const n = normalizeText(needle);
  if (!n) throw new Error('containsText: empty needle');
  return normalizeText(haystack).includes(n);
}

// ---------------------------------------------------------------------------------------------
// Word boxes (pdftotext -bbox)
// ---------------------------------------------------------------------------------------------

export interface PdfWord {
  /** NFC. */
  text: string;
  /** Points, origin top-left, y down (see the header of this file). */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPageWords {
  /** 1-based page number. */
  page: number;
  pageWidth: number;
  pageHeight: number;
  /** In pdftotext's reading order. */
  words: PdfWord[];
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

/** Parses `pdftotext -bbox` (or -bbox-layout) XHTML (exported for tests). `firstPage` numbers the first <page>. */
export function parseBboxXhtml(xhtml: string, firstPage = 1): PdfPageWords[] {
  const pages: PdfPageWords[] = [];
  const pageRe = /<page\b([^>]*?)(?:\/>|>([\s\S]*?)<\/page>)/g;
  for (const pm of xhtml.matchAll(pageRe)) {
    const pa = attrs(pm[1]!);
    const words: PdfWord[] = [];
    for (const wm of (pm[2] ?? '').matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/g)) {
      const a = attrs(wm[1]!);
      words.push({
        text: decodeXml(wm[2]!).normalize('NFC'),
        xMin: Number(a['xMin']),
        yMin: Number(a['yMin']),
        xMax: Number(a['xMax']),
        yMax: Number(a['yMax']),
      });
    }
    pages.push({ page: firstPage + pages.length, pageWidth: Number(pa['width']), pageHeight: Number(pa['height']), words });
  }
  return pages;
}

/** Every word with its box, page by page (`pdftotext -bbox`). */
export function pdfWords(pdf: PdfInput, opts: { first?: number; last?: number } = {}): PdfPageWords[] {
  return withPdfFile(pdf, (file) => {
    const out = run('pdftotext', ['-bbox', '-enc', 'UTF-8', ...pageRangeArgs(opts.first, opts.last), file, '-']).stdout;
    return parseBboxXhtml(out, opts.first ?? 1);
  });
}

/** A word together with the page it is on, as given to marginViolations' `ignore`. */
export interface PlacedWord extends PdfWord {
  page: number;
  pageWidth: number;
  pageHeight: number;
}

export interface MarginCheckOptions {
  /** Words to leave out of the check, e.g. page numbers: see pageNumberInTopMargin(). */
  ignore?: (w: PlacedWord) => boolean;
  /** Points a word box may cross a margin line by (default 0.5). */
  tolerance?: number;
}

const f1 = (n: number) => n.toFixed(1);

/**
 * Words whose box leaves the text area defined by the margins (mm), one message per word, e.g.
 * `p2 "Outside" x 14.2–60.1 y 100.0–112.0 pt: left by 70.9 pt (margin 30 mm = 85.0 pt)`.
 * Empty means all text is inside. For Decree 30 pass ND30_MIN_MARGINS_MM and ignore page numbers.
 */
export function marginViolations(pages: PdfPageWords[], margins: MarginsMm, opts: MarginCheckOptions = {}): string[] {
  const tol = opts.tolerance ?? 0.5;
  const out: string[] = [];
  for (const p of pages) {
    const area = {
      left: mmToPt(margins.left),
      right: p.pageWidth - mmToPt(margins.right),
      top: mmToPt(margins.top),
      bottom: p.pageHeight - mmToPt(margins.bottom),
    };
    for (const w of p.words) {
      if (opts.ignore?.({ ...w, page: p.page, pageWidth: p.pageWidth, pageHeight: p.pageHeight })) continue;
      const sides: string[] = [];
      const over = (side: keyof MarginsMm, by: number) => {
        if (by > tol) sides.push(`${side} by ${f1(by)} pt (margin ${margins[side]} mm = ${f1(mmToPt(margins[side]))} pt)`);
      };
      over('left', area.left - w.xMin);
      over('right', w.xMax - area.right);
      over('top', area.top - w.yMin);
      over('bottom', w.yMax - area.bottom);
      if (sides.length) {
        out.push(`p${p.page} ${JSON.stringify(w.text)} x ${f1(w.xMin)}–${f1(w.xMax)} y ${f1(w.yMin)}–${f1(w.yMax)} pt: ${sides.join(', ')}`);
      }
    }
  }
  return out;
}

/**
 * An `ignore` predicate for marginViolations: a word of 1–4 digits lying wholly in the top margin
 * (Decree 30 puts page numbers there, centred).
 */
export function pageNumberInTopMargin(topMm: number = ND30_MIN_MARGINS_MM.top): (w: PlacedWord) => boolean {
  return (w) => /^\d{1,4}$/.test(w.text) && w.yMax <= mmToPt(topMm) + 0.5;
}

// ---------------------------------------------------------------------------------------------
// Rendering, pixels, OCR
// ---------------------------------------------------------------------------------------------

/** An 8-bit grey image, row-major, 0 = black, 255 = white. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Resolution it was rendered at, when known (needed for regions in points). */
  dpi?: number;
}

let renderCount = 0;

/** Renders page(s) with `pdftoppm -png -r dpi` (default 80); returns the PNG paths in page order. */
export function renderPng(pdf: PdfInput, opts: { page?: number; dpi?: number; outDir?: string } = {}): string[] {
  const dpi = opts.dpi ?? 80;
  const dir = opts.outDir ?? keptTempDir();
  fs.mkdirSync(dir, { recursive: true });
  const prefix = `page-${process.pid}-${Date.now().toString(36)}-${++renderCount}`;
  return withPdfFile(pdf, (file) => {
    run('pdftoppm', ['-png', '-r', String(dpi), ...pageRangeArgs(opts.page, opts.page), file, path.join(dir, prefix)]);
    // pdftoppm names pages prefix-1.png or prefix-01.png… depending on the page count.
    const re = new RegExp(`^${prefix}-(\\d+)\\.png$`);
    const found = fs
      .readdirSync(dir)
      .map((f) => [f, re.exec(f)] as const)
      .filter((x): x is readonly [string, RegExpExecArray] => x[1] !== null)
      .sort((a, b) => Number(a[1][1]) - Number(b[1][1]))
      .map(([f]) => path.join(dir, f));
    if (!found.length) throw new Error('pdftoppm produced no PNG');
    return found;
  });
}

/** Renders one page (default 1) as grey pixels: `pdftoppm -gray -r dpi` (default 40) → PGM, parsed here. */
export function renderGray(pdf: PdfInput, page = 1, dpi = 40): GrayImage {
  return withPdfFile(pdf, (file) => {
    const dir = makeTempDir();
    try {
      const prefix = path.join(dir, 'page');
      run('pdftoppm', ['-gray', '-r', String(dpi), ...pageRangeArgs(page, page), '-singlefile', file, prefix]);
      const img = readPgm(fs.readFileSync(`${prefix}.pgm`));
      return { ...img, dpi };
    } finally {
      removeDir(dir);
    }
  });
}

/** Parses a binary PGM (P5, maxval ≤ 65535; 16-bit samples are scaled to 8 bits). */
export function readPgm(bytes: Uint8Array): GrayImage {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
      if (bytes[pos] === 0x23 /* # */) {
        while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
        continue;
      }
      break;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    return String.fromCharCode(...bytes.subarray(start, pos));
  };
  if (token() !== 'P5') throw new Error('not a binary PGM (P5)');
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  pos++; // the single whitespace after maxval
  if (!(width > 0 && height > 0 && maxval > 0 && maxval < 65536)) throw new Error('bad PGM header');
  const n = width * height;
  const data = new Uint8Array(n);
  if (maxval < 256) {
    if (bytes.length < pos + n) throw new Error('truncated PGM');
    for (let i = 0; i < n; i++) data[i] = Math.round((bytes[pos + i]! * 255) / maxval);
  } else {
    if (bytes.length < pos + 2 * n) throw new Error('truncated PGM');
    for (let i = 0; i < n; i++) data[i] = Math.round((((bytes[pos + 2 * i]! << 8) | bytes[pos + 2 * i + 1]!) * 255) / maxval);
  }
  return { width, height, data };
}

/**
 * Decodes a PNG (non-interlaced; grey, grey+alpha, RGB, RGBA, palette; 1–16 bits) to grey with
 * node:zlib only. Alpha is composited on white. dpi comes from the pHYs chunk when present.
 */
export function readPng(input: Uint8Array | string): GrayImage {
  const b = typeof input === 'string' ? fs.readFileSync(input) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 8 || SIG.some((v, i) => b[i] !== v)) throw new Error('not a PNG');
  let width = 0, height = 0, depth = 0, colorType = 0, interlace = 0;
  let dpi: number | undefined;
  let palette: Uint8Array | undefined;
  let trns: Uint8Array | undefined;
  const idat: Buffer[] = [];
  for (let p = 8; p + 8 <= b.length; ) {
    const len = b.readUInt32BE(p);
    const type = b.toString('latin1', p + 4, p + 8);
    const d = b.subarray(p + 8, p + 8 + len);
    if (type === 'IHDR') {
      width = d.readUInt32BE(0);
      height = d.readUInt32BE(4);
      depth = d[8]!;
      colorType = d[9]!;
      interlace = d[12]!;
    } else if (type === 'PLTE') palette = d;
    else if (type === 'tRNS') trns = d;
    else if (type === 'pHYs' && d[8] === 1) dpi = Math.round((d.readUInt32BE(0) * 0.0254) * 100) / 100;
    else if (type === 'IDAT') idat.push(d);
    else if (type === 'IEND') break;
    p += 12 + len;
  }
  if (interlace) throw new Error('interlaced PNG not supported');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels || !width || !height) throw new Error(`unsupported PNG (colour type ${colorType})`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const rows = new Uint8Array(stride * height);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const ft = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = rows.subarray(y * stride, (y + 1) * stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? cur[x - bpp]! : 0;
      const up = prev[x]!;
      const c = x >= bpp ? prev[x - bpp]! : 0;
      let v = src[x]!;
      if (ft === 1) v += a;
      else if (ft === 2) v += up;
      else if (ft === 3) v += (a + up) >> 1;
      else if (ft === 4) {
        const pa = Math.abs(up - c), pb = Math.abs(a - c), pc = Math.abs(a + up - 2 * c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      } else if (ft !== 0) throw new Error(`bad PNG filter ${ft}`);
      cur[x] = v & 0xff;
    }
    prev = cur;
  }
  const maxv = (1 << depth) - 1;
  const sample = (row: Uint8Array, i: number): number => {
    // i-th sample of the row, scaled to 0..255
    if (depth === 8) return row[i]!;
    if (depth === 16) return row[2 * i]!; // high byte
    const bit = i * depth;
    const v = (row[bit >> 3]! >> (8 - depth - (bit & 7))) & maxv;
    return colorType === 3 ? v : Math.round((v * 255) / maxv);
  };
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * stride, (y + 1) * stride);
    for (let x = 0; x < width; x++) {
      const i = x * channels;
      let g: number, alpha = 255;
      if (colorType === 3) {
        const idx = depth === 8 ? row[x]! : sample(row, x);
        if (!palette) throw new Error('palette PNG without PLTE');
        g = 0.299 * palette[3 * idx]! + 0.587 * palette[3 * idx + 1]! + 0.114 * palette[3 * idx + 2]!;
        if (trns && idx < trns.length) alpha = trns[idx]!;
      } else if (colorType === 0 || colorType === 4) {
        g = sample(row, i);
        if (colorType === 4) alpha = sample(row, i + 1);
      } else {
        g = 0.299 * sample(row, i) + 0.587 * sample(row, i + 1) + 0.114 * sample(row, i + 2);
        if (colorType === 6) alpha = sample(row, i + 3);
      }
      data[y * width + x] = Math.round((g * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return dpi === undefined ? { width, height, data } : { width, height, data, dpi };
}

/** A rectangle in points, origin top-left (a PdfWord fits). */
export interface RegionPt {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * Share (0..1) of dark pixels (< threshold, default 128) in an image: a PNG/PGM path or a
 * GrayImage. With `region` (points, top-left origin, e.g. a word box or a margin band) only that
 * part is counted; the image must know its dpi (renderGray and pdftoppm PNGs do) or pass `dpi`.
 */
export function inkRatio(image: string | GrayImage, opts: { region?: RegionPt; threshold?: number; dpi?: number } = {}): number {
  const img = typeof image === 'string' ? (image.toLowerCase().endsWith('.pgm') ? readPgm(fs.readFileSync(image)) : readPng(image)) : image;
  const threshold = opts.threshold ?? 128;
  let x0 = 0, y0 = 0, x1 = img.width, y1 = img.height;
  if (opts.region) {
    const dpi = opts.dpi ?? img.dpi;
    if (!dpi) throw new Error('inkRatio: a region in points needs the image dpi');
    const s = dpi / 72;
    const r = opts.region;
    x0 = Math.max(0, Math.floor(r.xMin * s));
    y0 = Math.max(0, Math.floor(r.yMin * s));
    x1 = Math.min(img.width, Math.ceil(r.xMax * s));
    y1 = Math.min(img.height, Math.ceil(r.yMax * s));
    if (x1 <= x0 || y1 <= y0) throw new Error(`inkRatio: region ${JSON.stringify(r)} is empty or off the page`);
  }
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    const row = y * img.width;
    for (let x = x0; x < x1; x++) if (img.data[row + x]! < threshold) dark++;
  }
  return dark / ((x1 - x0) * (y1 - y0));
}

/** `tesseract <png> stdout -l <lang>` (default 'vie'): the recognised text, NFC. */
export function ocr(pngPath: string, opts: { lang?: string; psm?: number } = {}): string {
  const lang = opts.lang ?? 'vie';
  if (!fs.existsSync(pngPath)) throw new Error(`image not found: ${pngPath}`);
  const args = [pngPath, 'stdout', '-l', lang, ...(opts.psm !== undefined ? ['--psm', String(opts.psm)] : [])];
  // One OpenMP thread: on 2 cores tesseract is 1.4–4× faster so (and vitest runs files in parallel).
  const r = run('tesseract', args, [0, 1], { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' });
  if (r.status !== 0) {
    const hint = /Failed loading language|Error opening data file/.test(r.stderr)
      ? ` (language '${lang}' missing: apt-get install tesseract-ocr-${lang})`
      : '';
    throw new Error(`tesseract failed${hint}: ${r.stderr.trim()}`);
  }
  return r.stdout.normalize('NFC');
}

/** Renders one page at `dpi` (default 300, what tesseract likes) and OCRs it. */
export function ocrPage(pdf: PdfInput, page = 1, opts: { dpi?: number; lang?: string; psm?: number } = {}): string {
  const dir = makeTempDir();
  try {
    const [png] = renderPng(pdf, { page, dpi: opts.dpi ?? 300, outDir: dir });
    return ocr(png!, { lang: opts.lang, psm: opts.psm });
  } finally {
    removeDir(dir);
  }
}
