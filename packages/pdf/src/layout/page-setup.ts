// Page geometry of Decree 30/2020/NĐ-CP, Phụ lục I, Phần I.I: A4 portrait, margins in mm.

export const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM } as const;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Legal ranges in mm (top/bottom 20–25, left 30–35, right 15–20). */
export const MARGIN_RANGES: Record<keyof Margins, [number, number]> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

export const DEFAULT_MARGINS_MM: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

export class MarginError extends Error {
  override name = 'MarginError';
  readonly code = 'THIDUA_PDF_MARGIN';
}

export interface PageSetup {
  width: number;
  height: number;
  /** Margins in points. */
  margin: Margins;
  /** Text-area width in points. */
  textWidth: number;
}

/** Page setup from margins in mm, refused outside the Decree's ranges. */
export function pageSetup(marginsMm: Partial<Margins> = {}): PageSetup {
  const m = { ...DEFAULT_MARGINS_MM, ...marginsMm };
  for (const k of Object.keys(MARGIN_RANGES) as (keyof Margins)[]) {
    const [lo, hi] = MARGIN_RANGES[k];
    if (!(m[k] >= lo && m[k] <= hi)) {
      throw new MarginError(`Lề ${k} = ${m[k]} mm nằm ngoài khoảng ${lo}–${hi} mm của Nghị định 30/2020/NĐ-CP / margin ${k} must be ${lo}–${hi} mm (Decree 30/2020, Appendix I).`);
    }
  }
  const margin = { top: m.top * MM, bottom: m.bottom * MM, left: m.left * MM, right: m.right * MM };
  return { width: A4.width, height: A4.height, margin, textWidth: A4.width - margin.left - margin.right };
}
