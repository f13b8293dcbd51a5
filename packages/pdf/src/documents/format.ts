import { formatNumber } from '@thidua/core';

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

/** 1.234,5 */
export const num = (v: number) => formatNumber(v, 'vi');

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
