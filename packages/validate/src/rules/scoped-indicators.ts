import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { obj, str } from './context.js';

/**
 * A required figure the plan asks only from some unit types (`scope.reportedBy`): the schema
 * cannot know the reporter, so it leaves the figure optional and this rule requires it from them.
 */
const check: Rule = (ctx) => {
  const unitType = str(obj(ctx.data['header'])['unitType']);
  if (!unitType) return;
  const sections = obj(ctx.data['sections']);
  const pending = new Map(ctx.plan.indicators
    .filter((i) => i.required && i.scope?.reportedBy?.includes(unitType))
    .map((i) => [i.id, i]));
  if (!pending.size) return;
  const visit = (nodes: typeof ctx.plan.outline.sections) => {
    for (const node of nodes) {
      for (const id of node.indicators ?? []) {
        const ind = pending.get(id);
        if (!ind) continue;
        const given = obj(obj(sections[node.id])['indicators']);
        if (given[id] === undefined || given[id] === null) {
          ctx.report({ path: `/sections/${node.id}/indicators/${id}`, code: 'indicator-missing', clause: ind.clause });
        }
      }
      if (node.children) visit(node.children);
    }
  };
  visit(ctx.plan.outline.sections);
};

export const scopedIndicatorRule: RuleModule = {
  name: 'scoped-indicators',
  kinds: ['report'],
  codes: ['indicator-missing'],
  check,
};
