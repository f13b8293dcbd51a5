// A face's metrics and character map, read once from the font at build time and stored as
// JSON beside the padded font file: a program that prints with the bundled faces then neither
// loads fontkit (a quarter of a second of start-up, most of it building its tables) nor parses
// the font, and reads what a document needs as plain numbers.
import { sharedCodePoints, type FontkitFont } from './face-glyphs.js';

/** What the layout and the embedder read of a font, as JSON. */
export interface PreparedFontData {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string;
  isFixedPitch: boolean;
  sFamilyClass?: number;
  italic: boolean;
  numGlyphs: number;
  /** Advance of glyph 0, what a code point outside the map gets. */
  notdefAdvance: number;
  /** The character map: code points in increasing order, with their glyph ids and advances. */
  codePoints: number[];
  glyphIds: number[];
  advances: number[];
  /** Code points drawn with the glyph of a smaller one (face-glyphs.ts). */
  shared: number[];
}

/** Reads the prepared fields from a font parsed by fontkit (at build time). */
export function describeFont(font: FontkitFont): PreparedFontData {
  const codePoints = [...font.characterSet].sort((a, b) => a - b);
  const glyphs = codePoints.map((cp) => font.glyphForCodePoint(cp));
  const { minX, minY, maxX, maxY } = font.bbox;
  const os2 = font['OS/2'];
  return {
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    italicAngle: font.italicAngle,
    bbox: { minX, minY, maxX, maxY },
    postscriptName: font.postscriptName,
    isFixedPitch: font.post.isFixedPitch,
    ...(os2 ? { sFamilyClass: os2.sFamilyClass } : {}),
    italic: font.head.macStyle.italic,
    numGlyphs: font.numGlyphs,
    notdefAdvance: font.glyphForCodePoint(0x10ffff).advanceWidth,
    codePoints,
    glyphIds: glyphs.map((g) => g.id),
    advances: glyphs.map((g) => g.advanceWidth),
    shared: sharedCodePoints(font),
  };
}

/** The slice of a fontkit font the layout reads, answered from prepared data. */
export class PreparedFont implements FontkitFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly italicAngle: number;
  readonly bbox: PreparedFontData['bbox'];
  readonly postscriptName: string;
  readonly post: { isFixedPitch: boolean };
  readonly 'OS/2'?: { sFamilyClass: number };
  readonly head: { macStyle: { italic: boolean } };
  readonly numGlyphs: number;
  readonly characterSet: number[];
  readonly sharedCodePoints: readonly number[];
  private readonly glyphIds: number[];
  private readonly advances: number[];
  private readonly notdef: { id: number; advanceWidth: number };

  constructor(data: PreparedFontData) {
    this.unitsPerEm = data.unitsPerEm;
    this.ascent = data.ascent;
    this.descent = data.descent;
    this.capHeight = data.capHeight;
    this.xHeight = data.xHeight;
    this.italicAngle = data.italicAngle;
    this.bbox = data.bbox;
    this.postscriptName = data.postscriptName;
    this.post = { isFixedPitch: data.isFixedPitch };
    if (data.sFamilyClass !== undefined) this['OS/2'] = { sFamilyClass: data.sFamilyClass };
    this.head = { macStyle: { italic: data.italic } };
    this.numGlyphs = data.numGlyphs;
    this.characterSet = data.codePoints;
    this.notdef = { id: 0, advanceWidth: data.notdefAdvance };
    this.glyphIds = data.glyphIds;
    this.advances = data.advances;
    this.sharedCodePoints = data.shared;
  }

  // A binary search in the sorted map, not a Map built at start: a document looks up a few
  // hundred code points of the 3,000, and each face's glyphs (face-glyphs.ts) keep the answers.
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number } {
    const cps = this.characterSet;
    let lo = 0;
    let hi = cps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = cps[mid]!;
      if (at === cp) return { id: this.glyphIds[mid]!, advanceWidth: this.advances[mid]! };
      if (at < cp) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.notdef;
  }
}
