import type { Figure, FigureQualifier, PlanDefinition } from '@thidua/core';
import { arr, num, obj, str } from './rules/context.js';
import { figureRows } from './rules/figure-data.js';

/** The sum of figures that count the same thing in the same unit. */
export interface FigureTotal {
  /** Plan indicator id, when the figures are bound to one. */
  indicator?: string;
  /** What is counted: the indicator's label, or the `what` of the first figure. */
  what: string;
  unit: string;
  /** Sum of the values (of the lower ends, for ranges). */
  value: number;
  /** Sum of the upper ends, when some figure is a range "từ … đến …". */
  upTo?: number;
  /** Sum of the wholes, when every figure is "{value}/{of}". */
  of?: number;
  /** How many figures were added. */
  count: number;
  /** True when any figure is qualified or a range: the total is then not an exact number. */
  approximate: boolean;
  /** The qualifiers the added figures carry ("tren", "gan" …), each once, in first-seen order. */
  qualifiers: FigureQualifier[];
}

const keyText = (s: string) => s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');

/** A report's single indicator values as figures, with the qualifier the report gives them. */
function indicatorFigures(plan: PlanDefinition | undefined, section: Record<string, unknown>): Figure[] {
  if (!plan) return [];
  const qualifiers = obj(section['qualifiers']);
  const out: Figure[] = [];
  for (const [id, raw] of Object.entries(obj(section['indicators']))) {
    const ind = plan.indicators.find((i) => i.id === id);
    const value = num(raw);
    if (!ind || value === undefined) continue;
    const q = str(qualifiers[id]);
    out.push({ what: ind.label, value, unit: ind.unit, indicator: id, ...(q ? { qualifier: q as FigureQualifier } : {}) });
  }
  return out;
}

/** Every figure of a nomination dossier (its nominees') or of a report (its sections', indicator values included). */
export function figuresOf(doc: unknown, plan?: PlanDefinition): Figure[] {
  const d = obj(doc);
  const out: Figure[] = [];
  for (const n of arr(d['nominees'])) out.push(...figureRows(obj(n)['figures']));
  for (const section of Object.values(obj(d['sections']))) {
    out.push(...indicatorFigures(plan, obj(section)), ...figureRows(obj(section)['figures']));
  }
  return out.map(({ index: _index, ...f }: Figure & { index?: number }) => f);
}

/**
 * Totals of figures by (indicator, unit), or by (what, unit) for figures bound to no indicator,
 * across dossiers or reports. Units are never converted: "ha" and "m²" stay two totals. A total
 * of "trên 57" and "gần 47" is 104 with `approximate: true` and both qualifiers, never an exact 104.
 */
export function totalFigures(docs: readonly unknown[], plan?: PlanDefinition): FigureTotal[] {
  const totals = new Map<string, FigureTotal>();
  for (const f of docs.flatMap((d) => figuresOf(d, plan))) {
    const key = `${f.indicator ? `#${f.indicator}` : keyText(f.what)}\u0000${keyText(f.unit)}`;
    const label = f.indicator ? plan?.indicators.find((i) => i.id === f.indicator)?.label ?? f.what : f.what;
    const t = totals.get(key) ?? { ...(f.indicator ? { indicator: f.indicator } : {}), what: label, unit: f.unit.trim(), value: 0, count: 0, approximate: false, qualifiers: [] };
    if (f.upTo !== undefined || t.upTo !== undefined) t.upTo = (t.upTo ?? t.value) + (f.upTo ?? f.value);
    // A whole is summed only while every figure has one; one without ends it.
    t.of = f.of !== undefined && (t.count === 0 || t.of !== undefined) ? (t.of ?? 0) + f.of : undefined;
    if (t.of === undefined) delete t.of;
    t.value += f.value;
    t.count += 1;
    if (f.qualifier && !t.qualifiers.includes(f.qualifier)) t.qualifiers.push(f.qualifier);
    t.approximate = t.approximate || f.qualifier !== undefined || f.upTo !== undefined;
    totals.set(key, t);
  }
  return [...totals.values()];
}
