import { formatNumber, type Indicator } from '@thidua/core';
import { qualifierWord } from '@thidua/core/text';
import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { inLang, num, obj, str } from './context.js';
import { seriesOf } from './thresholds.js';

function meets(ind: Indicator, v: number): boolean {
  const t = ind.target!;
  const x = t.value!;
  switch (t.op) {
    case '>=': return v >= x;
    case '>': return v > x;
    case '<=': return v <= x;
    case '<': return v < x;
    case '=': return v === x;
    case 'between': return v >= x && v <= (t.max ?? x);
    default: return true;
  }
}

/**
 * Whether this report's figure is the one the target measures: a province target is met or missed
 * by the province's total, so only a report that gives that total is held to it.
 */
function measures(ind: Indicator, header: Record<string, unknown>): boolean {
  if (ind.scope?.targetOf !== 'province') return true;
  const by = ind.scope.provinceReportBy ?? [];
  const unitType = str(header['unitType']);
  const unitCode = str(header['unitCode']);
  return (unitType !== undefined && by.includes(unitType)) || (unitCode !== undefined && by.includes(unitCode));
}

/** A reported figure that misses the plan's numeric target gets a warning citing the target. */
const check: Rule = (ctx) => {
  const year = num(obj(ctx.data['period'])['year']);
  const header = obj(ctx.data['header']);
  const byId = new Map(ctx.plan.indicators.map((i) => [i.id, i]));
  for (const [sectionId, section] of Object.entries(obj(ctx.data['sections']))) {
    for (const [id, raw] of Object.entries(obj(obj(section)['indicators']))) {
      const ind = byId.get(id);
      if (ind?.byYear) {
        const { duplicate } = seriesOf(raw);
        if (duplicate !== undefined) ctx.report({ path: `/sections/${sectionId}/indicators/${id}`, code: 'series-year-duplicate', params: { year: String(duplicate) } });
        continue;
      }
      const v = num(raw);
      if (!ind?.target?.op || ind.target.value === undefined || v === undefined) continue;
      if (ind.target.year !== undefined && (year === undefined || year < ind.target.year)) continue;
      if (!measures(ind, header)) continue;
      if (meets(ind, v)) continue;
      ctx.report({
        path: `/sections/${sectionId}/indicators/${id}`,
        code: 'target-not-met',
        severity: 'warning',
        // "trên 57": the warning quotes the value as the report qualifies it.
        params: { value: [qualifierWord(str(obj(obj(section)['qualifiers'])[id]), ctx.lang), formatNumber(v, ctx.lang)].filter(Boolean).join(' '), unit: inLang(ctx, ind.unit, ind.unitEn), target: ind.target.text },
        clause: ind.clause,
      });
    }
  }
};

export const targetRule: RuleModule = {
  name: 'targets',
  kinds: ['report'],
  codes: ['series-year-duplicate', 'target-not-met'],
  check,
};
