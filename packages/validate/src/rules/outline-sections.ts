import { walkOutline } from '@thidua/plans';
import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { inLang, obj, str } from './context.js';

/**
 * A report that leaves out a part of an outline the SDK derived from the plan's text (a Front's
 * fund review filed under the province's emulation plan covers only its own work) gets a warning
 * naming the part; it stays valid, so nothing has to be written in to fill the outline. A part
 * marked “(nếu có)” is not named. Where the plan gives its own đề cương, the schema requires
 * every part instead.
 */
const check: Rule = (ctx) => {
  if (!ctx.plan.outline.derived) return;
  // No sections at all is the schema's error; the outline's parts are not listed too.
  if (!ctx.data['sections'] || typeof ctx.data['sections'] !== 'object') return;
  const sections = obj(ctx.data['sections']);
  for (const { node } of walkOutline(ctx.plan.outline.sections)) {
    if (node.children?.length || node.optional) continue;
    const section = obj(sections[node.id]);
    if (str(section['text'])?.trim() || Object.keys(obj(section['indicators'])).length || (Array.isArray(section['figures']) && section['figures'].length)) continue;
    if (sections[node.id] !== undefined && obj(sections[node.id])['text'] !== undefined) continue; // a blank text is the schema's error
    ctx.report({
      path: `/sections/${node.id}`,
      code: 'section-missing',
      params: { section: `${node.number} ${inLang(ctx, node.title, node.titleEn)}`.trim() },
      clause: ctx.plan.outline.source,
      severity: 'warning',
    });
  }
};

export const outlineSectionRule: RuleModule = {
  name: 'outline-sections',
  kinds: ['report'],
  codes: ['section-missing'],
  check,
};
