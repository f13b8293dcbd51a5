// Our own Type0/CIDFontType2 embedder. pdf-lib's runs fontkit's full text layout on every
// measure and draw (≈25 µs and ≈300 µs a call, docs/decisions/0005); here each code point is
// looked up once per document (cmap → glyph → subset id, advance width) and every word
// thereafter costs a few Map reads. No shaping is needed: text is NFC, Vietnamese letters
// are precomposed glyphs in Tinos, and we never use ligatures.
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { ascii, type StreamFactory } from '../layout/streams.js';
import { REPLACEMENT, printing } from './printable.js';
import { TtfSubset, type SubsetSource } from './ttf-subset.js';

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
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
}

// Glyph ids go into content streams as literal-string bytes (one char per byte, 0–255):
// half the size of hex, so less to build and to deflate. These bytes must be escaped.
function byteChar(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return '\\' + String.fromCharCode(b);
  if (b === 0x0d) return '\\r';
  if (b === 0x0a) return '\\n';
  return String.fromCharCode(b);
}

interface GlyphEntry {
  /** The glyph's two code bytes, escaped for a PDF literal string. */
  hex: string;
  /** Advance in 1/1000 em. */
  advance: number;
}

export interface WordEntry {
  /** Advance in 1/1000 em. */
  advance: number;
  /** Glyph bytes, escaped for a PDF literal string. */
  code: string;
}

/**
 * What a code point prints with in a font: the glyph, its advance (1/1000 em) and the character
 * ToUnicode gives for it (the stand-in's own, for a character printed as "�"). The same in
 * every document, so it is shared by every document using the same parsed font.
 */
interface FontGlyph {
  cp: number;
  id: number;
  advance: number;
}
const resolvedCache = new WeakMap<FontkitFont, Map<number, FontGlyph | null>>();

export class EmbeddedFace {
  readonly ref: PDFRef;
  readonly ascent: number;
  readonly descent: number;
  private readonly scale: number;
  private readonly subset: TtfSubset;
  /** null: the code point prints as nothing (printable.ts). */
  private readonly byCodePoint = new Map<number, GlyphEntry | null>();
  /** This document's entry of each glyph it uses (code points printed as "�" share one). */
  private readonly byGlyph = new Map<FontGlyph, GlyphEntry>();
  private readonly words = new Map<string, WordEntry>();
  /** subset glyph id → (advance, unicode) for /W and ToUnicode. */
  private readonly used = new Map<number, { advance: number; cp: number }>();
  private readonly resolved: Map<number, FontGlyph | null>;

  constructor(private readonly doc: PDFDocument, private readonly font: FontkitFont, source: SubsetSource, readonly baseName: string, private readonly streams: StreamFactory) {
    this.ref = doc.context.nextRef();
    this.scale = 1000 / font.unitsPerEm;
    this.ascent = font.ascent * this.scale / 1000;
    this.descent = font.descent * this.scale / 1000;
    this.subset = new TtfSubset(source);
    let r = resolvedCache.get(font);
    if (!r) resolvedCache.set(font, (r = new Map()));
    this.resolved = r;
  }

  private glyph(cp: number): GlyphEntry | null {
    let e = this.byCodePoint.get(cp);
    if (e !== undefined) return e;
    const g = this.resolve(cp);
    if (!g) e = null;
    else {
      e = this.byGlyph.get(g);
      if (!e) this.byGlyph.set(g, (e = this.entry(g)));
    }
    this.byCodePoint.set(cp, e);
    return e;
  }

  private resolve(cp: number): FontGlyph | null {
    let g = this.resolved.get(cp);
    if (g !== undefined) return g;
    const how = printing(cp);
    if (how === 'drop') g = null;
    else {
      const f = how === 'self' ? this.font.glyphForCodePoint(cp) : undefined;
      g = f && f.id !== 0 ? { cp, id: f.id, advance: f.advanceWidth * this.scale } : this.replacement();
    }
    this.resolved.set(cp, g);
    return g;
  }

  /** "�" where the font has it, else "?": a visible mark whose text is that same mark. */
  private replacement(): FontGlyph {
    let g = this.resolved.get(REPLACEMENT);
    if (g) return g;
    const cp = [REPLACEMENT, 0x3f].find((c) => this.font.glyphForCodePoint(c).id !== 0) ?? REPLACEMENT;
    const f = this.font.glyphForCodePoint(cp);
    g = { cp, id: f.id, advance: f.advanceWidth * this.scale };
    this.resolved.set(REPLACEMENT, g);
    return g;
  }

  private entry(g: FontGlyph): GlyphEntry {
    let sid = this.subset.include(g.id);
    // Tinos draws a few distinct characters with one glyph (Latin Ə and Cyrillic Ә, ⁄ and ∕):
    // ToUnicode maps a glyph id to one text, so the second character gets its own copy.
    if (this.used.has(sid)) sid = this.subset.copy(g.id);
    this.used.set(sid, { advance: g.advance, cp: g.cp });
    return { hex: byteChar(sid >> 8) + byteChar(sid & 0xff), advance: g.advance };
  }

  /** A text's advance (1/1000 em) and glyph bytes, worked out once per document. */
  word(text: string): WordEntry {
    let e = this.words.get(text);
    if (e === undefined) {
      let advance = 0;
      let code = '';
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
      }
      this.words.set(text, (e = { advance, code }));
    }
    return e;
  }

  /** Width of a text in points at a size, from the font's own advance widths. */
  widthOf(text: string, size: number): number {
    return (this.word(text).advance * size) / 1000;
  }

  /** The text as glyph ids of the subset, as the body of a PDF literal string `( … )`. */
  encode(text: string): string {
    return this.word(text).code;
  }

  /** Whether any text was encoded with this face (unused faces are not embedded). */
  get isUsed(): boolean {
    return this.used.size > 0;
  }

  /** Writes the font objects; call once, after the last text was encoded. */
  async finish(): Promise<void> {
    if (!this.isUsed) return;
    const ctx = this.doc.context;
    const bytes = this.subset.encode();
    const fontFileRef = ctx.register(this.streams.deflated(bytes, { Length1: bytes.length }));
    const f = this.font;
    const s = this.scale;
    const familyClass = f['OS/2']?.sFamilyClass ?? 0;
    let flags = 1 << 2; // symbolic (glyph ids, not a standard encoding)
    if (f.post.isFixedPitch) flags |= 1;
    if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1; // serif
    if (f.head.macStyle.italic) flags |= 1 << 6;
    const descriptor = ctx.register(ctx.obj({
      Type: 'FontDescriptor',
      FontName: this.baseName,
      Flags: flags,
      FontBBox: [f.bbox.minX * s, f.bbox.minY * s, f.bbox.maxX * s, f.bbox.maxY * s],
      ItalicAngle: f.italicAngle,
      Ascent: f.ascent * s,
      Descent: f.descent * s,
      CapHeight: (f.capHeight || f.ascent) * s,
      XHeight: (f.xHeight || 0) * s,
      StemV: 0,
      FontFile2: fontFileRef,
    }));
    const ids = [...this.used.keys()].sort((a, b) => a - b);
    // /W as `first [w w w …]` per run of consecutive ids (subset ids are handed out in order,
    // so a document has one or two runs, not an array per glyph).
    const widths: (number | number[])[] = [];
    for (let k = 0; k < ids.length; ) {
      const run: number[] = [];
      const first = ids[k]!;
      while (k < ids.length && ids[k] === first + run.length) run.push(Math.round(this.used.get(ids[k++]!)!.advance * 100) / 100);
      widths.push(first, run);
    }
    const cid = ctx.register(ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      CIDToGIDMap: 'Identity',
      BaseFont: this.baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
    }));
    const toUnicode = ctx.register(this.streams.deflated(ascii(unicodeCMap(ids.map((id) => [id, this.used.get(id)!.cp])))));
    ctx.assign(this.ref, ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: this.baseName,
      Encoding: 'Identity-H',
      DescendantFonts: [cid],
      ToUnicode: toUnicode,
    }));
  }
}

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return cp.toString(16).padStart(4, '0');
  const v = cp - 0x10000;
  return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).padStart(8, '0');
}

/** ToUnicode CMap so text extraction (pdftotext, copy-paste, search) gives back the exact text. */
function unicodeCMap(pairs: [number, number][]): string {
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const part = pairs.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map(([g, cp]) => `<${g.toString(16).padStart(4, '0')}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <ffff>
endcodespacerange
${chunks.join('\n')}
endcmap
CMapName currentdict /CMapResource defineresource pop
end
end`;
}

