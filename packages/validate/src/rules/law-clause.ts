import type { AwardForm, Clause } from '@thidua/core';
import { awardClauseUnder, regimeOn } from '@thidua/plans/law';
import type { RuleContext } from './context.js';

/** The award's clause citing the national law in force on `date` (the plan's own regime when it has none). */
export function awardClauseOn(ctx: RuleContext, award: AwardForm, date: string | undefined): Clause {
  // regimeOn ignores a malformed date: the plan's own regime applies then.
  return awardClauseUnder(regimeOn(date, ctx.plan.legalRegime).id, award.id, award.clause);
}
