import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getExample, getPlan } from '@thidua/plans';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../documents/render-document.js';
import { loadTinos, nodeDeflate } from '../node.js';
import { sharedCodePoints } from './face-glyphs.js';
import { FACE_NAMES } from './font-source.js';
import { parseFont } from './font-set.js';
import { glyphsArePadded } from './pad-glyphs.js';
import { readPreparedFaces, writePreparedFaces } from './prepared-tinos.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-fonts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const url = pathToFileURL(`${dir}/`);

describe('faces prepared at build time', () => {
  const raw = loadTinos();
  writePreparedFaces(url, raw);
  const prepared = readPreparedFaces(url)!;

  it('are padded and answer every code point as fontkit does', () => {
    for (const face of FACE_NAMES) {
      expect(glyphsArePadded(prepared[face])).toBe(true);
      const a = parseFont(raw[face]).font;
      const b = parseFont(prepared[face]).font;
      expect(b).not.toBe(a);
      expect([b.unitsPerEm, b.ascent, b.descent, b.capHeight, b.xHeight, b.italicAngle, b.numGlyphs]).toEqual([a.unitsPerEm, a.ascent, a.descent, a.capHeight, a.xHeight, a.italicAngle, a.numGlyphs]);
      // Every code point of the font, and some it lacks (below, between and above its own).
      for (const cp of [...a.characterSet, 0, 0x10ffff, 0xe000, 0x1e00 - 1].concat([...'AaĐđỆệỮữƠơƯư«»“”0123456789,.;:€'].map((c) => c.codePointAt(0)!))) {
        const [ga, gb] = [a.glyphForCodePoint(cp), b.glyphForCodePoint(cp)];
        expect([gb.id, gb.advanceWidth]).toEqual([ga.id, ga.advanceWidth]);
      }
      // Prepared at build, so no start walks the map for them.
      expect(b.sharedCodePoints).toEqual(sharedCodePoints(a));
      expect(b.sharedCodePoints).toContain(0x04d8); // Cyrillic Ә, drawn as Latin Ə
    }
  });

  it('print a report to the same bytes as the faces parsed at run time', async () => {
    const plan = getPlan('lam-dong-2022-2025');
    const data = getExample('lam-dong-2022-2025', 'report');
    const [fromRaw, fromPrepared] = await Promise.all([raw, prepared].map((fonts) => renderDocument(plan, 'report', data, { fonts, deflate: nodeDeflate })));
    expect(fromPrepared.length).toBeGreaterThan(10_000);
    expect(Buffer.from(fromPrepared).equals(Buffer.from(fromRaw!))).toBe(true);
  });

  it('are not there in a folder the build did not write', () => {
    expect(readPreparedFaces(pathToFileURL(`${dir}/none/`))).toBeUndefined();
  });
});
