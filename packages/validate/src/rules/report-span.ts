import { formatDate } from '@thidua/core';
import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { arr, isoDate, lbl, num, obj, str } from './context.js';

const spanText = (from: number, to: number) => (from === to ? String(from) : `${from} - ${to}`);

/** A scope's years: first not after last, both within the movement and not after the report. */
function checkYears(ctx: RuleContext, at: string, from: number | undefined, to: number | undefined, date: string | undefined): void {
  const { plan } = ctx;
  if (from !== undefined && to !== undefined && from > to) {
    ctx.report({ path: `${at}/fromYear`, code: 'span-order', params: { from: String(from), to: String(to) } });
  }
  for (const [key, year] of [['fromYear', from], ['year', to]] as const) {
    if (year === undefined) continue;
    if (year < plan.movement.from || year > plan.movement.to) {
      ctx.report({ path: `${at}/${key}`, code: 'year-out-of-range', params: { year: String(year), from: String(plan.movement.from), to: String(plan.movement.to) }, clause: plan.reporting.clause });
    } else if (date && year > Number(date.slice(0, 4))) {
      ctx.report({ path: `${at}/${key}`, code: 'year-after-date', params: { year: String(year), date: formatDate(date), maxYear: date.slice(0, 4) } });
    }
  }
}

/**
 * A report states its span ("sơ kết 03 năm 2021 - 2023"): a review's first year is the one its
 * period covers from (`ReportPeriod.span`), a one-year report's is its year. Further scopes the
 * report covers lie within the movement and not after the report's date.
 */
const check: Rule = (ctx) => {
  if (ctx.kind !== 'report') return;
  const { plan, data } = ctx;
  const p = obj(data['period']);
  const period = plan.reporting.periods.find((x) => x.id === str(p['type']));
  const year = num(p['year']);
  const fromYear = num(p['fromYear']);
  const date = isoDate(obj(data['header'])['date']);
  if (period && year !== undefined && fromYear !== undefined) {
    const expected = period.span ?? { from: year, to: year };
    if (fromYear !== expected.from) {
      ctx.report({
        path: '/period/fromYear',
        code: 'period-span-mismatch',
        params: { period: lbl(ctx, period), span: spanText(expected.from, expected.to), from: String(fromYear), to: String(year) },
        clause: period.clause ?? plan.reporting.clause,
      });
    }
  }
  arr(p['extraScopes']).forEach((raw, i) => {
    const s = obj(raw);
    checkYears(ctx, `/period/extraScopes/${i}`, num(s['fromYear']), num(s['year']), date);
  });
};

export const reportSpanRule: RuleModule = {
  name: 'report-span',
  kinds: ['report'],
  codes: ['period-span-mismatch', 'span-order', 'year-out-of-range', 'year-after-date'],
  check,
};
