import type { Figure, FigureQualifier } from '@thidua/core';
import { arr, num, obj, str } from './context.js';

const QUALIFIERS: readonly string[] = ['tren', 'hon', 'gan', 'khoang', 'duoi'];

/** A figure row read defensively (the data may violate the schema); `index` is its place in the list. */
export interface FigureRow extends Figure {
  index: number;
}

/** The rows of a `figures` list that have at least a value; others are the schema's errors. */
export function figureRows(raw: unknown): FigureRow[] {
  const out: FigureRow[] = [];
  arr(raw).forEach((r, index) => {
    const o = obj(r);
    const value = num(o['value']);
    if (value === undefined) return;
    const q = str(o['qualifier']);
    const f: FigureRow = { index, what: str(o['what']) ?? '', value, unit: str(o['unit']) ?? '' };
    for (const k of ['upTo', 'of', 'year', 'fromYear', 'toYear'] as const) {
      const v = num(o[k]);
      if (v !== undefined) f[k] = v;
    }
    if (q !== undefined && QUALIFIERS.includes(q)) f.qualifier = q as FigureQualifier;
    const ind = str(o['indicator']);
    if (ind !== undefined) f.indicator = ind;
    out.push(f);
  });
  return out;
}

/** The exact figure of one year: no "trên"/"khoảng", no range, no span. Only such a figure proves a threshold. */
export const isExactYearFigure = (f: Figure): f is Figure & { year: number } =>
  f.year !== undefined && f.qualifier === undefined && f.upTo === undefined && f.fromYear === undefined && f.toYear === undefined;

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** Whether the figure is written in the unit the plan's indicator is measured in. */
export const sameUnit = (a: string, b: string): boolean => norm(a) === norm(b);
