import type { Clause, LegalRegime } from '@thidua/core';
import { PlanDefinitionError } from '../errors.js';
import { LEGAL_REGIMES } from './regimes.js';

/**
 * How `regime` cites the national law behind an award form: its article where one was found,
 * else the regime's basis. Plans end an award's clause with it (for their own `legalRegime`);
 * rules swap it for the citation of the regime in force on a dossier's date.
 */
export function awardLawClause(regime: LegalRegime, awardId: string): Clause {
  const r = LEGAL_REGIMES.find((x) => x.id === regime);
  if (!r) {
    throw new PlanDefinitionError({ where: 'legalRegime', name: regime }, {
      vi: `Không có chế độ pháp lý “${regime}” (các chế độ: ${LEGAL_REGIMES.map((x) => x.id).join(', ')}).`,
      en: `Unknown legal regime “${regime}” (regimes: ${LEGAL_REGIMES.map((x) => x.id).join(', ')}).`,
    });
  }
  return r.awardArticles[awardId] ?? r.basis;
}

/**
 * An award form's clause with its national-law part (as any regime cites it) replaced by how
 * `regime` cites it. The plan's own part is kept as written; a clause that names no known
 * citation is returned unchanged.
 */
export function awardClauseUnder(regime: LegalRegime, awardId: string, clause: Clause): Clause {
  const cite = awardLawClause(regime, awardId);
  if (clause.includes(cite)) return clause;
  // Longest first: one regime's citation may begin with another's.
  const known = [...new Set(LEGAL_REGIMES.map((r) => awardLawClause(r.id, awardId)))].sort((a, b) => b.length - a.length);
  const own = known.find((c) => clause.includes(c));
  return own ? clause.replace(own, cite) : clause;
}
