import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { loadTinos } from '../node.js';
import { parseFont } from './font-set.js';
import { TtfSubset } from './ttf-subset.js';

const create = (b: Uint8Array) => (fontkit as unknown as { create(b: Uint8Array): any }).create(b);

describe('TtfSubset', () => {
  const { font, source, glyphs } = parseFont(loadTinos().regular);
  const text = 'Cộng hòa xã hội chủ nghĩa Việt Nam “Ə Ә” ⁄ ∕';

  it('leads every id drawn, copies included, to a glyph of the same outline and width', () => {
    const subset = new TtfSubset(source, glyphs.copies);
    const drawn = glyphs.word(text).ids;
    for (const id of drawn) subset.include(id);
    const { font: bytes, cidToGid } = subset.encode();
    const back = create(bytes);
    const map = new DataView(cidToGid.buffer, cidToGid.byteOffset, cidToGid.byteLength);
    expect(cidToGid.length).toBe((Math.max(...drawn) + 1) * 2);
    const chars = [...text].filter((c) => c !== ' ');
    const ids = glyphs.word(chars.join('')).ids;
    chars.forEach((c, i) => {
      const packed = back.getGlyph(map.getUint16(ids[i]! * 2));
      const original = font.glyphForCodePoint(c.codePointAt(0)!) as unknown as { path: { toSVG(): string }; advanceWidth: number };
      expect(packed.path.toSVG(), c).toBe(original.path.toSVG());
      expect(packed.advanceWidth, c).toBe(original.advanceWidth);
    });
    // Packed: the drawn glyphs and their components, not every id below the last one drawn.
    expect(back.numGlyphs).toBeLessThan(new Set(drawn).size * 2);
    // An id not drawn leads to .notdef.
    expect(map.getUint16(2)).toBe(0);
  });
});
