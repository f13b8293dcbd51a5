import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { EmbeddedFace } from './embedded-face.js';
import { FaceGlyphs, type FontkitFont } from './face-glyphs.js';
import { FACE_NAMES, SUBSET_NAMES, type FaceName, type FontFaces } from './font-source.js';
import { padGlyphs } from './pad-glyphs.js';
import { PreparedFont, type PreparedFontData } from './prepared-font.js';
import type { StreamFactory } from '../layout/streams.js';
import { SubsetSource } from './ttf-subset.js';

// Parsing a TrueType font costs tens of milliseconds: parse each face once per process
// (keyed by its bytes) and share it across documents.
export interface ParsedFont {
  /** fontkit, for the cmap (code point → glyph) and advance widths. */
  font: FontkitFont;
  /** Our subsetter's view of the same (padded, unhinted) bytes. */
  source: SubsetSource;
  /** What its code points and words print with, for every document. */
  glyphs: FaceGlyphs;
}

const parsed = new WeakMap<Uint8Array, ParsedFont>();
const prepared = new WeakMap<Uint8Array, PreparedFontData>();

/**
 * Declares `bytes` a font prepared at build time: already padded and without hinting, its
 * metrics and character map in `data`. Parsing it then reads `data` instead of the font.
 */
export function usePreparedFont(bytes: Uint8Array, data: PreparedFontData): void {
  prepared.set(bytes, data);
}

export function parseFont(bytes: Uint8Array): ParsedFont {
  let f = parsed.get(bytes);
  if (!f) {
    const data = prepared.get(bytes);
    const fixed = data ? bytes : padGlyphs(bytes, { stripHinting: true });
    const font = data ? new PreparedFont(data) : (fontkit as unknown as { create(b: Uint8Array): FontkitFont }).create(fixed);
    f = { font, source: new SubsetSource(fixed), glyphs: new FaceGlyphs(font) };
    parsed.set(bytes, f);
  }
  return f;
}

/** The four faces embedded (as subsets) in one document. */
export class FontSet {
  readonly faces: Record<FaceName, EmbeddedFace>;

  constructor(doc: PDFDocument, fonts: FontFaces, streams: StreamFactory) {
    this.faces = Object.fromEntries(
      FACE_NAMES.map((name) => {
        const { glyphs, source } = parseFont(fonts[name]);
        return [name, new EmbeddedFace(doc, glyphs, source, SUBSET_NAMES[name], streams)];
      }),
    ) as Record<FaceName, EmbeddedFace>;
  }

  face(name: FaceName): EmbeddedFace {
    return this.faces[name];
  }

  /** Embeds the subsets of the faces that were used. */
  async finish(): Promise<void> {
    await Promise.all(FACE_NAMES.map((n) => this.faces[n].finish()));
  }
}
