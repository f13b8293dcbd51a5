import { formatNumber, type Threshold, type ThresholdTest } from '@thidua/core';
import { interpolate, TERMS } from '@thidua/core/messages';
import { figureText, figureYears } from '@thidua/core/text';
import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { arr, dateYear, inLang, lbl, num, obj, str } from './context.js';
import { userText } from '../user-text.js';
import { figureRows, isExactYearFigure, sameUnit, type FigureRow } from './figure-data.js';

const EPS = 1e-9;

/** Year → value, or the first repeated year. */
export function seriesOf(raw: unknown): { byYear: Map<number, number>; duplicate?: number } {
  const byYear = new Map<number, number>();
  for (const r of arr(raw)) {
    const year = num(obj(r)['year']);
    const value = num(obj(r)['value']);
    if (year === undefined || value === undefined) continue;
    if (byYear.has(year)) return { byYear, duplicate: year };
    byYear.set(year, value);
  }
  return { byYear };
}

export type TestOutcome = { pass: true } | { pass: false; detail: string; missing?: boolean };

/**
 * Evaluates one alternative of a threshold on a year series. `dossierYear` is the year of the
 * dossier's date: "trước khi trình khen thưởng" runs end at the last full year before it.
 */
export function evaluateTest(test: ThresholdTest, series: Map<number, number>, lang: 'vi' | 'en', dossierYear?: number): TestOutcome {
  const f = (n: number) => formatNumber(n, lang);
  const say = TERMS[lang].phrases;
  // Figures for the dossier's own year and later are not yet final: they neither help nor hurt.
  const years = [...series.keys()].filter((y) => dossierYear === undefined || y < dossierYear || test.kind === 'reduction-vs-baseline').sort((a, b) => a - b);
  if (!years.length) return { pass: false, missing: true, detail: interpolate(say.thresholdNoFigures, { test: test.text }) };
  if (test.kind === 'annual-decrease') {
    const n = test.consecutiveYears;
    // "trong 3 năm liên tục trước khi trình khen thưởng": the run ends at the last full year
    // before the dossier's date, not at whatever year the series happens to stop.
    const last = dossierYear === undefined ? years[years.length - 1]! : dossierYear - 1;
    const first = last - n;
    for (let y = first; y <= last; y++) {
      if (!series.has(y)) {
        return { pass: false, missing: true, detail: interpolate(say.thresholdRunGap, { first, last, n, submitted: dossierYear ?? last + 1, year: y, test: test.text }) };
      }
    }
    for (let y = first + 1; y <= last; y++) {
      const drop = series.get(y - 1)! - series.get(y)!;
      if (drop + EPS < test.minPerYear) {
        return { pass: false, detail: interpolate(say.thresholdDropTooSmall, { year: y, drop: f(drop), min: f(test.minPerYear), n, from: first + 1, last }) };
      }
    }
    return { pass: true };
  }
  // "so với đầu kỳ": the period's start year the plan fixes, never the first year typed.
  const b = test.baselineYear;
  const base = series.get(b);
  const later = years.filter((y) => y > b && (dossierYear === undefined || y <= dossierYear));
  if (base === undefined || !later.length || base <= 0) {
    return { pass: false, missing: base === undefined || !later.length, detail: interpolate(say.thresholdBaselineMissing, { baseYear: b, test: test.text }) };
  }
  const last = later[later.length - 1]!;
  const latest = series.get(last)!;
  const reduction = ((base - latest) / base) * 100;
  if (reduction > test.moreThanPercent + EPS) return { pass: true };
  return { pass: false, detail: interpolate(say.thresholdReductionTooSmall, { base: f(base), baseYear: b, latest: f(latest), last, reduction: f(reduction), needed: f(test.moreThanPercent) }) };
}

export function thresholdsFor(ctx: RuleContext, nominee: Record<string, unknown>): Threshold[] {
  const group = str(nominee['group']);
  const category = str(nominee['category']);
  const type = str(nominee['type']);
  return ctx.plan.thresholds.filter((t) =>
    t.appliesTo.group === group &&
    (!t.appliesTo.categories || (category !== undefined && t.appliesTo.categories.includes(category))) &&
    (!t.appliesTo.nomineeTypes || (type !== undefined && t.appliesTo.nomineeTypes.includes(type as never))));
}

/** Numeric criteria over year series ("giảm … trong 3 năm liên tục; hoặc … giảm trên 50%"). */
const check: Rule = (ctx) => {
  const year = dateYear(str(obj(ctx.data['header'])['date']));
  arr(ctx.data['nominees']).forEach((raw, i) => {
    const n = obj(raw);
    const evidence = obj(n['evidence']);
    for (const [id, rows] of Object.entries(evidence)) {
      const { duplicate } = seriesOf(rows);
      if (duplicate !== undefined) ctx.report({ path: `/nominees/${i}/evidence/${id}`, code: 'series-year-duplicate', params: { year: String(duplicate) } });
    }
    const figures = nomineeFigures(ctx, evidence, figureRows(n['figures']), i);
    const seriesFor = (id: string) => figures.series.get(id) ?? new Map<number, number>();
    const given = (id: string) => id in evidence || figures.series.has(id);
    for (const t of thresholdsFor(ctx, n)) {
      // Alternatives: the first one met settles it, the others need not be evaluated.
      if (t.anyOf.some((test) => evaluateTest(test, seriesFor(test.indicator), ctx.lang, year).pass)) continue;
      const outcomes = t.anyOf.map((test) => ({ test, out: evaluateTest(test, seriesFor(test.indicator), ctx.lang, year) }));
      const indicators = [...new Set(t.anyOf.map((x) => x.indicator))];
      const indicatorNames = indicators.map((id) => lbl(ctx, ctx.plan.indicators.find((x) => x.id === id), id)).join('; ');
      if (outcomes.every((o) => !o.out.pass && o.out.missing && !given(o.test.indicator))) {
        // Figures bound to the indicator that are not one year's exact value cannot prove it: say so.
        const inexact = indicators.flatMap((id) => figures.inexact.get(id) ?? []);
        if (inexact.length) {
          ctx.report({
            path: `/nominees/${i}/figures/${inexact[0]!.index}`,
            labelPath: `/nominees/${i}/figures`,
            code: 'threshold-figure-inexact',
            params: { threshold: lbl(ctx, t), figures: inexact.map((f) => userText(`${f.what}: ${figureText(f, ctx.lang)}${figureYears(f) ? ` (${figureYears(f)})` : ''}`, 120)).join('; '), indicators: indicatorNames },
            clause: t.clause,
          });
          continue;
        }
        ctx.report({
          path: `/nominees/${i}/evidence`,
          code: 'threshold-evidence-missing',
          params: { threshold: lbl(ctx, t), indicators: indicatorNames },
          clause: t.clause,
        });
        continue;
      }
      const withData = outcomes.find((o) => given(o.test.indicator)) ?? outcomes[0]!;
      const sep = ctx.terms.phrases.orElse;
      const id = withData.test.indicator;
      ctx.report({
        path: id in evidence || !figures.firstRow.has(id) ? `/nominees/${i}/evidence/${id}` : `/nominees/${i}/figures/${figures.firstRow.get(id)!}`,
        code: 'threshold-not-met',
        params: { threshold: lbl(ctx, t), detail: outcomes.map((o) => (o.out.pass ? '' : o.out.detail)).join(sep) },
        clause: t.clause,
      });
    }
  });
};

/**
 * The year series a nominee gives per indicator: the evidence rows, completed by the exact
 * one-year figures bound to the indicator in its unit. A figure that disagrees with an evidence
 * row of the same year is reported, naming both; the evidence row stands.
 */
function nomineeFigures(ctx: RuleContext, evidence: Record<string, unknown>, rows: FigureRow[], i: number) {
  const series = new Map<string, Map<number, number>>();
  for (const [id, raw] of Object.entries(evidence)) series.set(id, new Map(seriesOf(raw).byYear));
  const inexact = new Map<string, FigureRow[]>();
  const firstRow = new Map<string, number>();
  for (const f of rows) {
    const ind = f.indicator === undefined ? undefined : ctx.plan.indicators.find((x) => x.id === f.indicator);
    if (!ind) continue;
    if (!isExactYearFigure(f) || !sameUnit(f.unit, ind.unit)) {
      inexact.set(ind.id, [...(inexact.get(ind.id) ?? []), f]);
      continue;
    }
    const fromEvidence = seriesOf(evidence[ind.id]).byYear.get(f.year);
    if (fromEvidence !== undefined) {
      if (Math.abs(fromEvidence - f.value) > EPS) {
        ctx.report({
          path: `/nominees/${i}/figures/${f.index}/value`,
          labelPath: `/nominees/${i}/figures`,
          code: 'figure-evidence-mismatch',
          params: { row: String(f.index + 1), what: userText(f.what, 80), year: String(f.year), figure: figureText(f, ctx.lang), evidence: figureText({ value: fromEvidence, unit: inLang(ctx, ind.unit, ind.unitEn) }, ctx.lang), indicator: lbl(ctx, ind) },
        });
      }
      continue;
    }
    const s = series.get(ind.id) ?? new Map<number, number>();
    // Two figures for one year: the first stands, as for a repeated evidence year.
    if (!s.has(f.year)) s.set(f.year, f.value);
    series.set(ind.id, s);
    if (!firstRow.has(ind.id)) firstRow.set(ind.id, f.index);
  }
  return { series, inexact, firstRow };
}

export const thresholdRule: RuleModule = {
  name: 'thresholds',
  kinds: ['nomination'],
  codes: ['threshold-not-met', 'threshold-evidence-missing', 'threshold-figure-inexact', 'figure-evidence-mismatch', 'series-year-duplicate'],
  check,
};
