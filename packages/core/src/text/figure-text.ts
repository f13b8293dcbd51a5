import { formatNumber } from '../format/format-number.js';
import type { Lang } from '../messages/lang.js';
import type { Figure, FigureQualifier } from '../plan/submission.js';

/** The qualifiers a figure may carry, with the word printed before the number. */
export const FIGURE_QUALIFIERS: readonly { value: FigureQualifier; label: string; labelEn: string }[] = [
  { value: 'tren', label: 'trên', labelEn: 'over' },
  { value: 'hon', label: 'hơn', labelEn: 'more than' },
  { value: 'gan', label: 'gần', labelEn: 'nearly' },
  { value: 'khoang', label: 'khoảng', labelEn: 'about' },
  { value: 'duoi', label: 'dưới', labelEn: 'under' },
];

/** "trên", "gần" … for a qualifier id; "" for none or an unknown one. */
export function qualifierWord(q: string | undefined, lang: Lang = 'vi'): string {
  const hit = FIGURE_QUALIFIERS.find((x) => x.value === q);
  return hit ? (lang === 'en' ? hit.labelEn : hit.label) : '';
}

const n = (v: number, lang: Lang) => (Number.isFinite(v) ? formatNumber(v, lang) : '…');

/**
 * A figure's number and unit as the person wrote it: "khoảng 2 tỷ đồng/năm",
 * "từ 20 đến 100 triệu đồng/hộ", "124/154 hộ", "trên 57 tỷ đồng".
 */
export function figureText(f: Pick<Figure, 'value' | 'unit' | 'upTo' | 'of' | 'qualifier'>, lang: Lang = 'vi'): string {
  const q = qualifierWord(f.qualifier, lang);
  let core = n(f.value, lang);
  if (f.upTo !== undefined) core = lang === 'en' ? `from ${core} to ${n(f.upTo, lang)}` : `từ ${core} đến ${n(f.upTo, lang)}`;
  if (f.of !== undefined) core = `${core}/${n(f.of, lang)}`;
  const unit = f.unit?.trim() ?? '';
  // "0,1%", as written: a percent sign sits on its number; every other unit is a word apart.
  const withUnit = unit.startsWith('%') ? `${core}${unit}` : [core, unit].filter(Boolean).join(' ');
  return [q, withUnit].filter(Boolean).join(' ');
}

/** "2023", "2021–2023" or "" when the figure names no year. */
export function figureYears(f: Pick<Figure, 'year' | 'fromYear' | 'toYear'>): string {
  if (f.year !== undefined) return String(f.year);
  if (f.fromYear !== undefined && f.toYear !== undefined) return `${f.fromYear}–${f.toYear}`;
  return f.fromYear !== undefined ? String(f.fromYear) : f.toYear !== undefined ? String(f.toYear) : '';
}
