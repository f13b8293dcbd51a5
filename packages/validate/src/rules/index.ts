import type { DocumentKind } from '@thidua/core';
import { birthRule } from './birth.js';
import type { Rule } from './context.js';
import { councilRule } from './council.js';
import { deadlineRule } from './deadlines.js';
import { figureRule } from './figures.js';
import { legalBasisRule } from './legal-bases.js';
import { nomineeRule } from './nominees.js';
import { outlineSectionRule } from './outline-sections.js';
import { quotaRule } from './quotas.js';
import { reportSpanRule } from './report-span.js';
import { roundRule } from './rounds.js';
import { routeRule } from './routes.js';
import type { RuleModule } from './rule.js';
import { scopeRule } from './scope.js';
import { scopedIndicatorRule } from './scoped-indicators.js';
import { standingRule } from './standings.js';
import { targetRule } from './targets.js';
import { templateLineRule } from './template-lines.js';
import { thresholdRule } from './thresholds.js';

/**
 * Every plan rule, in the order their messages are listed; each kind of document runs the
 * rules that declare it, in this order.
 */
export const RULE_MODULES: readonly RuleModule[] = [
  scopeRule, scopedIndicatorRule, roundRule, reportSpanRule, routeRule,
  nomineeRule, standingRule, birthRule, quotaRule, thresholdRule, councilRule,
  targetRule, deadlineRule, legalBasisRule, figureRule, outlineSectionRule, templateLineRule,
];

const checksFor = (kind: DocumentKind): readonly Rule[] => RULE_MODULES.filter((r) => r.kinds.includes(kind)).map((r) => r.check);

/** Plan rules per document kind, built from what each rule declares. */
export const RULES: Record<DocumentKind, readonly Rule[]> = { report: checksFor('report'), nomination: checksFor('nomination') };

export type { Rule, RuleContext } from './context.js';
export type { RuleCode, RuleModule } from './rule.js';
export { evaluateTest, seriesOf } from './thresholds.js';
export { applicableQuotas } from './quotas.js';
export { resolveUnit } from './unit.js';
