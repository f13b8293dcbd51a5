import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnprintable } from './printable.js';
import { PRINTABLE_RUNS } from './printable-ranges.generated.js';

const ROOT = path.resolve(__dirname, '../../../..');

// Every letter of Vietnamese, both cases, each tone: a + ă + â + e + ê + i + o + ô + ơ + u + ư + y
// with the five marks, and đ.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VIETNAMESE = [...VOWELS, ...VOWELS.toUpperCase()].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).join('') + 'đĐ';

describe('findUnprintable', () => {
  it('accepts ASCII, every Vietnamese letter, Latin-1, Greek, Cyrillic and common symbols', () => {
    expect(VIETNAMESE.length).toBe(VOWELS.length * 2 * TONES.length + 2);
    const samples = [
      Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(''),
      VIETNAMESE,
      'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\r\n\tĐiều 1.',
      'Ærøskøbing façade Ñandú ß ÿ « » ° ± × ÷ § ¶ © ®',
      'Ελληνικά αβγδ Ωμέγα',
      'Кириллица Жж Ёё Ђђ',
      '€ № ™ – — ‘ ’ “ ” … • ‰ ← → ≤ ≥ ≠ ∞ ½ ¼ ²',
      'ﬁ ﬂ', // Tinos' ligature glyphs
      'a\u00a0b\u2009c\u3000d', // every space separator prints as a space, glyph or not
    ];
    for (const s of samples) expect(findUnprintable(s), s).toBeUndefined();
  });

  it('reports what the issue found printing as empty boxes: CJK, snowman, 𝕏 and emoji', () => {
    expect(findUnprintable('Trần Thị 中文 ☃ 𝕏 Ж')).toEqual({ index: 10, codePoint: 0x4e2d, char: '中', reason: 'no-glyph' });
    expect(findUnprintable('Trần Thị ☃')).toMatchObject({ index: 10, codePoint: 0x2603, reason: 'no-glyph' });
    expect(findUnprintable('ab 𝕏')).toEqual({ index: 4, codePoint: 0x1d54f, char: '𝕏', reason: 'no-glyph' });
    expect(findUnprintable('😀')).toEqual({ index: 1, codePoint: 0x1f600, char: '😀', reason: 'no-glyph' });
  });

  it('counts the position in characters, from 1, Vietnamese letters once each', () => {
    expect(findUnprintable('Ж\u0001')?.index).toBe(2);
    expect(findUnprintable('Nguyễn Văn A\u202e')?.index).toBe(13);
    // Not NFC: the decomposed mark is reported, where the user sees it.
    expect(findUnprintable('Nguyễn'.normalize('NFD'))).toMatchObject({ index: 6, codePoint: 0x302, reason: 'combining' });
  });

  it('names the kind of each invisible or unusable character', () => {
    const cases: [string, string][] = [
      ['\u0000', 'control'], ['\u0001', 'control'], ['\u000b', 'control'], ['\u000c', 'control'], ['\u007f', 'control'],
      ['\u0085', 'control'], ['\u009f', 'control'], ['\u2028', 'control'], ['\u2029', 'control'],
      ['\u202e', 'bidi'], ['\u202a', 'bidi'], ['\u200e', 'bidi'], ['\u200f', 'bidi'], ['\u2066', 'bidi'], ['\u2069', 'bidi'], ['\u061c', 'bidi'],
      ['\u200b', 'format'], ['\u200c', 'format'], ['\u200d', 'format'], ['\u2060', 'format'], ['\ufeff', 'format'], ['\u00ad', 'format'],
      ['\ufdd0', 'noncharacter'], ['\ufdef', 'noncharacter'], ['\ufffe', 'noncharacter'], ['\uffff', 'noncharacter'], ['\u{1fffe}', 'noncharacter'], ['\u{10ffff}', 'noncharacter'],
      ['\ud800', 'surrogate'], ['\udc00', 'surrogate'], ['x\ud83d', 'surrogate'],
      ['a\u0301\u0302', 'combining'], ['e\u20d7', 'combining'], ['\ufe0f', 'combining'],
      ['\u05d0', 'right-to-left'], ['\u0627', 'right-to-left'], ['\ufb1d', 'right-to-left'],
      ['\ue000', 'private-use'], ['\uf001', 'private-use'],
      ['\ufffd', 'replacement'], ['\ufffc', 'replacement'],
      ['\u4e2d', 'no-glyph'], ['\uac00', 'no-glyph'], ['\u0e01', 'no-glyph'],
    ];
    for (const [s, reason] of cases) expect(findUnprintable(s)?.reason, JSON.stringify(s)).toBe(reason);
  });

  it('gives the character itself, a lone surrogate as its one unit', () => {
    expect(findUnprintable('a\ud800b')).toEqual({ index: 2, codePoint: 0xd800, char: '\ud800', reason: 'surrogate' });
    expect(findUnprintable('a\u202eb')).toEqual({ index: 2, codePoint: 0x202e, char: '\u202e', reason: 'bidi' });
  });

  it('scans 100 000 characters of adversarial text in linear time', () => {
    const inputs = ['ệ'.repeat(100_000), 'a '.repeat(50_000), 'ệ'.repeat(99_999) + '\u202e', '\ud800'.repeat(100_000), '𝕏'.repeat(50_000)];
    for (const s of inputs) {
      const t0 = performance.now();
      findUnprintable(s);
      expect(performance.now() - t0, s.slice(0, 2)).toBeLessThan(50);
    }
  });
});

describe('the printable repertoire', () => {
  it('is generated from the fonts and up to date (scripts/gen-printable.mjs --check)', () => {
    expect(fs.existsSync(path.join(ROOT, 'packages/pdf/dist/fonts/font-source.js')), 'run `pnpm build` first').toBe(true);
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/gen-printable.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(stderr).toBe('');
  });

  it('holds runs in increasing order, none empty or touching the next', () => {
    expect(PRINTABLE_RUNS.length % 2).toBe(0);
    // Alternately a gap (only the first may be 0) and a length (never 0).
    PRINTABLE_RUNS.forEach((n, i) => expect(n, `entry ${i}`).toBeGreaterThanOrEqual(i === 0 ? 0 : 1));
  });
});
