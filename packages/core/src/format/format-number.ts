import type { Lang } from '../messages/lang.js';

export interface FormatNumberOptions {
  /** Thousands groups (default yes); years and other codes are written without them. */
  grouping?: boolean;
  /** Decimals kept at most (default 2, as messages and documents print figures). */
  maximumFractionDigits?: number;
}

// The first Intl.NumberFormat of a process costs 20–30 ms (ICU loads its locale data), a
// tenth of a `thidua pdf` run, for two fixed patterns. These are written here instead, as ICU
// writes them (format.test.ts compares the two on random numbers): rounded half away from zero
// on the shortest decimal form of the number, trailing zeros dropped, groups of three.
const MARKS: Record<Lang, { group: string; decimal: string }> = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** 1.234,5 in Vietnamese, 1,234.5 in English; without grouping, 1234,5 and 1234.5. */
export function formatNumber(n: number, lang: Lang, options: FormatNumberOptions = {}): string {
  if (options.grouping === false) return String(n).replace('.', lang === 'vi' ? ',' : '.');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return `${sign}∞`;
  const { int, frac } = rounded(Math.abs(n), options.maximumFractionDigits ?? 2);
  const { group, decimal } = MARKS[lang];
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  return `${sign}${grouped}${frac ? decimal + frac : ''}`;
}

/** The digits of `x` (≥ 0) before and after the point, rounded to `digits` decimals. */
function rounded(x: number, digits: number): { int: string; frac: string } {
  // The shortest digits that read back as x, and where the point goes among them.
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
  const all = mantissa.replace('.', '');
  const point = Number(exponent) + 1;
  // Enough zeros on either side that the point falls inside the digits.
  const lead = point < 1 ? 1 - point : 0;
  const padded = '0'.repeat(lead) + all + '0'.repeat(Math.max(0, point - all.length));
  const at = point + lead;
  let keep = padded.slice(0, at + digits).padEnd(at + digits, '0');
  if ((padded.charCodeAt(at + digits) || 48) >= 53) keep = plusOne(keep);
  const cut = keep.length - digits;
  const int = keep.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
  return { int, frac: keep.slice(cut).replace(/0+$/, '') };
}

/** A string of decimal digits plus one in its last place ("0999" → "1000", "99" → "100"). */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}
