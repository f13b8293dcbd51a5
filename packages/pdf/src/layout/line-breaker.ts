import type { FaceName } from '../fonts/font-source.js';
import { WORDS_KEPT, type FaceGlyphs } from '../fonts/face-glyphs.js';
import type { FontSet } from '../fonts/font-set.js';
import { breakBalanced } from './balanced-breaker.js';
import type { Paragraph } from './blocks.js';

/** A run of text in one face with no break opportunity inside ("word"), or one space. */
export interface Token {
  face: FaceName;
  text: string;
  width: number;
  space: boolean;
  /** Glyph bytes, for the content stream (looked up with the width). */
  code: string;
  /** The glyph ids it draws: the document embeds those it draws. */
  ids: readonly number[];
}

export interface Line {
  tokens: Token[];
  /** Natural width of the tokens. */
  width: number;
  /** Room the line may fill (for alignment and justification). */
  available: number;
  /** Left offset from the paragraph's box (indents). */
  offset: number;
  /** Last line of its paragraph: never justified. */
  last: boolean;
  /** Space tokens on the line (justification gaps). */
  spaces: number;
}

/**
 * What `\s` matches but U+FEFF, tested on char codes (a regex split per paragraph allocated most
 * of the layout's garbage). U+FEFF is a zero-width no-break space: it prints as nothing.
 */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000));
}

// Tokens are never changed once made, and a word's glyph bytes are the same in every document
// (face-glyphs.ts), so one token per word, face and size (the same syllables come back all the
// time in Vietnamese) and one space token per face and size serve every document made with
// the same parsed font. Words are found by a hash of their char codes, worked out while
// scanning for the word's end, and compared in place: no string is cut out of the text for a
// word seen before (cutting and hashing one per word was most of the tokenizer's time).
interface TokenCache {
  /** hash → tokens of that hash (almost always one). */
  words: Map<number, Token[]>;
  count: number;
  space: Token;
}
const caches = new WeakMap<FaceGlyphs, Map<string, TokenCache>>();
function tokenCache(face: FaceName, size: number, fonts: FontSet): TokenCache {
  const f = fonts.face(face);
  let byKey = caches.get(f.glyphs);
  if (!byKey) caches.set(f.glyphs, (byKey = new Map()));
  const key = `${face} ${size}`;
  let c = byKey.get(key);
  if (!c) {
    const e = f.word(' ');
    byKey.set(key, (c = { words: new Map(), count: 0, space: { face, text: ' ', width: (e.advance * size) / 1000, space: true, code: e.code, ids: e.ids } }));
  }
  return c;
}

/** The token of `t.slice(i, j)`, whose hash is `h`, made on first sight. */
function wordToken(cache: TokenCache, t: string, i: number, j: number, h: number, face: FaceName, fonts: FontSet, size: number): Token {
  let bucket = cache.words.get(h);
  if (bucket) {
    for (const tok of bucket) if (tok.text.length === j - i && t.startsWith(tok.text, i)) return tok;
  } else {
    // Bounded as the font's words are (WORDS_KEPT).
    if (++cache.count > WORDS_KEPT) {
      cache.words.clear();
      cache.count = 1;
    }
    cache.words.set(h, (bucket = []));
  }
  const word = t.slice(i, j);
  const e = fonts.face(face).measure(word);
  const tok: Token = { face, text: word, width: (e.advance * size) / 1000, space: false, code: e.code, ids: e.ids };
  bucket.push(tok);
  return tok;
}

// A paragraph is tokenized more than once: a table cell for its column's least width and again
// for its lines, a paragraph for each width it is tried at. In a 300-nominee dossier a third of
// the text went through the tokenizer twice. Token arrays are only read, never changed.
const tokenized = new WeakMap<Paragraph, { fonts: FontSet; tokens: Token[] }>();

/** Splits spans at whitespace; text is already NFC. Whitespace collapses to one space. */
function tokenize(para: Paragraph, fonts: FontSet): Token[] {
  const seen = tokenized.get(para);
  if (seen?.fonts === fonts) return seen.tokens;
  const tokens = tokenizeSpans(para, fonts);
  tokenized.set(para, { fonts, tokens });
  return tokens;
}

function tokenizeSpans(para: Paragraph, fonts: FontSet): Token[] {
  const out: Token[] = [];
  for (const span of para.spans) {
    const cache = tokenCache(span.face, para.size, fonts);
    const t = span.text;
    const n = t.length;
    let i = 0;
    while (i < n) {
      let c = t.charCodeAt(i);
      let j = i + 1;
      if (isSpace(c)) {
        while (j < n && isSpace(t.charCodeAt(j))) j++;
        if (out.length && !out[out.length - 1]!.space) out.push(cache.space);
      } else {
        let h = c;
        while (j < n && !isSpace((c = t.charCodeAt(j)))) {
          h = (Math.imul(h, 31) + c) & 0x3fffffff;
          j++;
        }
        const tok = wordToken(cache, t, i, j, h, span.face, fonts, para.size);
        // A word of format characters only prints as nothing: no token, so spaces still collapse.
        if (tok.code) out.push(tok);
      }
      i = j;
    }
  }
  while (out.length && out[out.length - 1]!.space) out.pop();
  while (out.length && out[0]!.space) out.shift();
  return out;
}

/** Marks that close what precedes them: never the first thing on a line. */
const CLOSING = /^[)\]}.,;:!?%”’»…]+$/u;
const opensWithClosing = (text: string) => CLOSING.test(text[0] ?? '');

/** Cuts a word wider than the line into pieces that fit (URLs, long codes). */
function splitLongWord(t: Token, room: number, fonts: FontSet, size: number): Token[] {
  const face = fonts.face(t.face);
  const piece = (text: string): Token => {
    const e = face.word(text);
    return { ...t, text, width: (e.advance * size) / 1000, code: e.code, ids: e.ids };
  };
  const pieces: Token[] = [];
  let cur = '';
  for (const ch of t.text) {
    if (cur && face.widthOf(cur + ch, size) > room) {
      pieces.push(piece(cur));
      cur = '';
    }
    cur += ch;
  }
  if (cur) pieces.push(piece(cur));
  // "(86,7%" / ")": the closing marks take the last character before them along.
  for (let k = pieces.length - 1; k > 0; k--) {
    const prev = [...pieces[k - 1]!.text];
    let next = pieces[k]!.text;
    while (opensWithClosing(next) && prev.length > 1) next = prev.pop()! + next;
    if (next === pieces[k]!.text) continue;
    const a = prev.join('');
    pieces.splice(k - 1, 2, piece(a), piece(next));
  }
  return pieces;
}

/** The widest run the breaker never cuts (a word, glued across face changes): a column's least width. */
export function widestWord(para: Paragraph, fonts: FontSet): number {
  let widest = 0;
  let run = 0;
  for (const t of tokenize(para, fonts)) {
    run = t.space ? 0 : run + t.width;
    widest = Math.max(widest, run);
  }
  return widest + (para.leftIndent ?? 0) + (para.rightIndent ?? 0) + (para.firstIndent ?? 0);
}

// A dossier is mostly the same short paragraphs again: every báo cáo thành tích repeats its
// titles, labels, units and signature lines. A 300-nominee dossier broke 26 185 paragraphs,
// 1 604 of them distinct. Lines are only read once made, so the lines of one paragraph serve
// every paragraph of the same spans, size, indents and width in the document. Long texts
// (achievements) are nearly all distinct: their key would cost what it saves.
const REMEMBERED_CHARS = 300;
const REMEMBERED_PARAGRAPHS = 10_000;
const remembered = new WeakMap<FontSet, Map<string, Line[]>>();

/** What the lines of `para` at `width` depend on, as one string; undefined for a long text. */
function linesKey(para: Paragraph, width: number): string | undefined {
  let chars = 0;
  let key = `${width} ${para.size} ${para.leftIndent ?? 0} ${para.rightIndent ?? 0} ${para.firstIndent ?? 0} ${para.balanced ? 'b' : ''}`;
  for (const span of para.spans) {
    chars += span.text.length;
    if (chars > REMEMBERED_CHARS) return undefined;
    // Each text with its length: no two different span lists make the same key.
    key += `|${span.face} ${span.text.length} ${span.text}`;
  }
  return key;
}

/**
 * The lines of a paragraph at a width: balanced for titles, greedy otherwise. The returned
 * lines may be shared with other paragraphs of the same text: never change them.
 */
export function breakLines(para: Paragraph, width: number, fonts: FontSet): Line[] {
  const key = linesKey(para, width);
  if (key === undefined) return breakParagraph(para, width, fonts);
  let known = remembered.get(fonts);
  if (!known) remembered.set(fonts, (known = new Map()));
  let lines = known.get(key);
  if (!lines) {
    if (known.size >= REMEMBERED_PARAGRAPHS) known.clear();
    known.set(key, (lines = breakParagraph(para, width, fonts)));
  }
  return lines;
}

/**
 * Greedy line breaking on the font's real advance widths. Words are measured once per
 * document (EmbeddedFace caches them), so breaking is a running sum, not re-measurement.
 */
function breakParagraph(para: Paragraph, width: number, fonts: FontSet): Line[] {
  if (para.balanced) return breakBalanced(para, width, fonts, (x) => tokenize(x, fonts));
  const left = para.leftIndent ?? 0;
  const right = para.rightIndent ?? 0;
  const first = para.firstIndent ?? 0;
  const tokens = tokenize(para, fonts);
  const lines: Line[] = [];
  let cur: Token[] = [];
  let curWidth = 0;
  const roomFor = (lineNo: number) => width - left - right - (lineNo === 0 ? first : 0);
  const flush = (last: boolean) => {
    while (cur.length && cur[cur.length - 1]!.space) curWidth -= cur.pop()!.width;
    const n = lines.length;
    let spaces = 0;
    for (const t of cur) if (t.space) spaces++;
    lines.push({ tokens: cur, width: curWidth, available: roomFor(n), offset: left + (n === 0 ? first : 0), last, spaces });
    cur = [];
    curWidth = 0;
  };
  // Where the last unit on the line starts: a unit of closing marks ("%", ")") takes it along.
  let unitStart = 0;
  // Glue consecutive non-space tokens (a face change inside a word) into one unbreakable unit.
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.space) {
      if (cur.length) { cur.push(t); curWidth += t.width; }
      i++;
      continue;
    }
    let j = i;
    let unitWidth = 0;
    while (j < tokens.length && !tokens[j]!.space) unitWidth += tokens[j++]!.width;
    const room = roomFor(lines.length);
    if (cur.length && curWidth + unitWidth > room + 0.01) {
      if (unitStart > 0 && opensWithClosing(t.text)) {
        const carried = cur.splice(unitStart);
        for (const c of carried) curWidth -= c.width;
        flush(false);
        for (const c of carried) { cur.push(c); curWidth += c.width; }
      } else flush(false);
    }
    unitStart = cur.length;
    const roomNow = roomFor(lines.length);
    if (unitWidth > roomNow + 0.01) {
      const unit = tokens.slice(i, j).flatMap((u) => (u.width > roomNow ? splitLongWord(u, roomNow, fonts, para.size) : [u]));
      for (const piece of unit) {
        if (cur.length && curWidth + piece.width > roomFor(lines.length) + 0.01) flush(false);
        cur.push(piece);
        curWidth += piece.width;
      }
    } else {
      for (let k = i; k < j; k++) cur.push(tokens[k]!);
      curWidth += unitWidth;
    }
    i = j;
  }
  if (cur.length || !lines.length) flush(true);
  else lines[lines.length - 1]!.last = true;
  return lines;
}
