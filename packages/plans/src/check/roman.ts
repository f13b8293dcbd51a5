const ROMAN = /^(?=[IVXLC])(?:C[D]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500 };

/** True for an upper-case Roman numeral up to 899 ("IV", "XII"); parts of a plan never go further. */
export function isRoman(s: string): boolean {
  return ROMAN.test(s);
}

/** The value of a Roman numeral ("XIV" gives 14); assumes `isRoman`. */
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]!]!;
    const next = VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The Roman numeral of 1–899. */
export function toRoman(n: number): string {
  const table: [number, string][] = [[500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
