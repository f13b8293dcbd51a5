// What a parsed font prints for text, the same in every document: per code point its glyph
// and advance, per word its advance and glyph bytes. Documents embed glyphs under their ids
// in the font (CID = glyph id, ttf-subset.ts), so a word's bytes do not depend on the other
// words of its document and are worked out once per process, not once per document.
import { REPLACEMENT, printing } from './printable.js';

/** The slice of a fontkit font we use. */
export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string;
  post: { isFixedPitch: boolean };
  'OS/2'?: { sFamilyClass: number };
  head: { macStyle: { italic: boolean } };
  numGlyphs: number;
  characterSet: number[];
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
  /** Prepared at build ({@link sharedCodePoints}): saves the walk over the character map at each start. */
  sharedCodePoints?: readonly number[];
}

/**
 * Code points, in increasing order, that the font draws with the glyph of a smaller code point
 * (Tinos draws Latin Ə and Cyrillic Ә, ⁄ and ∕ with one glyph).
 */
export function sharedCodePoints(font: Pick<FontkitFont, 'characterSet' | 'glyphForCodePoint'>): number[] {
  const owned = new Set<number>();
  const shared: number[] = [];
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
    const id = font.glyphForCodePoint(cp).id;
    if (id === 0) continue;
    if (owned.has(id)) shared.push(cp);
    else owned.add(id);
  }
  return shared;
}

/** A glyph as documents use it: its id in the embedded font, and what ToUnicode says it is. */
export interface FontGlyph {
  /** CID: the glyph's id in the font, or an id past the last for a copy (see `copies`). */
  id: number;
  /** The character ToUnicode gives for it ("�" for everything printed as the stand-in). */
  cp: number;
  /** Advance in 1/1000 em. */
  advance: number;
  /** The two code bytes, escaped for a PDF literal string. */
  hex: string;
}

export interface WordEntry {
  /** Advance in 1/1000 em. */
  advance: number;
  /** Glyph bytes, escaped for a PDF literal string. */
  code: string;
  /** The glyph ids the word draws, for the document to embed. */
  ids: readonly number[];
}

/**
 * Words kept per font. Vietnamese has a few thousand syllables, and a document's numbers and
 * names add their own: past this many, the words start over, so a server rendering any text
 * for months holds a bounded amount.
 */
export const WORDS_KEPT = 50_000;

// Glyph ids go into content streams as literal-string bytes (one char per byte, 0–255):
// half the size of hex, so less to build and to deflate. These bytes must be escaped.
function byteChar(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return '\\' + String.fromCharCode(b);
  if (b === 0x0d) return '\\r';
  if (b === 0x0a) return '\\n';
  return String.fromCharCode(b);
}

export class FaceGlyphs {
  readonly scale: number;
  /**
   * Glyph ids past the font's last, for characters that share a glyph with a smaller code
   * point (Tinos draws Latin Ə and Cyrillic Ә, ⁄ and ∕ with one glyph): ToUnicode maps an id
   * to one text, so each gets its own copy. Entry k is the glyph copied as id numGlyphs + k.
   */
  readonly copies: number[] = [];
  /** Every glyph handed out, by id (one object per id). */
  readonly byId: (FontGlyph | undefined)[] = [];
  private readonly copyIds = new Map<number, number>();
  private readonly byCodePoint = new Map<number, FontGlyph | null>();
  private readonly words = new Map<string, WordEntry>();

  constructor(readonly font: FontkitFont) {
    this.scale = 1000 / font.unitsPerEm;
    for (const cp of font.sharedCodePoints ?? sharedCodePoints(font)) {
      this.copyIds.set(cp, font.numGlyphs + this.copies.length);
      this.copies.push(font.glyphForCodePoint(cp).id);
    }
  }

  /** Ids the font's documents may use: the font's glyphs and the copies. */
  get idCount(): number {
    return this.font.numGlyphs + this.copies.length;
  }

  /** What a code point prints with; null: it prints as nothing (printable.ts). */
  glyph(cp: number): FontGlyph | null {
    let g = this.byCodePoint.get(cp);
    if (g !== undefined) return g;
    const how = printing(cp);
    if (how === 'drop') g = null;
    else {
      const f = how === 'self' ? this.font.glyphForCodePoint(cp) : undefined;
      g = f && f.id !== 0 ? this.glyphOf(cp, f) : this.replacement();
    }
    this.byCodePoint.set(cp, g);
    return g;
  }

  /** "�" where the font has it, else "?": a visible mark whose text is that same mark. */
  private replacement(): FontGlyph {
    const cp = [REPLACEMENT, 0x3f].find((c) => this.font.glyphForCodePoint(c).id !== 0) ?? REPLACEMENT;
    return this.glyphOf(cp, this.font.glyphForCodePoint(cp));
  }

  private glyphOf(cp: number, f: { id: number; advanceWidth: number }): FontGlyph {
    const id = this.copyIds.get(cp) ?? f.id;
    let g = this.byId[id];
    if (!g) this.byId[id] = g = { id, cp, advance: f.advanceWidth * this.scale, hex: byteChar(id >> 8) + byteChar(id & 0xff) };
    return g;
  }

  /** A text's advance, glyph bytes and glyph ids, kept for the next time. */
  word(text: string): WordEntry {
    let e = this.words.get(text);
    if (e !== undefined) return e;
    if (this.words.size >= WORDS_KEPT) this.words.clear();
    this.words.set(text, (e = this.measure(text)));
    return e;
  }

  /** A text's advance, glyph bytes and glyph ids, not kept (for callers that keep their own). */
  measure(text: string): WordEntry {
    let advance = 0;
    let code = '';
    const ids: number[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      // Code points as `for … of` gives them (a lone surrogate stands for itself).
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      const g = this.glyph(cp);
      if (!g) continue;
      advance += g.advance;
      code += g.hex;
      ids.push(g.id);
    }
    return { advance, code, ids };
  }
}
