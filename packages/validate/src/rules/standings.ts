import { STANDINGS } from '@thidua/core';
import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { arr, lbl, obj, str } from './context.js';

/**
 * A group the plan names for officials ("Đối với cán bộ, công chức, viên chức …") does not take a
 * village elder: its criteria would be printed under a person they do not describe. The group
 * says which standings it admits; a group that says nothing admits all.
 */
const check: Rule = (ctx) => {
  arr(ctx.data['nominees']).forEach((raw, i) => {
    const n = obj(raw);
    if (str(n['type']) !== 'individual') return;
    const group = ctx.plan.participantGroups.find((g) => g.id === str(n['group']));
    const standing = STANDINGS.find((s) => s.value === str(obj(n['profile'])['standing']));
    // An unknown or missing standing is the schema's error.
    if (!group?.standings || !standing || group.standings.includes(standing.value)) return;
    const allowed = group.standings.map((id) => `“${lbl(ctx, STANDINGS.find((s) => s.value === id), id)}”`).join(', ');
    ctx.report({
      path: `/nominees/${i}/group`,
      code: 'standing-not-in-group',
      params: { group: lbl(ctx, group), allowed, standing: lbl(ctx, standing) },
      clause: group.clause,
    });
  });
};

export const standingRule: RuleModule = {
  name: 'standings',
  kinds: ['nomination'],
  codes: ['standing-not-in-group'],
  check,
};
