import { formatNumber } from '@thidua/core';

/** What a draft prints for a part that is missing or cannot be printed. */
export const PLACEHOLDER = '…';

/**
 * "Đồng Nai, ngày 06 tháng 6 năm 2023": leading zero for days below 10 and for months 1
 * and 2 only (NĐ 30/2020 Phụ lục I, ô 4).
 */
export function placeDateLine(place: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return `${place}, ngày … tháng … năm …`;
  const [, y, mo, d] = m;
  const month = Number(mo);
  return `${place}, ngày ${d} tháng ${month <= 2 ? mo : String(month)} năm ${y}`;
}

/** dd/mm/yyyy. */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export const upper = (s: string) => s.toLocaleUpperCase('vi');

/** 1.234,5; a draft's missing figure (NaN) as "…". */
export const num = (v: number) => (Number.isFinite(v) ? formatNumber(v, 'vi') : PLACEHOLDER);

/** A count or a year as written (2023, not 2.023); a draft's missing figure as "…". */
export const figure = (v: number) => (Number.isFinite(v) ? String(v) : PLACEHOLDER);

/** "Nam", "Nữ"; anything else (a draft) "…". */
export const genderLabel = (g: string) => (g === 'nu' ? 'Nữ' : g === 'nam' ? 'Nam' : PLACEHOLDER);

/** Lines of a free text: one paragraph per non-empty line. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}

/** "- a;" … "- z." as in Nơi nhận and multi-recipient Kính gửi. */
export function dashList(items: string[]): string[] {
  return items.map((it, i) => {
    const t = it.trim().replace(/[;.,]+$/u, '');
    return `- ${t}${i === items.length - 1 ? '.' : ';'}`;
  });
}
