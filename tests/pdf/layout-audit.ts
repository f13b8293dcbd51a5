// Reads a PDF's pages back as a văn thư would and lists what would send a dossier back to
// its drafter: pages with only a signature, confirmation or "Nơi nhận"; headings at a page
// foot; words broken inside a table cell; lines of closing punctuation alone; a title line
// printed twice; paired names out of line. Everything from the words' boxes on the page.
import type { PdfPageWords, PdfWord } from './tools.js';

/** Words of one baseline that sit together (a gap wider than this starts another segment). */
const SEGMENT_GAP = 18;

export interface Segment {
  page: number;
  text: string;
  words: PdfWord[];
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface LayoutFindings {
  signatureOnlyPages: string[];
  headingAtFoot: string[];
  brokenWords: string[];
  punctuationLines: string[];
  repeatedTitles: string[];
  misalignedNames: string[];
  titleBreaks: string[];
}

/** Lines of a page cut into segments (columns of a signature area, cells of a table row). */
export function segments(p: PdfPageWords): Segment[] {
  const sorted = [...p.words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const lines: PdfWord[][] = [];
  for (const w of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.yMax - w.yMax) < 2) line.push(w);
    else lines.push([w]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.xMin - b.xMin);
    let cur: PdfWord[] = [];
    const flush = () => {
      if (!cur.length) return;
      out.push({
        page: p.page,
        text: cur.map((w) => w.text).join(' '),
        words: cur,
        xMin: cur[0]!.xMin,
        xMax: cur[cur.length - 1]!.xMax,
        yMin: Math.min(...cur.map((w) => w.yMin)),
        yMax: Math.max(...cur.map((w) => w.yMax)),
      });
      cur = [];
    };
    for (const w of line) {
      if (cur.length && w.xMin - cur[cur.length - 1]!.xMax > SEGMENT_GAP) flush();
      cur.push(w);
    }
    flush();
  }
  return out;
}

const isPageNumber = (s: Segment, p: PdfPageWords) => /^\d{1,4}$/.test(s.text) && s.yMax < 60 && Math.abs((s.xMin + s.xMax) / 2 - p.pageWidth / 2) < 4;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
const allCaps = (s: string) => letters(s).length >= 3 && letters(s) === letters(s).toLocaleUpperCase('vi');

/** A heading as the engine prints them: "I. …", "1. …", "a) …" short, or a title in capitals. */
export function isHeading(s: Segment, textWidth: number): boolean {
  const t = s.text;
  if (/^[IVX]{1,4}\.\s/u.test(t) && allCaps(t.replace(/^[IVX]+\./u, ''))) return true;
  // A short numbered line ending without a full stop (a numbered paragraph runs on).
  if (/^(\d{1,2}|[a-zđ])[.)]\s/u.test(t) && s.xMax - s.xMin < textWidth * 0.7 && !/[.;,]$/u.test(t) && t.split(' ').length <= 10) return true;
  return allCaps(t) && t.split(' ').length >= 2 && !/^\d/.test(t);
}

const SIGNATURE_ONLY = /^(Nơi nhận:|XÁC NHẬN|\(Ký|- Lưu|- Như trên|TM\.|KT\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|THƯ KÝ|CHỦ TỌA|CHỦ HỘ|NGƯỜI BÁO CÁO|TRƯỞNG)/u;

/**
 * Every finding over a document's pages. `names` are the signers' full names (paired names
 * are compared by baseline); `vocabulary` the words the document was made from (a word
 * found cut across two lines of a cell is one of them).
 */
export function auditLayout(pages: PdfPageWords[], opts: { names: string[]; vocabulary: Set<string>; places?: string[]; label: string }): LayoutFindings {
  const f: LayoutFindings = { signatureOnlyPages: [], headingAtFoot: [], brokenWords: [], punctuationLines: [], repeatedTitles: [], misalignedNames: [], titleBreaks: [] };
  const at = (s: Segment) => `${opts.label} p.${s.page}: "${s.text}"`;
  for (const p of pages) {
    const segs = segments(p).filter((s) => !isPageNumber(s, p));
    if (!segs.length) continue;
    const textWidth = p.pageWidth - 85 - 42.5;
    // A page without one line of running text (or a table row across the page) that opens with a signature area.
    const wide = segs.some((s) => s.xMax - s.xMin > textWidth * 0.65);
    if (!wide && SIGNATURE_ONLY.test(segs[0]!.text)) f.signatureOnlyPages.push(at(segs[0]!));
    const last = segs[segs.length - 1]!;
    const lastLine = segs.filter((s) => Math.abs(s.yMax - last.yMax) < 2);
    if (p.page < pages.length && lastLine.length === 1 && isHeading(last, textWidth)) f.headingAtFoot.push(at(last));
    segs.forEach((s, i) => {
      // The segment straight under this one, in the same column.
      const below = segs.slice(i + 1).find((b) => b.yMin > s.yMax - 1 && b.yMin - s.yMax < 12 && b.xMin < s.xMax && b.xMax > s.xMin);
      // Closing marks cut from what they close: ")" or "." alone, or "%" under a figure. A
      // cell holding only "%" (a unit) is a value, not a cut.
      if (below && /^[)\].,;:!?%”"]+$/u.test(below.text) && (/[)\].,;:!?”"]/u.test(below.text) || /[\d(]$/u.test(s.text))) f.punctuationLines.push(at(below));
      if (!below) return;
      if (allCaps(s.text) && s.text === below.text) f.repeatedTitles.push(at(s));
      if (allCaps(s.text) && allCaps(below.text) && titleBreak(s.text, below.text, opts.places ?? [])) f.titleBreaks.push(`${opts.label} p.${s.page}: "${s.text} / ${below.text}"`);
    });
    // A word cut inside a cell or column ("ST" over "T"): the end of one line and a word on the
    // next in the same column make a word of the text, and the first part is none.
    for (const a of p.words) {
      for (const b of p.words) {
        if (b.yMin < a.yMax - 1 || b.yMin - a.yMax > 12 || b.xMin > a.xMax || b.xMax < a.xMin - 120) continue;
        const joined = (a.text + b.text).replace(/[^\p{L}\p{N}]/gu, '');
        if (!/[-‐]$/.test(a.text) && letters(a.text) && letters(b.text) && opts.vocabulary.has(joined) && !opts.vocabulary.has(letters(a.text))) {
          f.brokenWords.push(`${opts.label} p.${p.page}: "${a.text}/${b.text}"`);
        }
      }
    }
    // Names of a pair: the same words on both halves of the page, close in height.
    const found = opts.names.flatMap((n) => {
      const first = n.split(' ')[0]!;
      return segs.filter((s) => s.text === n || (s.text.startsWith(first) && n.startsWith(s.text) && s.text.length > 3)).map((s) => ({ s, n }));
    });
    for (const x of found) {
      for (const y of found) {
        const xc = (x.s.xMin + x.s.xMax) / 2;
        const yc = (y.s.xMin + y.s.xMax) / 2;
        if (xc < p.pageWidth / 2 && yc > p.pageWidth / 2 && Math.abs(x.s.yMax - y.s.yMax) < 60 && Math.abs(x.s.yMax - y.s.yMax) > 1) {
          f.misalignedNames.push(`${opts.label} p.${p.page}: "${x.s.text}" ${Math.abs(x.s.yMax - y.s.yMax).toFixed(1)} pt from "${y.s.text}"`);
        }
      }
    }
  }
  return f;
}

const PLACE_WORD = /(?:^|\s)(HUYỆN|TỈNH|XÃ|THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|PHƯỜNG|THÔN)$/u;
const SPLIT_WORDS = [['KHEN', 'THƯỞNG'], ['THÀNH', 'PHỐ'], ['THƯƠNG', 'BINH'], ['THI', 'ĐUA'], ['ỦY', 'BAN'], ['NHÂN', 'DÂN'], ['CHỦ', 'TỊCH'], ['HỘI', 'ĐỒNG']];

/** A title line cut against sense: inside a place name or a two-syllable word, or before a place name. */
function titleBreak(line: string, next: string, places: string[]): boolean {
  const last = line.split(' ').pop()!;
  const first = next.split(' ')[0]!;
  if (PLACE_WORD.test(line) && places.some((name) => next.startsWith(name))) return true;
  if (SPLIT_WORDS.some(([a, b]) => last === a && first === b)) return true;
  // A place name of the data cut between its words ("ĐAM / RÔNG").
  return places.some((name) => {
    const words = name.split(' ');
    return words.length > 1 && words.some((_, k) => k > 0 && line.endsWith(words.slice(0, k).join(' ')) && next.startsWith(words.slice(k).join(' ')));
  });
}

/** Place names the data gives after "huyện", "tỉnh", "xã"…, in capitals. */
export function placesOf(v: unknown): string[] {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      for (const m of x.normalize('NFC').matchAll(/(?:[Hh]uyện|[Tt]ỉnh|[Xx]ã|[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Pp]hường|[Tt]hôn)\s+(\p{Lu}[\p{L}\d'’]*(?:\s\p{Lu}[\p{L}\d'’]*)*)/gu)) {
        out.add(m[1]!.toLocaleUpperCase('vi'));
      }
    } else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk(v);
  return [...out];
}

/** Every string of a JSON value, and the words in them, capitals too. */
export function vocabularyOf(...values: unknown[]): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.normalize('NFC').split(/\s+/u)) {
        const t = w.replace(/[^\p{L}\p{N}]/gu, '');
        if (t.length >= 2) { out.add(t); out.add(t.toLocaleUpperCase('vi')); }
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  return out;
}

/** Signers' full names anywhere in a submission (any object's `fullName`). */
export function namesOf(v: unknown): string[] {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      for (const [k, y] of Object.entries(x)) {
        if (k === 'fullName' && typeof y === 'string' && y.trim()) out.add(y.normalize('NFC'));
        else walk(y);
      }
    }
  };
  walk(v);
  return [...out];
}
