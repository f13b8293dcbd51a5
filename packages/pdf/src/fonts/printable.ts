// What a code point becomes on paper. The text layer (ToUnicode) must say exactly what the
// page shows: a character the font has prints as itself; one that only steers a renderer we
// do not have (bidi embeddings, overrides and isolates, zero-width joiners, soft hyphen, BOM,
// variation selectors) prints as nothing — drawn, Tinos shows most of them as visible marks;
// anything else without an honest glyph (controls, private use, unassigned code points and
// noncharacters, lone surrogates, letters Tinos lacks) prints as U+FFFD "�", never as the
// font's empty .notdef box.

/** The visible stand-in for a character that cannot be printed. */
export const REPLACEMENT = 0xfffd;

const INVISIBLE = /^[\p{Cf}\p{Variation_Selector}]$/u;
const UNPRINTABLE = /^[\p{Cc}\p{Co}\p{Cn}\p{Cs}]$/u;

export type Printing = 'self' | 'replace' | 'drop';

/** How a code point is printed before its glyph is looked up ('self': if the font has one). */
export function printing(cp: number): Printing {
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE.test(ch)) return 'drop';
  if (UNPRINTABLE.test(ch)) return 'replace';
  return 'self';
}
