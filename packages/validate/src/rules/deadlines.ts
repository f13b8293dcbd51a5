import { formatDate, type Deadline } from '@thidua/core';
import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { inLang, num, obj, str } from './context.js';
import { filesUpwardOnly } from './report-recipients.js';

const pad = (n: number) => String(n).padStart(2, '0');

function dueDate(d: Deadline, year: number | undefined): string | undefined {
  if ('date' in d.due) return d.due.date;
  return year === undefined ? undefined : `${year}-${pad(d.due.month)}-${pad(d.due.day)}`;
}

function applicable(ctx: RuleContext): { deadlines: Deadline[]; year: number | undefined } {
  const { plan, data } = ctx;
  const dateYear = Number(str(obj(data['header'])['date'])?.slice(0, 4)) || undefined;
  if (ctx.kind === 'report') {
    const period = obj(data['period']);
    const type = str(period['type']);
    const phase = plan.reporting.periods.find((p) => p.id === type)?.phase;
    if (filesUpwardOnly(plan, str(obj(data['header'])['unitType']))) return { year: undefined, deadlines: [] };
    return {
      year: num(period['year']) ?? dateYear,
      deadlines: plan.deadlines.filter((d) => d.kind === 'report' &&
        (!d.appliesTo?.reportPeriod || d.appliesTo.reportPeriod === type) &&
        (!d.appliesTo?.phase || d.appliesTo.phase === phase)),
    };
  }
  const phaseId = str(data['phase']);
  const phase = plan.phases.find((p) => p.id === phaseId);
  return {
    year: phase?.year ?? dateYear,
    deadlines: plan.deadlines.filter((d) => d.kind === 'nomination' && (!d.appliesTo?.phase || d.appliesTo.phase === phaseId)),
  };
}

/** A filing dated on or after its deadline gets a warning naming the date; it stays valid. */
const check: Rule = (ctx) => {
  const date = str(obj(ctx.data['header'])['date']);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  const { deadlines, year } = applicable(ctx);
  for (const d of deadlines) {
    const due = dueDate(d, year);
    if (!due) continue;
    const late = d.before ? date >= due : date > due;
    if (!late) continue;
    ctx.report({
      path: '/header/date',
      code: 'deadline-late',
      severity: 'warning',
      params: { what: inLang(ctx, d.label, d.labelEn), to: d.to, due: `${d.before ? ctx.terms.before : ctx.terms.on} ${formatDate(due)}`, date: formatDate(date) },
      clause: d.clause,
    });
  }
};

export const deadlineRule: RuleModule = {
  name: 'deadlines',
  kinds: ['report', 'nomination'],
  codes: ['deadline-late'],
  check,
};
