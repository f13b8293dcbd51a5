import type { Lang } from '../messages/lang.js';

export interface FormatNumberOptions {
  /** Thousands groups (default yes); years and other codes are written without them. */
  grouping?: boolean;
  /** Decimals kept at most (default 2, as messages and documents print figures). */
  maximumFractionDigits?: number;
}

// Building an Intl.NumberFormat costs tens of microseconds, and the first one in a process
// 15–20 ms (ICU loads its locale data): each is built on first use, never at import, so a
// program that prints no figure never pays; the default ones (every message and printed figure)
// are then found without a lookup.
const build = (lang: Lang, digits: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
const DEFAULT: Partial<Record<Lang, Intl.NumberFormat>> = {};
const other = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number | undefined): Intl.NumberFormat {
  if (digits === undefined || digits === 2) return (DEFAULT[lang] ??= build(lang, 2));
  const key = `${lang}:${digits}`;
  let f = other.get(key);
  if (!f) other.set(key, (f = build(lang, digits)));
  return f;
}

/** 1.234,5 in Vietnamese, 1,234.5 in English; without grouping, 1234,5 and 1234.5. */
export function formatNumber(n: number, lang: Lang, options: FormatNumberOptions = {}): string {
  if (options.grouping === false) return String(n).replace('.', lang === 'vi' ? ',' : '.');
  // Some ICU versions write U+2212 for the minus sign; typed and printed text uses "-".
  return numberFormat(lang, options.maximumFractionDigits).format(n).replace(/\u2212/g, '-');
}
