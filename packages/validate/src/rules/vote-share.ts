import { formatDate, type AwardForm, type LegalRegimeFacts, type VoteShareRule } from '@thidua/core';
import { legalRegimes, regimeOn } from '@thidua/plans/law';
import type { RuleContext } from './context.js';
import { inLang, lbl } from './context.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface VoteShareCheck {
  award: AwardForm;
  /** The day the council voted (or, failing that, the dossier's date); undefined when neither is a date. */
  date: string | undefined;
  total: number;
}

const regimeLabel = (ctx: RuleContext, r: LegalRegimeFacts): string => inLang(ctx, r.label, r.labelEn);

/** The nearest regime, in time, whose share for the award was read in a legal text. */
function nearestVerified(awardId: string, from: LegalRegimeFacts): { regime: LegalRegimeFacts; rule: VoteShareRule } | undefined {
  const at = legalRegimes().indexOf(from);
  const order = legalRegimes().map((r, i) => ({ r, d: Math.abs(i - at), i })).sort((a, b) => a.d - b.d || b.i - a.i);
  for (const { r } of order) {
    const rule = r.voteShares.find((v) => v.awardForms.includes(awardId) && v.share !== undefined);
    if (rule) return { regime: r, rule };
  }
  return undefined;
}

/**
 * Prepares the share check of one dossier. A share the plan's own text sets wins; otherwise the
 * regime in force on the council's date decides, and the rule cites that regime, not the one
 * the plan was written under. A regime whose share was not found in a legal text only warns.
 */
export function voteShareCheck(ctx: RuleContext, c: VoteShareCheck): (votes: number, path: string) => void {
  const { award, total } = c;
  const refuse = (share: number, clause: string) => (votes: number, path: string) => {
    const needed = Math.ceil(share * total - 1e-9);
    if (votes < needed) ctx.report({ path, code: 'vote-share-too-low', params: { award: lbl(ctx, award), percent: share * 100, needed, votes }, clause });
  };
  if (award.minVoteShare !== undefined) return refuse(award.minVoteShare, award.clause);

  const date = c.date !== undefined && ISO_DATE.test(c.date) ? c.date : undefined;
  const regime = regimeOn(date, ctx.plan.legalRegime);
  const rule = regime.voteShares.find((v) => v.awardForms.includes(award.id));
  if (!rule) return () => {};
  if (rule.share !== undefined) return refuse(rule.share, rule.clause);

  const ref = nearestVerified(award.id, regime);
  if (!ref) return () => {};
  const share = ref.rule.share!;
  return (votes, path) => {
    if (votes >= Math.ceil(share * total - 1e-9)) return;
    ctx.report({
      path,
      code: 'vote-share-unverified',
      severity: 'warning',
      params: {
        award: lbl(ctx, award),
        regime: regimeLabel(ctx, regime),
        dated: date ? `${ctx.terms.on} ${formatDate(date)}` : ctx.terms.phrases.undated,
        votes,
        members: total,
        percent: share * 100,
        reference: ref.rule.clause,
      },
      clause: rule.clause,
    });
  };
}
