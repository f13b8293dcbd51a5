import type { PageSetup } from './page-setup.js';

// Landscape pages (khổ ngang): Decree 30/2020 keeps A4 portrait but for a table in the body
// that does not fit it.

export type Orientation = 'portrait' | 'landscape';

/**
 * The same sheet turned to landscape (297 × 210 mm). The margins keep their names on the
 * turned page (top 20–25, bottom 20–25, left 30–35, right 15–20 mm), as agencies print a
 * khổ ngang table: the wide margin stays on the left edge of what is read.
 */
export function turned(setup: PageSetup, orientation: Orientation): PageSetup {
  const wide = setup.width > setup.height;
  if (wide === (orientation === 'landscape')) return setup;
  const { margin } = setup;
  return { width: setup.height, height: setup.width, margin, textWidth: setup.height - margin.left - margin.right };
}
