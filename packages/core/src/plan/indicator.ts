// Figures the plan asks units to report, and the targets it sets for them.
import { Type, type Static } from '@sinclair/typebox';
import { CamelId, Clause, LabelledFields, RuleQuote } from './basics.js';
import { Choice, Closed, described } from './format-builders.js';

export const IndicatorKind = Choice(['percent', 'count', 'money', 'number']);
export type IndicatorKind = Static<typeof IndicatorKind>;

export const IndicatorScope = Closed({
  reportedBy: Type.Optional(Type.Array(Type.String(), { description: 'Ids of `unitTypes` the plan asks this figure from; `required` binds only them. Absent: every reporting unit.' })),
  targetOf: Type.Optional(Choice(['unit', 'province'], 'Whose figure the target measures: each reporting unit’s own, or the province’s total.')),
  provinceReportBy: Type.Optional(Type.Array(Type.String(), {
    description: 'Unit types or unit ids (`units`) whose report gives the province’s total, the only reports a province target is checked on. Absent: no report of the plan does, and the target is shown, not checked.',
  })),
  reading: Type.Optional(Type.String({ description: 'Why the plan is read so, quoting it; printed in the plan’s reference page.' })),
}, 'A figure belongs to an area or to an agency: the plan asks it only from some unit types, and its target may be the province’s as a whole, which one district’s own figure neither meets nor misses.');
export type IndicatorScope = Static<typeof IndicatorScope>;

export const Indicator = Closed({
  ...LabelledFields,
  id: described(CamelId, 'ASCII camelCase id, unique in the plan: a report’s figures and a nominee’s `evidence` are keyed by it.'),
  kind: IndicatorKind,
  unit: Type.String({ description: 'Unit as printed: "%", "hộ", "xã", "triệu đồng", "điểm %/năm".' }),
  unitEn: Type.String(),
  target: Type.Optional(Closed({
    text: Type.String({ description: 'The target as the plan words it.' }),
    op: Type.Optional(Choice(['>=', '>', '<=', '<', '=', 'between'])),
    value: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number({ description: 'Upper bound when op is \'between\'.' })),
    year: Type.Optional(Type.Integer({ description: 'Year the target is for ("đến năm 2025").' })),
  }, 'Target the plan sets, if any; `text` quotes the plan. A report result failing a numeric target gets a warning.')),
  byYear: Type.Optional(Type.Boolean({ description: 'Reported as one value per year (year series) instead of a single value.' })),
  required: Type.Optional(Type.Boolean({ description: 'Must be filled when its section is answered (only by `scope.reportedBy`, when set).' })),
  scope: Type.Optional(described(IndicatorScope, 'Who reports the figure and whose figure `target` is.')),
  quote: Type.Optional(described(RuleQuote, 'The plan’s sentence that asks for the figure, word for word; shown in the plan’s reference page.')),
  clause: Clause,
}, 'A figure the plan asks for.');
export type Indicator = Static<typeof Indicator>;
