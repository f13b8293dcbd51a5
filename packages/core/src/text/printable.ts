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

// Negated character classes of the printable runs. The full one has a hundred ranges, which
// Irregexp tests by binary search, about ten times slower than a class of a few; so a string
// is first tested against the runs of the blocks ordinary text is made of (ASCII, Latin-1 and
// Latin Extended, Vietnamese, general punctuation and currency), and only a string with a
// character outside them is searched with the full class. Built on first use.
// The blocks Vietnamese text lives in; none of their characters changes under NFC (U+2000 and
// U+2001 would, so punctuation starts at U+2002).
const COMMON_BLOCKS = [[0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2002, 0x20cf]];
let patterns: { common: RegExp; full: RegExp } | undefined;
function unprintablePatterns(): { common: RegExp; full: RegExp } {
  if (patterns) return patterns;
  let full = '';
  let common = '';
  let end = 0;
  let astral = false;
  const range = (a: number, b: number) => (a === b ? hex4(a) : `${hex4(a)}-${hex4(b)}`);
  for (let i = 0; i < PRINTABLE_RUNS.length; i += 2) {
    const first = end + PRINTABLE_RUNS[i]!;
    end = first + PRINTABLE_RUNS[i + 1]!;
    full += range(first, end - 1);
    for (const [a, b] of COMMON_BLOCKS) if (first <= b! && end - 1 >= a!) common += range(Math.max(first, a!), Math.min(end - 1, b!));
    if (end > 0x10000) astral = true;
  }
  // Without astral runs, any surrogate is out: a code-unit class is enough, and faster.
  return (patterns = { common: new RegExp(`[^${common}]`), full: new RegExp(`[^${full}]`, astral ? 'u' : '') });
}

// Why a character is out, tested in this order (a bidi control is also a format character,
// U+2028 is no Cc but breaks a line). One alternation, the first group that matches names it.
const REASONS: readonly UnprintableReason[] = ['surrogate', 'bidi', 'control', 'noncharacter', 'format', 'combining', 'private-use', 'replacement', 'right-to-left'];
// The right-to-left group is the blocks whose letters are written right to left (Hebrew,
// Arabic, Syriac, Thaana, NKo… and their presentation forms): the layout has no bidi algorithm.
const KIND = /(\p{Cs})|(\p{Bidi_Control})|([\0-\x1f\x7f-\x9f\u2028\u2029])|(\p{Noncharacter_Code_Point})|(\p{Cf})|(\p{M})|(\p{Co})|([\ufffc\ufffd])|([\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}])/u;

function reasonFor(ch: string): UnprintableReason {
  const m = KIND.exec(ch);
  return m ? REASONS[m.indexOf(ch, 1) - 1]! : 'no-glyph';
}

/**
 * True when every character of `text` is printable and from the blocks Vietnamese text lives in
 * (Latin to U+02FF, Latin Extended Additional, punctuation and currency from U+2002): one
 * scan that settles the usual sentence. None of these characters changes under NFC, so a
 * caller may skip normalising such text as well.
 */
export function isCommonPrintable(text: string): boolean {
  return !unprintablePatterns().common.test(text);
}

/**
 * The first character of `text` an official PDF cannot print as typed, or undefined.
 * Expects NFC text (validation normalises first): a combining mark NFC would have merged
 * into its letter is reported as `combining`.
 */
export function findUnprintable(text: string): UnprintableCharacter | undefined {
  if (isCommonPrintable(text)) return undefined;
  const { full } = unprintablePatterns();
  const m = full.exec(text);
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
  return { index, codePoint: cp, char, reason: reasonFor(char) };
}
