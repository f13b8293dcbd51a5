import type { Clause, LegalRegime } from '@thidua/core';
import { LEGAL_REGIMES } from './regimes.js';

/**
 * How `regime` cites the national law behind an award form: its article where one was found,
 * else the regime's basis. Plans end an award's clause with it (for their own `legalRegime`);
 * rules swap it for the citation of the regime in force on a dossier's date.
 */
export function awardLawClause(regime: LegalRegime, awardId: string): Clause {
  const r = LEGAL_REGIMES.find((x) => x.id === regime);
  if (!r) throw new Error(`unknown legal regime “${regime}”`);
  return r.awardArticles[awardId] ?? r.basis;
}
