// What is printed is what the text layer says, whatever text comes in (a draft prints text
// nobody validated): a character Tinos lacks prints as a visible "�" whose text is "�", never
// as an empty box that copies out as some other character; format characters (bidi controls,
// zero-width joiners, variation selectors) print as nothing; a surrogate pair is one character.
import { loadTinos, nodeDeflate } from '@thidua/pdf/node';
import { parseFont, p, typeset } from '@thidua/pdf/layout';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inkRatio, pdfText, pdfWords, qpdfCheck, renderGray, type PdfWord } from './tools.js';

const fonts = loadTinos();
const render = (lines: string[]) => typeset(() => lines.map((t) => p(t, { size: 12, align: 'left', spaceAfter: 4 })), { fonts, deflate: nodeDeflate });
/** The text layer in drawing order, one entry per drawn line. */
const linesOf = (pdf: Uint8Array) => pdfText(pdf, { raw: true }).replace(/\f/g, '').split('\n').filter((l) => l !== '');

describe('characters the font cannot print', () => {
  it('prints the issue’s examples as "�" in the text layer, one per character, surrogate pairs included', async () => {
    const pdf = await render(['Trần Thị 中文 ☃ 𝕏 Ж', 'a😀b', 'x\u0001y\u007f', '\u202eabc\u202c', 'tên\u2067 ẩn\u2069 đi', 'Ɛ\u0000']);
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(linesOf(pdf)).toEqual(['Trần Thị �� � � Ж', 'a�b', 'x�y�', 'abc', 'tên ẩn đi', 'Ɛ�']);
  });

  it('keeps its own text for each of two characters Tinos draws with one glyph', async () => {
    // Latin Ə/ə and Cyrillic Ә/ә, fraction slash ⁄ and division slash ∕ share outlines in Tinos.
    const pdf = await render(['Ə Ә ə ә ⁄ ∕', 'Ә Ə']);
    expect(linesOf(pdf)).toEqual(['Ə Ә ə ә ⁄ ∕', 'Ә Ə']);
  });

  it('draws a visible mark where the character would be (ink, not an empty box)', async () => {
    const pdf = await render(['Mở 中文 ☃ 😀 hết', 'Mở hết']);
    const words = pdfWords(pdf)[0]!.words;
    const open = words.filter((w) => w.text === 'Mở');
    const close = words.filter((w) => w.text === 'hết');
    expect(open.length).toBe(2);
    const img = renderGray(pdf, 1, 150);
    const between = (a: PdfWord, b: PdfWord) => ({ xMin: a.xMax + 1, xMax: b.xMin - 1, yMin: a.yMin, yMax: a.yMax });
    const marks = inkRatio(img, { region: between(open[0]!, close[0]!) });
    const letters = inkRatio(img, { region: open[0]! });
    // Four "�" diamonds are solid black: more ink than the letters of "Mở" (measured: 1.4×).
    // Tinos's .notdef, printed before for all four, is an empty box outline (0.56×).
    expect(marks).toBeGreaterThan(letters * 0.8);
    expect(linesOf(pdf)[0]).toBe('Mở �� � � hết');
  });
});

// The property: for any text, the text layer is the text with each format character removed
// and each character the font has no glyph for (or that is a control, private-use, unassigned
// or lone surrogate code point) replaced by "�"; the font's own cmap is the oracle.
const regular = parseFont(fonts.regular).font as unknown as { glyphForCodePoint(cp: number): { id: number } };
const INVISIBLE = /^[\p{Cf}\p{Variation_Selector}]$/u;
const NO_GLYPH = /^[\p{Cc}\p{Co}\p{Cn}\p{Cs}]$/u;
function expected(s: string): string {
  let out = '';
  for (const ch of s) {
    if (INVISIBLE.test(ch)) continue;
    out += NO_GLYPH.test(ch) || regular.glyphForCodePoint(ch.codePointAt(0)!).id === 0 ? '\ufffd' : ch;
  }
  return out;
}

const pick = (s: string) => fc.constantFrom(...Array.from(s));
const codePoints = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
/** Letters and signs of Vietnamese text, astral characters, controls, bidi and other format characters, noncharacters, lone surrogates. */
const char = fc.oneof(
  { weight: 6, arbitrary: pick('aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬĐỀỂỄẾỆỒỔỖỐỘỜỞỠỚỢỪỬỮỨỰỲỶỸÝỴ0123456789.,;:!?()-/%«»“”–—…') },
  { weight: 2, arbitrary: pick('ЖжΩΣλ€£©®°±×÷√∞≤≥←→■□●★☃♥中文字한국日本') },
  { weight: 2, arbitrary: codePoints(0x1f300, 0x1faff) },   // emoji
  { weight: 1, arbitrary: codePoints(0x1d400, 0x1d7ff) },   // mathematical letters (𝕏)
  { weight: 1, arbitrary: codePoints(0x20000, 0x2a6df) },   // CJK extension B
  { weight: 2, arbitrary: fc.oneof(codePoints(0x00, 0x08), codePoints(0x0e, 0x1f), codePoints(0x7f, 0x9f)) }, // controls (no whitespace)
  { weight: 2, arbitrary: pick('\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c') }, // bidi controls
  { weight: 1, arbitrary: pick('\u200b\u200c\u200d\u00ad\u2060\ufeff\ufe0f\ufe0e') },
  { weight: 1, arbitrary: pick('\ufffe\uffff\ufdd0\ue000\uf8ff\u0378') },                // noncharacters, private use, unassigned
  { weight: 1, arbitrary: pick('\ud800\udfff') },                                         // lone surrogates
);
const word = fc.array(char, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

describe('text layer = printed characters, for any text (fast-check)', () => {
  it('holds for lines with astral, control, bidi and format characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (lines) => {
        // Lines that print as nothing at all leave no line in the text layer.
        const want = lines.map((l) => expected(l).split(' ').filter(Boolean).join(' ')).filter(Boolean);
        const pdf = await render(lines);
        expect(linesOf(pdf)).toEqual(want);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
