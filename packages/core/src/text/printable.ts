// Which characters an official PDF can print as typed. The repertoire is generated from the
// document font (scripts/gen-printable.mjs); this module finds the first character outside
// it and says why it is out, so a message can tell the user what to fix.

import { PRINTABLE_RUNS } from './printable-ranges.generated.js';

export type UnprintableReason =
  | 'control'
  | 'bidi'
  | 'format'
  | 'noncharacter'
  | 'surrogate'
  | 'combining'
  | 'right-to-left'
  | 'private-use'
  | 'replacement'
  | 'no-glyph';

export interface UnprintableCharacter {
  /** 1-based position in code points, as a user counts characters. */
  index: number;
  codePoint: number;
  /** The character itself (a lone surrogate stays one UTF-16 unit). */
  char: string;
  reason: UnprintableReason;
}

const hex4 = (cp: number) => (cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\u{${cp.toString(16)}}`);

// One negated character class of the printable runs. Irregexp turns it into a few range
// comparisons, so plain ASCII and Vietnamese text is scanned in one tight native loop.
// Built on first use: pages that never validate pay nothing.
let unprintable: RegExp | undefined;
function unprintablePattern(): RegExp {
  if (unprintable) return unprintable;
  let cls = '';
  let end = 0;
  let astral = false;
  for (let i = 0; i < PRINTABLE_RUNS.length; i += 2) {
    const first = end + PRINTABLE_RUNS[i]!;
    end = first + PRINTABLE_RUNS[i + 1]!;
    cls += end - 1 === first ? hex4(first) : `${hex4(first)}-${hex4(end - 1)}`;
    if (end > 0x10000) astral = true;
  }
  // Without astral runs, any surrogate is out: a code-unit class is enough, and faster.
  return (unprintable = new RegExp(`[^${cls}]`, astral ? 'u' : ''));
}

const BIDI = /\p{Bidi_Control}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const FORMAT = /\p{Cf}/u;
const MARK = /\p{M}/u;
const PRIVATE_USE = /\p{Co}/u;
// Blocks whose letters are written right to left (Hebrew, Arabic, Syriac, Thaana, NKo… and
// their presentation forms): the layout has no bidi algorithm.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

function reasonFor(cp: number, ch: string): UnprintableReason {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if (BIDI.test(ch)) return 'bidi';
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return 'control';
  if (NONCHARACTER.test(ch)) return 'noncharacter';
  if (FORMAT.test(ch)) return 'format';
  if (MARK.test(ch)) return 'combining';
  if (PRIVATE_USE.test(ch)) return 'private-use';
  if (cp === 0xfffc || cp === 0xfffd) return 'replacement';
  if (RIGHT_TO_LEFT.test(ch)) return 'right-to-left';
  return 'no-glyph';
}

/**
 * The first character of `text` an official PDF cannot print as typed, or undefined.
 * Expects NFC text (validation normalises first): a combining mark NFC would have merged
 * into its letter is reported as `combining`.
 */
export function findUnprintable(text: string): UnprintableCharacter | undefined {
  const m = unprintablePattern().exec(text);
  if (!m) return undefined;
  const at = m.index;
  const cp = text.codePointAt(at)!;
  const char = String.fromCodePoint(cp);
  let index = 1;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < at) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    index++;
  }
  return { index, codePoint: cp, char, reason: reasonFor(cp, char) };
}
