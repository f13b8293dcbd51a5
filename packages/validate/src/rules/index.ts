import { birthRule } from './birth.js';
import { councilRule } from './council.js';
import type { DocumentKind } from '@thidua/core';
import type { Rule } from './context.js';
import { deadlineRule } from './deadlines.js';
import { figureRule } from './figures.js';
import { legalBasisRule } from './legal-bases.js';
import { nomineeRule } from './nominees.js';
import { outlineSectionRule } from './outline-sections.js';
import { quotaRule } from './quotas.js';
import { reportSpanRule } from './report-span.js';
import { roundRule } from './rounds.js';
import { routeRule } from './routes.js';
import { scopeRule } from './scope.js';
import { scopedIndicatorRule } from './scoped-indicators.js';
import { standingRule } from './standings.js';
import { targetRule } from './targets.js';
import { templateLineRule } from './template-lines.js';
import { thresholdRule } from './thresholds.js';

/** Plan rules per document kind, in the order their messages are listed. */
export const RULES: Record<DocumentKind, readonly Rule[]> = {
  report: [scopeRule, scopedIndicatorRule, roundRule, reportSpanRule, routeRule, targetRule, deadlineRule, figureRule, outlineSectionRule],
  nomination: [scopeRule, roundRule, routeRule, nomineeRule, standingRule, birthRule, quotaRule, thresholdRule, councilRule, deadlineRule, legalBasisRule, figureRule, templateLineRule],
};

export type { Rule, RuleContext } from './context.js';
export { evaluateTest, seriesOf } from './thresholds.js';
export { applicableQuotas } from './quotas.js';
export { resolveUnit } from './unit.js';
