// What validation accepts, the official PDF prints as typed: every character of the printable
// repertoire comes back from the text layer and draws ink; Latin-1 and symbols read back
// through OCR; and, for random strings mixing every kind of character, either validate()
// refuses them at the right position or the PDF's text layer gives them back exactly.
import { findUnprintable } from '@thidua/core';
import { InvalidSubmissionError, renderSubmission } from '@thidua/pdf/node';
import { getExample } from '@thidua/plans';
import { validate } from '@thidua/validate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inkRatio, normalizeText, ocrPage, pdfText, pdfWords, renderGray } from './tools.js';

const PLAN = 'dong-nai-so-ket-2023';
const FIELD = '/sections/thuanLoi/text';
// Anchors around the text under test, so the text layer between them must be exactly it.
const START = 'BẮT ĐẦU';
const END = 'KẾT THÚC';

/** The report example with `text` as the paragraph under test. */
function reportWith(text: string): any {
  const data: any = getExample(PLAN, 'report');
  data.sections.thuanLoi.text = `${START} ${text} ${END}`;
  return data;
}

/** The text layer between the anchors, whitespace collapsed (as the layout prints it), page numbers left out. */
function printedBetweenAnchors(pdf: Uint8Array): string {
  const all = normalizeText(pdfText(pdf, { raw: true }).split('\n').filter((l) => !/^\s*\d{1,4}\s*$/.test(l)).join('\n'));
  const from = all.indexOf(`${START} `);
  const to = all.indexOf(` ${END}`, from);
  expect(from, 'start anchor').toBeGreaterThanOrEqual(0);
  expect(to, 'end anchor').toBeGreaterThan(from);
  return all.slice(from + START.length + 1, to);
}

/** Every code point findUnprintable accepts on its own, whitespace aside (it prints as a space). */
function repertoire(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (!/\s/u.test(ch) && !findUnprintable(ch)) out.push(ch);
  }
  return out;
}

describe('the printable repertoire on paper', () => {
  it('every character prints as itself: the text layer gives each back, in order, and each draws ink', async () => {
    const chars = repertoire();
    expect(chars.length).toBeGreaterThan(2500);
    const pdf = await renderSubmission(PLAN, 'report', reportWith(chars.join(' ')));
    // Validation stores NFC: a singleton such as U+2126 OHM SIGN prints as U+03A9 Ω.
    const expected = chars.map((c) => c.normalize('NFC'));
    const printed = printedBetweenAnchors(pdf).split(' ');
    const wrong = expected.map((c, i) => [c, printed[i]]).filter(([a, b]) => a !== b);
    expect(wrong.slice(0, 10), `${wrong.length} characters read back differently`).toEqual([]);
    expect(printed).toHaveLength(expected.length);

    const inked = new Set<string>();
    const wanted = new Set(expected);
    for (const page of pdfWords(pdf)) {
      const words = page.words.filter((w) => wanted.has(w.text));
      if (!words.length) continue;
      const img = renderGray(pdf, page.page, 150);
      for (const w of words) if (inkRatio(img, { region: w }) > 0) inked.add(w.text);
    }
    expect([...wanted].filter((c) => !inked.has(c))).toEqual([]);
  });

  it('Latin-1 letters and symbols read back through OCR (tesseract -l vie)', async () => {
    const pdf = await renderSubmission(PLAN, 'report', reportWith('Giá € 1.000 theo § 5; Ñandú, Ærøskøbing, Großmann ©'));
    const text = ocrPage(pdf, 1, { lang: 'vie' });
    for (const w of ['€ 1.000', '§ 5', 'Ñandú', 'røskøbing', '©']) expect(text, w).toContain(w);
  });

  it('what printed as "Trần Thị ☃☃ ☃ ☃ Ж" is refused before any PDF is made', async () => {
    const data: any = getExample('lam-dong-2022-2025', 'nomination');
    const i = data.nominees.findIndex((n: any) => n.type === 'individual');
    data.nominees[i].profile.fullName = 'Trần Thị 中文 ☃ 𝕏 Ж';
    const err = await renderSubmission('lam-dong-2022-2025', 'nomination', data).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidSubmissionError);
    expect((err as InvalidSubmissionError).errors.map((e) => [e.path, e.code])).toContainEqual([`/nominees/${i}/profile/fullName`, 'unprintable-character']);
  });
});

// ---- Fuzz: validate → PDF ----

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
const VIETNAMESE = [...'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'];
// Mostly what people type, sometimes something that must be refused (about half the strings
// end up accepted, so both branches of the property run).
const unit = fc.oneof(
  { weight: 30, arbitrary: range(0x20, 0x7e) },
  { weight: 20, arbitrary: fc.constantFrom(...VIETNAMESE) },
  { weight: 8, arbitrary: range(0xa0, 0xff) },
  { weight: 6, arbitrary: range(0x391, 0x3c9) },
  { weight: 6, arbitrary: range(0x400, 0x4ff) },
  { weight: 4, arbitrary: fc.constantFrom(' ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000') },
  { weight: 3, arbitrary: range(0x2010, 0x20bf) },
  { weight: 1, arbitrary: fc.constantFrom('😀', '𝕏', '☃', '\u{1f1fb}\u{1f1f3}') },
  { weight: 1, arbitrary: range(0x4e00, 0x9fff) },
  { weight: 1, arbitrary: fc.oneof(range(0x00, 0x1f), range(0x7f, 0x9f)) },
  { weight: 1, arbitrary: fc.constantFrom('\u202e', '\u202a', '\u200e', '\u200f', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c') },
  { weight: 1, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u2028') },
  { weight: 1, arbitrary: range(0x300, 0x36f) },
  { weight: 1, arbitrary: fc.oneof(range(0x5d0, 0x5ea), range(0x627, 0x64a)) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '\ufffd', '\uffff', '\ue000') },
);

/** 1-based position (in code points) and code of the first code point refused on its own. */
function firstRefused(text: string): { position: number; codePoint: number } | undefined {
  let position = 0;
  for (const ch of text) {
    position++;
    if (findUnprintable(ch)) return { position, codePoint: ch.codePointAt(0)! };
  }
  return undefined;
}

const RUNS = Number(process.env['THIDUA_FUZZ_RUNS'] ?? 50);

describe('validate → PDF, fuzzed', () => {
  it('an accepted string prints exactly as typed (NFC); a refused one is refused at its first unprintable character', { timeout: Math.max(30_000, RUNS * 200) }, async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 1, maxLength: 24 }), async (typed) => {
        const data = reportWith(typed);
        const stored = data.sections.thuanLoi.text.normalize('NFC');
        const r = validate(PLAN, 'report', data);
        const own = r.errors.filter((e) => e.path === FIELD);
        const bad = firstRefused(stored);
        if (bad) {
          refused++;
          expect(r.ok).toBe(false);
          expect(own.map((e) => e.code)).toEqual(['unprintable-character']);
          expect(own[0]!.params).toMatchObject({ position: bad.position, codePoint: `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}` });
          return;
        }
        accepted++;
        expect(r.errors).toEqual([]);
        const pdf = await renderSubmission(PLAN, 'report', data);
        expect(printedBetweenAnchors(pdf)).toBe(normalizeText(stored.slice(START.length + 1, -(END.length + 1))));
      }),
      // fast-check prints the seed of a failure; THIDUA_FUZZ_RUNS runs longer locally.
      { numRuns: RUNS },
    );
    console.log(`validate → PDF fuzz: ${accepted} accepted and printed, ${refused} refused`);
    // Both branches ran (a skewed generator would make the property vacuous on one side).
    expect(accepted).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  });
});
