import { formatDate } from '@thidua/core';
import { legalRegimes, regimeOn } from '@thidua/plans/law';
import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { arr, inLang, obj, str } from './context.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Regime = ReturnType<typeof regimeOn>;

// The acts of every other regime, listed once per regime: the regimes are fixed data.
const notInForce = new WeakMap<Regime, string[]>();
function actsNotIn(regime: Regime): string[] {
  let acts = notInForce.get(regime);
  if (!acts) notInForce.set(regime, (acts = [...new Set(legalRegimes().flatMap((r) => r.actNumbers))].filter((n) => !regime.actNumbers.includes(n))));
  return acts;
}

/**
 * The cover letter's "căn cứ" names only acts in force on its date: a 2023 dossier citing
 * Nghị định 98/2023, or a dossier of July 2025 still citing it, is flagged. A warning: the list
 * is the unit's own text, and an act can be cited for history.
 */
const check: Rule = (ctx) => {
  const date = str(obj(ctx.data['header'])['date']);
  if (date === undefined || !ISO_DATE.test(date)) return;
  const inForce = regimeOn(date, ctx.plan.legalRegime);
  const foreign = actsNotIn(inForce);
  arr(obj(ctx.data['coverLetter'])['legalBases']).forEach((raw, i) => {
    const text = str(raw);
    if (!text) return;
    const act = foreign.find((n) => text.includes(n));
    if (act === undefined) return;
    ctx.report({
      path: `/coverLetter/legalBases/${i}`,
      code: 'legal-basis-not-in-force',
      severity: 'warning',
      params: { act, date: formatDate(date), inForce: inLang(ctx, inForce.label, inForce.labelEn) },
      clause: inForce.basis,
    });
  });
};

export const legalBasisRule: RuleModule = {
  name: 'legal-bases',
  kinds: ['nomination'],
  codes: ['legal-basis-not-in-force'],
  check,
};
