// Page geometry of Decree 30/2020/NĐ-CP, Phụ lục I, Phần I.I: A4 portrait, margins in mm.
import { ThiduaError } from '@thidua/core';

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

/** A margin outside the Decree's range; `details` names the side, the value and the range (mm). */
export class MarginError extends ThiduaError<'THIDUA_PDF_MARGIN', { side: keyof Margins; value: number; min: number; max: number }> {
  override name = 'MarginError';
  constructor(side: keyof Margins, value: number, min: number, max: number) {
    super('THIDUA_PDF_MARGIN', {
      vi: `Lề ${side} = ${value} mm nằm ngoài khoảng ${min}–${max} mm của Nghị định 30/2020/NĐ-CP: hãy chọn lề trong khoảng đó`,
      en: `margin ${side} = ${value} mm must be ${min}–${max} mm (Decree 30/2020, Appendix I): choose a margin in that range.`,
    }, { details: { side, value, min, max } });
  }
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
      throw new MarginError(k, m[k], lo, hi);
    }
  }
  const margin = { top: m.top * MM, bottom: m.bottom * MM, left: m.left * MM, right: m.right * MM };
  return { width: A4.width, height: A4.height, margin, textWidth: A4.width - margin.left - margin.right };
}
