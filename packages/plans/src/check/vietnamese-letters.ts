/**
 * The letters Vietnamese administrative texts number points with, in order: the alphabet has
 * đ after d and no f, j, w or z (Nghị định 30/2020/NĐ-CP numbers "a), b), c), d), đ), e), g) …").
 */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

/** Position of a point letter in the Vietnamese order, or -1 for a letter the order does not use (f, j, w, z). */
export function letterRank(letter: string): number {
  return (VIETNAMESE_LETTERS as readonly string[]).indexOf(letter.toLowerCase());
}

/** The letters from `from` to `to`, both included, in Vietnamese order ("b"–"đ" gives b, c, d, đ). */
export function letterRange(from: string, to: string): string[] {
  const a = letterRank(from);
  const b = letterRank(to);
  return a < 0 || b < a ? [] : VIETNAMESE_LETTERS.slice(a, b + 1);
}
