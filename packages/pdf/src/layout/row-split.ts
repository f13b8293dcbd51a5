import type { Drawable } from './flow.js';

// Splitting a table row between pages: each cell is cut between its lines, never inside one,
// and continues at the top of the row on the next page.

function top(d: Drawable): number {
  return d.kind === 'text' ? d.y - d.size * 0.9 : d.kind === 'field' ? d.y : Math.min(d.y1, d.y2);
}

function bottom(d: Drawable): number {
  return d.kind === 'text' ? d.y + d.size * 0.3 : d.kind === 'field' ? d.y + d.height : Math.max(d.y1, d.y2);
}

/** The lowest point of a cell's content. */
export function contentBottom(items: Drawable[]): number {
  return items.reduce((m, d) => Math.max(m, bottom(d)), 0);
}

const byTop = (items: Drawable[]) => [...items].sort((a, b) => top(a) - top(b));

/**
 * Height of a row's start: the first `keep` lines of its tallest cell when the row has lines
 * enough to keep that many on both sides of a cut, else the whole content.
 */
export function startHeight(cells: Drawable[][], keep: number): number {
  const tallest = cells.reduce<Drawable[]>((a, c) => (c.length > a.length ? c : a), []);
  if (tallest.length < 2 * keep) return Math.max(...cells.map(contentBottom), 0);
  return bottom(byTop(tallest)[keep - 1]!);
}

export interface RowCut {
  /** Each cell's lines on this page. */
  now: Drawable[][];
  /** Each cell's lines for the next page, moved up to start at the row's top. */
  later: Drawable[][];
}

/**
 * Cuts a row's cells to fill `avail` points. A cell keeps `keep` lines on each side of its cut
 * where it has them, else goes over whole; a cell that fits stays whole. Null when the tallest
 * cell cannot keep its lines here, so the row is better moved; with `force` (nothing may move:
 * the row is the first under a repeated header, or taller than a page) the lines that fit go.
 */
export function cutRow(cells: Drawable[][], avail: number, keep: number, force = false): RowCut | null {
  const sorted = cells.map(byTop);
  const fitting = sorted.map((lines) => {
    let k = 0;
    while (k < lines.length && bottom(lines[k]!) <= avail + 0.01) k++;
    return k;
  });
  let counts = sorted.map((lines, i) => {
    let k = fitting[i]!;
    if (k >= lines.length) return k;
    if (lines.length - k < keep) k = lines.length - keep;
    return k < keep ? 0 : k;
  });
  const tallest = sorted.reduce((best, lines, i) => (lines.length > sorted[best]!.length ? i : best), 0);
  if (!counts[tallest]) {
    if (!force) return null;
    counts = fitting.map((k) => k);
    if (!counts.some((k) => k > 0)) counts[tallest] = 1;
  }
  const now: Drawable[][] = [];
  const later: Drawable[][] = [];
  sorted.forEach((lines, i) => {
    const k = counts[i]!;
    now.push(lines.slice(0, k));
    const rest = lines.slice(k);
    const cut = rest.length ? top(rest[0]!) : 0;
    for (const d of rest) {
      if (d.kind !== 'stroke') d.y -= cut; else { d.y1 -= cut; d.y2 -= cut; }
    }
    later.push(rest);
  });
  return { now, later };
}
