import type { Bounds, NomineeType, Quota } from '@thidua/core';
import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { userText } from '../user-text.js';
import { arr, lbl, obj, str } from './context.js';
import { resolveUnit } from './unit.js';

/** The quotas that bind this dossier: a named unit's own quotas replace its unit type's. */
export function applicableQuotas(ctx: RuleContext): Quota[] {
  const { plan, data } = ctx;
  const phase = str(data['phase']);
  const award = str(data['awardForm']);
  const header = obj(data['header']);
  const unit = resolveUnit(plan, header);
  const inPhase = plan.quotas.filter((q) => q.phase === phase && (!q.awardForms || (award !== undefined && q.awardForms.includes(award))));
  const own = unit ? inPhase.filter((q) => q.appliesTo.unit === unit.id) : [];
  if (own.length) return own;
  const type = str(header['unitType']);
  return inPhase.filter((q) => !q.appliesTo.unit && q.appliesTo.unitType === type);
}

function check(ctx: RuleContext, q: Quota, b: Bounds, count: number, what: string): void {
  const phase = lbl(ctx, ctx.plan.phases.find((p) => p.id === q.phase), q.phase);
  const agency = str(obj(ctx.data['header'])['agency']);
  const unit = agency === undefined ? ctx.terms.thisUnit : userText(agency, 200);
  if (b.max !== undefined && count > b.max) {
    ctx.report({ path: '/nominees', code: 'quota-max', params: { unit, max: b.max, what, phase, count }, clause: q.clause });
  }
  if (b.min !== undefined && count < b.min) {
    ctx.report({ path: '/nominees', code: 'quota-min', params: { unit, min: b.min, what, phase, count }, clause: q.clause });
  }
}

/** Nominee counts against the plan's quotas per phase, unit type and named unit. */
const checkQuotas: Rule = (ctx) => {
  const nominees = arr(ctx.data['nominees']).map(obj);
  for (const q of applicableQuotas(ctx)) {
    if (q.total) check(ctx, q, q.total, nominees.length, ctx.terms.nominees);
    for (const [type, b] of Object.entries(q.byNomineeType ?? {}) as [NomineeType, Bounds][]) {
      check(ctx, q, b, nominees.filter((n) => n['type'] === type).length, ctx.terms[type]);
    }
  }
};

export const quotaRule: RuleModule = {
  name: 'quotas',
  kinds: ['nomination'],
  codes: ['quota-max', 'quota-min'],
  check: checkQuotas,
};
