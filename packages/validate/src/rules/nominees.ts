import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { userText } from '../user-text.js';
import { arr, lbl, nomineeTypeName, obj, str } from './context.js';
import { awardClauseOn } from './law-clause.js';

/** The award fits the phase; each nominee fits its group, category, criteria and the award. */
const check: Rule = (ctx) => {
  const { plan, data } = ctx;
  const awardId = str(data['awardForm']);
  const award = plan.awardForms.find((a) => a.id === awardId);
  const phase = plan.phases.find((p) => p.id === str(data['phase']));
  if (award && phase && !phase.awardForms.includes(award.id)) {
    ctx.report({
      path: '/awardForm',
      code: 'award-not-allowed-in-phase',
      params: { award: lbl(ctx, award), phase: lbl(ctx, phase), allowed: phase.awardForms.map((id) => lbl(ctx, plan.awardForms.find((a) => a.id === id), id)).join('; ') },
      clause: phase.clause,
    });
  }
  // National law is cited as in force on the dossier's date, not as the plan was written.
  const dossierDate = str(obj(data['header'])['date']);
  const firstIndex = new Map<string, number>();
  arr(data['nominees']).forEach((raw, i) => {
    const n = obj(raw);
    const at = `/nominees/${i}`;
    const t = str(n['type']);
    // An unknown nominee type is the schema's error; rules about types would only echo it.
    const type = t === 'collective' || t === 'individual' || t === 'household' ? t : undefined;
    const id = str(n['id']);
    if (id !== undefined) {
      const prev = firstIndex.get(id);
      if (prev !== undefined) ctx.report({ path: `${at}/id`, code: 'duplicate-id', params: { id: userText(id, 60), other: prev + 1 } });
      else firstIndex.set(id, i);
    }
    if (award && type && !award.nomineeTypes.includes(type as never)) {
      ctx.report({ path: at, code: 'award-not-allowed-for-type', params: { award: lbl(ctx, award), type: nomineeTypeName(ctx, type) }, clause: awardClauseOn(ctx, award, dossierDate) });
    }
    const group = plan.participantGroups.find((g) => g.id === str(n['group']));
    if (!group) return;
    if (type && !group.nomineeTypes.includes(type as never)) {
      ctx.report({ path: `${at}/group`, code: 'group-not-allowed-for-type', params: { group: lbl(ctx, group), type: nomineeTypeName(ctx, type) }, clause: group.clause });
    }
    const category = str(n['category']);
    if (group.categories?.length && category === undefined) {
      ctx.report({ path: `${at}/category`, code: 'category-required', params: { group: lbl(ctx, group) }, clause: group.clause });
    } else if (category !== undefined && !group.categories?.some((c) => c.id === category)) {
      ctx.report({ path: `${at}/category`, code: 'category-unknown', params: { category: userText(category, 60), group: lbl(ctx, group) }, clause: group.clause });
    }
    arr(n['criteriaMet']).forEach((c, j) => {
      if (typeof c === 'string' && !group.criteria.some((x) => x.id === c)) {
        const text = plan.participantGroups.flatMap((g) => g.criteria).find((x) => x.id === c)?.text;
        const criterion = text === undefined ? userText(c, 80) : text.length > 80 ? `${text.slice(0, 80)}…` : text;
        ctx.report({ path: `${at}/criteriaMet/${j}`, code: 'criterion-not-in-group', params: { criterion, group: lbl(ctx, group) }, clause: group.clause });
      }
    });
  });
};

export const nomineeRule: RuleModule = {
  name: 'nominees',
  kinds: ['nomination'],
  codes: ['duplicate-id', 'award-not-allowed-for-type', 'award-not-allowed-in-phase', 'group-not-allowed-for-type', 'category-required', 'category-unknown', 'criterion-not-in-group'],
  check,
};
