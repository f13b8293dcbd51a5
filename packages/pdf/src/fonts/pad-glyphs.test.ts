import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { loadTinos } from '../node.js';
import { glyphsArePadded, padGlyphs } from './pad-glyphs.js';

const create = (b: Uint8Array) => (fontkit as unknown as { create(b: Uint8Array): any }).create(b);

describe('padGlyphs', () => {
  const { regular, boldItalic } = loadTinos();

  it('pads every glyph record of Tinos, which ships unpadded', () => {
    expect(glyphsArePadded(regular)).toBe(false);
    expect(glyphsArePadded(padGlyphs(regular))).toBe(true);
    expect(glyphsArePadded(padGlyphs(boldItalic, { stripHinting: true }))).toBe(true);
  });

  it('keeps every glyph the same shape and width, with or without hinting', () => {
    const before = create(regular);
    for (const fixed of [padGlyphs(regular), padGlyphs(regular, { stripHinting: true })]) {
      const after = create(fixed);
      expect(after.numGlyphs).toBe(before.numGlyphs);
      for (const ch of 'AaĐđỆệỮữƠơƯư«»“”0123456789,.;:') {
        const a = before.glyphForCodePoint(ch.codePointAt(0)!);
        const b = after.glyphForCodePoint(ch.codePointAt(0)!);
        expect(b.id).toBe(a.id);
        expect(b.advanceWidth).toBe(a.advanceWidth);
        expect(b.path.toSVG()).toBe(a.path.toSVG());
      }
    }
  });

  it('drops the hinting tables when asked, and makes the font smaller', () => {
    const stripped = create(padGlyphs(regular, { stripHinting: true }));
    expect(stripped.directory.tables['fpgm']).toBeUndefined();
    expect(stripped.directory.tables['prep']).toBeUndefined();
    expect(padGlyphs(regular, { stripHinting: true }).length).toBeLessThan(padGlyphs(regular).length * 0.85);
  });

  it('makes subsets whose glyphs survive a round trip through fontkit', async () => {
    const font = create(padGlyphs(regular, { stripHinting: true }));
    const subset = font.createSubset();
    const ids = [...'Cộng hòa xã hội'].map((c) => subset.includeGlyph(font.glyphForCodePoint(c.codePointAt(0)!)));
    const bytes: Uint8Array = await new Promise((resolve) => {
      const parts: Uint8Array[] = [];
      subset.encodeStream().on('data', (b: Uint8Array) => parts.push(b)).on('end', () => resolve(Buffer.concat(parts)));
    });
    const back = create(bytes);
    const orig = [...'Cộng hòa xã hội'].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).path.toSVG());
    expect(ids.map((id) => back.getGlyph(id).path.toSVG())).toEqual(orig);
  });
});
