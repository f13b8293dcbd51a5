// Our own Type0/CIDFontType2 embedder. pdf-lib's runs fontkit's full text layout on every
// measure and draw (≈25 µs and ≈300 µs a call, docs/decisions/0005); here each code point and
// each word is looked up once per process (face-glyphs.ts) and a document only marks the
// glyphs it draws. No shaping is needed: text is NFC, Vietnamese letters are precomposed
// glyphs in Tinos, and we never use ligatures.
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { ascii, type StreamFactory } from '../layout/streams.js';
import type { FaceGlyphs, WordEntry } from './face-glyphs.js';
import { TtfSubset, type SubsetSource } from './ttf-subset.js';
import { WidthArray } from './width-array.js';

export class EmbeddedFace {
  readonly ref: PDFRef;
  readonly ascent: number;
  readonly descent: number;
  /** Glyph ids this document draws (marked as it draws them): what gets embedded. */
  private readonly drawn: Uint8Array;
  private any = false;

  constructor(private readonly doc: PDFDocument, readonly glyphs: FaceGlyphs, private readonly source: SubsetSource, readonly baseName: string, private readonly streams: StreamFactory) {
    this.ref = doc.context.nextRef();
    const f = glyphs.font;
    this.ascent = f.ascent * glyphs.scale / 1000;
    this.descent = f.descent * glyphs.scale / 1000;
    this.drawn = new Uint8Array(glyphs.idCount);
  }

  /** A text's advance (1/1000 em), glyph bytes and glyph ids. */
  word(text: string): WordEntry {
    return this.glyphs.word(text);
  }

  /** The same, not kept by the font (for callers that keep their own). */
  measure(text: string): WordEntry {
    return this.glyphs.measure(text);
  }

  /** Marks glyphs as drawn in this document, so its subset has them. */
  use(ids: readonly number[]): void {
    const drawn = this.drawn;
    for (let i = 0; i < ids.length; i++) drawn[ids[i]!] = 1;
    if (ids.length) this.any = true;
  }

  /** Width of a text in points at a size, from the font's own advance widths. */
  widthOf(text: string, size: number): number {
    return (this.word(text).advance * size) / 1000;
  }

  /** The text as glyph ids, as the body of a PDF literal string `( … )`; `use` them where drawn. */
  encode(text: string): string {
    return this.word(text).code;
  }

  /** Whether any text was drawn with this face (unused faces are not embedded). */
  get isUsed(): boolean {
    return this.any;
  }

  /** Writes the font objects; call once, after the last text was encoded. */
  async finish(): Promise<void> {
    if (!this.isUsed) return;
    const ctx = this.doc.context;
    const ids: number[] = [];
    const subset = new TtfSubset(this.source, this.glyphs.copies);
    for (let id = 0; id < this.drawn.length; id++) {
      if (!this.drawn[id]) continue;
      ids.push(id);
      subset.include(id);
    }
    const byId = this.glyphs.byId;
    const { font: bytes, cidToGid } = subset.encode();
    const fontFileRef = ctx.register(this.streams.deflated(bytes, { Length1: bytes.length }));
    const f = this.glyphs.font;
    const s = this.glyphs.scale;
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
    // /W as `first [w w w …]` per run of consecutive ids.
    const widths = new WidthArray(ids, (id) => byId[id]!.advance);
    const cid = ctx.register(ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      CIDToGIDMap: ctx.register(this.streams.deflated(cidToGid)),
      BaseFont: this.baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
    }));
    const toUnicode = ctx.register(this.streams.deflated(ascii(unicodeCMap(ids.map((id) => [id, byId[id]!.cp])))));
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

