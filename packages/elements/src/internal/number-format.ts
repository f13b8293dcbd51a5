// Numbers as Vietnamese officials type them: "1.234,5" (dot groups, decimal comma), in English
// "1,234.5". Parsing accepts both conventions where the text is unambiguous; formatting is core's.

import type { FormatNumberOptions, Lang } from '@thidua/core';

/**
 * Figures shown back in the form keep every decimal the user typed (core's default rounds to
 * the two that messages and printed documents use); years and other codes pass `grouping: false`.
 */
export const TYPED_FIGURE: FormatNumberOptions = { maximumFractionDigits: 10 };

const GROUPED = (sep: string) => new RegExp(`^[1-9]\\d{0,2}(\\${sep}\\d{3})+$`);
const DOT_GROUPED = GROUPED('.');
const COMMA_GROUPED = GROUPED(',');
const PLAIN = /^\d+$/;

/**
 * What the user typed → a number, or `NaN` when it is not one. Accepted: "1234", "1.234,5",
 * "1234,5", "1234.5", "1,234.5", "1 234,5", "-3,5", "12,5%". A single separator followed
 * by exactly three digits ("1.234") is a thousands group in Vietnamese and a decimal point
 * in English, as each language writes it. Blank text → `undefined`.
 */
export function parseNumber(text: string, lang: Lang): number | undefined {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[\u2212\u2013]/g, '-');
  if (!s) return undefined;
  if (s.endsWith('%')) s = s.slice(0, -1);
  let sign = 1;
  if (s.startsWith('-')) { sign = -1; s = s.slice(1); } else if (s.startsWith('+')) s = s.slice(1);
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  let int: string;
  let frac = '';
  if (dot >= 0 && comma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const [dec, grp] = dot > comma ? ['.', ','] : [',', '.'];
    const at = s.lastIndexOf(dec);
    int = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!(grp === '.' ? DOT_GROUPED : COMMA_GROUPED).test(int) && !PLAIN.test(int)) return NaN;
    int = int.split(grp).join('');
  } else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const grouped = (sep === '.' ? DOT_GROUPED : COMMA_GROUPED).test(s);
    // The separator that groups thousands in the page's language.
    const groupSep = lang === 'vi' ? '.' : ',';
    if (parts.length > 2) {
      if (!grouped) return NaN;
      int = parts.join('');
    } else if (grouped && sep === groupSep) {
      int = parts.join('');
    } else {
      int = parts[0] ?? '';
      frac = parts[1] ?? '';
      if (!int) int = '0';
    }
  } else int = s;
  if (!PLAIN.test(int) || (frac && !PLAIN.test(frac))) return NaN;
  const n = Number(frac ? `${int}.${frac}` : int) * sign;
  return Number.isFinite(n) ? n : NaN;
}
