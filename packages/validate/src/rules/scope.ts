import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { lbl, num, obj, str } from './context.js';
import { reporterUnitTypes } from './report-recipients.js';

/** Who may file this kind, whether a named unit matches its type, and the year filed for. */
const check: Rule = (ctx) => {
  const { plan, data } = ctx;
  const header = obj(data['header']);
  const unitType = str(header['unitType']);
  const allowed = ctx.kind === 'report' ? reporterUnitTypes(plan) : plan.dossier.submitterUnitTypes;
  if (unitType && plan.unitTypes.some((u) => u.id === unitType) && !allowed.includes(unitType)) {
    ctx.report({
      path: '/header/unitType',
      code: ctx.kind === 'report' ? 'reporter-not-allowed' : 'submitter-not-allowed',
      params: {
        unitType: lbl(ctx, plan.unitTypes.find((u) => u.id === unitType), unitType),
        allowed: allowed.map((id) => lbl(ctx, plan.unitTypes.find((u) => u.id === id), id)).join('; '),
      },
      clause: ctx.kind === 'report' ? plan.reporting.clause : plan.dossier.intake.clause,
    });
  }
  const code = str(header['unitCode']);
  const unit = code ? plan.units?.find((u) => u.id === code) : undefined;
  if (unit && unitType && unit.type !== unitType) {
    ctx.report({
      path: '/header/unitCode',
      code: 'unit-type-mismatch',
      params: { unit: unit.name, expected: lbl(ctx, plan.unitTypes.find((u) => u.id === unit.type), unit.type), actual: lbl(ctx, plan.unitTypes.find((u) => u.id === unitType), unitType) },
    });
  }
  if (ctx.kind === 'report') {
    const year = num(obj(data['period'])['year']);
    if (year !== undefined && (year < plan.movement.from || year > plan.movement.to)) {
      ctx.report({ path: '/period/year', code: 'year-out-of-range', params: { year: String(year), from: String(plan.movement.from), to: String(plan.movement.to) }, clause: plan.reporting.clause });
    }
  }
};

export const scopeRule: RuleModule = {
  name: 'scope',
  kinds: ['report', 'nomination'],
  codes: ['submitter-not-allowed', 'reporter-not-allowed', 'unit-type-mismatch', 'year-out-of-range'],
  check,
};
