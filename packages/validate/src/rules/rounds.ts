import { formatDate, type DateWindow, type PlanDefinition, type YearSpan } from '@thidua/core';
import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { arr, isoDate, lbl, num, obj, str } from './context.js';

const span = (s: YearSpan) => (s.from === s.to ? String(s.from) : `${s.from}–${s.to}`);

/** The plan's own date, when the plan gives one (or the act it was issued with does). */
const planDate = (plan: PlanDefinition): string | undefined => plan.document.issuedWith?.date ?? plan.document.date;

/** How to cite the plan's date: only built when a document predates it. */
function planDateClause(plan: PlanDefinition, date: string): string {
  const d = plan.document;
  if (d.issuedWith) return d.issuedWith.text;
  const type = d.type.charAt(0) + d.type.slice(1).toLocaleLowerCase('vi');
  const number = d.number ? ` ${d.number}${d.symbol ? `/${d.symbol}` : ''}` : '';
  return `${type}${number} ngày ${formatDate(date)}`;
}

function checkWindow(ctx: RuleContext, date: string, w: DateWindow | undefined, round: string): void {
  if (!w || (date >= w.from && date <= w.to)) return;
  ctx.report({ path: '/header/date', code: 'date-outside-round', params: { date: formatDate(date), round, from: formatDate(w.from), to: formatDate(w.to) }, clause: w.clause });
}

/** Year series may not hold figures for years after the document's date. */
function checkSeries(ctx: RuleContext, at: string, rows: unknown, date: string): void {
  const max = Number(date.slice(0, 4));
  arr(rows).forEach((r, j) => {
    const year = num(obj(r)['year']);
    if (year !== undefined && year > max) {
      ctx.report({ path: `${at}/${j}/year`, code: 'year-after-date', params: { year: String(year), date: formatDate(date), maxYear: String(max) } });
    }
  });
}

/**
 * Rounds are time windows: a document is dated within its round and not before the plan,
 * a report's period type fixes its year, and no figure is for a year after the document.
 */
const check: Rule = (ctx) => {
  const { plan, data } = ctx;
  const date = isoDate(obj(data['header'])['date']);
  const issued = planDate(plan);
  const beforePlan = date !== undefined && issued !== undefined && date < issued;
  if (beforePlan) {
    ctx.report({ path: '/header/date', code: 'date-before-plan', params: { date: formatDate(date), planDate: formatDate(issued) }, clause: planDateClause(plan, issued) });
  }

  if (ctx.kind === 'report') {
    const p = obj(data['period']);
    const period = plan.reporting.periods.find((x) => x.id === str(p['type']));
    const year = num(p['year']);
    if (period && date && !beforePlan) checkWindow(ctx, date, period.filed, lbl(ctx, period));
    const inMovement = year !== undefined && year >= plan.movement.from && year <= plan.movement.to;
    const mismatch = period?.years !== undefined && inMovement && (year < period.years.from || year > period.years.to);
    if (mismatch) {
      ctx.report({
        path: '/period/year',
        code: 'period-year-mismatch',
        params: { year: String(year), period: lbl(ctx, period), years: span(period.years!), span: period.span ? span(period.span) : span(period.years!) },
        clause: period.clause ?? plan.reporting.clause,
      });
    } else if (date && year !== undefined && inMovement && year > Number(date.slice(0, 4))) {
      ctx.report({ path: '/period/year', code: 'year-after-date', params: { year: String(year), date: formatDate(date), maxYear: date.slice(0, 4) } });
    }
    if (!date) return;
    for (const [sectionId, section] of Object.entries(obj(data['sections']))) {
      for (const [id, raw] of Object.entries(obj(obj(section)['indicators']))) {
        if (Array.isArray(raw)) checkSeries(ctx, `/sections/${sectionId}/indicators/${id}`, raw, date);
      }
    }
    return;
  }

  const phase = plan.phases.find((x) => x.id === str(data['phase']));
  if (phase && date && !beforePlan) checkWindow(ctx, date, phase.filed, lbl(ctx, phase));
  const letter = ctx.terms.phrases.coverLetterDate;
  arr(data['nominees']).forEach((raw, i) => {
    const n = obj(raw);
    if (!date) return;
    const reportDate = isoDate(n['reportDate']);
    // The achievement report is what the cover letter forwards: it cannot postdate it.
    if (reportDate && reportDate > date) {
      ctx.report({ path: `/nominees/${i}/reportDate`, code: 'date-order', params: { date: formatDate(reportDate), other: letter, otherDate: formatDate(date) } });
    }
    for (const [id, rows] of Object.entries(obj(n['evidence']))) checkSeries(ctx, `/nominees/${i}/evidence/${id}`, rows, date);
  });
};

export const roundRule: RuleModule = {
  name: 'rounds',
  kinds: ['report', 'nomination'],
  codes: ['date-before-plan', 'date-outside-round', 'period-year-mismatch', 'year-after-date', 'date-order'],
  check,
};
