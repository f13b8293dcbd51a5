import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadTinos } from '../node.js';
import { StreamFactory } from '../layout/streams.js';
import { FaceGlyphs } from './face-glyphs.js';
import { FontSet, parseFont } from './font-set.js';
import { REPLACEMENT } from './printable.js';

const ids = (g: FaceGlyphs, text: string) => [...text].map((c) => g.glyph(c.codePointAt(0)!)?.id);

describe('FaceGlyphs', () => {
  const { regular } = loadTinos();
  const { font, glyphs } = parseFont(regular);

  it('gives a word the same glyph bytes whatever was printed before it', () => {
    const first = new FaceGlyphs(font);
    const second = new FaceGlyphs(font);
    first.word('Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(second.word('Đồng').code).toBe(first.word('Đồng').code);
    expect(second.word('Đồng').ids).toEqual([...'Đồng'].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id));
  });

  it('gives characters that share a glyph ids of their own, the same in any order', () => {
    const a = new FaceGlyphs(font);
    const b = new FaceGlyphs(font);
    const forward = ids(a, 'ƏӘ⁄∕;;');
    const backward = ids(b, ';;∕⁄ӘƏ').reverse();
    expect(forward).toEqual(backward);
    // Ə (U+018F) and Ә (U+04D8) are one outline in Tinos: two ids, one past the font's glyphs.
    expect(font.glyphForCodePoint(0x18f).id).toBe(font.glyphForCodePoint(0x4d8).id);
    expect(forward[0]).not.toBe(forward[1]);
    expect(forward[1]).toBeGreaterThanOrEqual(font.numGlyphs);
    expect(a.copies[forward[1]! - font.numGlyphs]).toBe(font.glyphForCodePoint(0x18f).id);
  });

  it('prints what cannot be printed as one "�" glyph, and format characters as nothing', () => {
    const fffd = glyphs.glyph(REPLACEMENT)!;
    expect(glyphs.glyph(0x0001)).toBe(fffd);
    expect(glyphs.glyph(0xe000)).toBe(fffd);
    expect(glyphs.glyph(0xd800)).toBe(fffd);
    expect(glyphs.glyph(0x200d)).toBeNull();
    expect(glyphs.word('a\u200db').ids).toEqual(ids(glyphs, 'ab'));
    expect(glyphs.word('😀').ids).toEqual([fffd.id]);
  });
});

describe('EmbeddedFace', () => {
  it('embeds the glyphs a document draws, not the ones it only measured', async () => {
    const doc = await PDFDocument.create();
    const fonts = new FontSet(doc, loadTinos(), new StreamFactory(doc));
    const face = fonts.face('regular');
    const measured = face.word('Hạnh phúc');
    expect(face.isUsed).toBe(false);
    const drawn = face.word('Độc lập');
    face.use(drawn.ids);
    expect(face.isUsed).toBe(true);
    await fonts.finish();
    // The CID font's /W lists the ids embedded: `first [w …]` per run of consecutive ids, read
    // back from the written file.
    const saved = await PDFDocument.load(await doc.save());
    const type0 = saved.context.lookup(face.ref, PDFDict);
    const cid = saved.context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
    const w = cid.lookup(PDFName.of('W'), PDFArray).asArray();
    const listed: number[] = [];
    for (let k = 0; k < w.length; k += 2) {
      const first = (w[k] as PDFNumber).asNumber();
      (w[k + 1] as PDFArray).asArray().forEach((_, i) => listed.push(first + i));
    }
    expect(listed.sort((a, b) => a - b)).toEqual([...new Set(drawn.ids)].sort((a, b) => a - b));
    expect(measured.ids.filter((id) => !drawn.ids.includes(id)).length).toBeGreaterThan(0);
  });
});
