import type { AwardForm, Clause } from '@thidua/core';
import { awardLawClause, legalRegimes, regimeOn } from '@thidua/plans/law';
import type { RuleContext } from './context.js';

/**
 * The award's clause with its national-law part (as any regime cites it, see awardLawClause)
 * replaced by the citation of the regime in force on `date`. The plan's own part is kept as
 * written; a clause that names no known citation is returned unchanged.
 */
export function awardClauseOn(ctx: RuleContext, award: AwardForm, date: string | undefined): Clause {
  // regimeOn ignores a malformed date: the plan's own regime applies then.
  const inForce = regimeOn(date, ctx.plan.legalRegime);
  const cite = awardLawClause(inForce.id, award.id);
  if (award.clause.includes(cite)) return award.clause;
  const known = [...new Set(legalRegimes().map((r) => awardLawClause(r.id, award.id)))];
  // Longest first: one regime's citation may begin with another's.
  for (const c of known.sort((a, b) => b.length - a.length)) if (award.clause.includes(c)) return award.clause.replace(c, cite);
  return award.clause;
}
