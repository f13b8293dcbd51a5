// The rounds of the movement (yearly, sơ kết, tổng kết…), how many nominees a unit may propose
// in each, and the numeric thresholds a nominee's figures must meet.
import { Type, type Static } from '@sinclair/typebox';
import { Bounds, Clause, DateWindow, KebabId, LabelledFields, NomineeType, RuleQuote, YearSpan } from './basics.js';
import { Choice, Closed, described } from './format-builders.js';

export const PhaseKind = Choice(['hang-nam', 'so-ket', 'tong-ket', 'chuyen-de', 'dot-xuat']);
export type PhaseKind = Static<typeof PhaseKind>;

export const Phase = Closed({
  ...LabelledFields,
  id: KebabId,
  kind: PhaseKind,
  year: Type.Optional(Type.Integer()),
  awardForms: Type.Array(Type.String(), { description: 'Award forms that may be proposed in this phase.' }),
  filed: Type.Optional(described(DateWindow, 'When this round’s dossiers are filed; absent when the plan sets no window (the reference page says so).')),
  covers: Type.Optional(described(YearSpan, 'Years the round’s figures cover ("sơ kết 03 năm (2021 - 2023)").')),
  quote: Type.Optional(RuleQuote),
  clause: Clause,
}, 'A round of the movement in which awards are proposed.');
export type Phase = Static<typeof Phase>;

export const Quota = Closed({
  id: KebabId,
  phase: Type.String({ description: 'Id of the phase it limits.' }),
  appliesTo: Closed({ unitType: Type.Optional(Type.String()), unit: Type.Optional(Type.String()) }, 'The unit type, or the named unit, it limits.'),
  awardForms: Type.Optional(Type.Array(Type.String(), { description: 'Limits only dossiers proposing one of these award forms, when set.' })),
  total: Type.Optional(described(Bounds, 'Bounds on all nominees ("trường hợp").')),
  byNomineeType: Type.Optional(Closed({
    collective: Type.Optional(Bounds),
    individual: Type.Optional(Bounds),
    household: Type.Optional(Bounds),
  }, 'Bounds per nominee kind ("01 tập thể, 01 đến 02 cá nhân").')),
  quote: Type.Optional(RuleQuote),
  clause: Clause,
}, 'How many nominees one submitting unit may propose in a phase. The most specific quota wins (unit over unit type).');
export type Quota = Static<typeof Quota>;

const AnnualDecrease = Closed({
  kind: Type.Literal('annual-decrease'),
  indicator: Type.String(),
  minPerYear: Type.Number(),
  consecutiveYears: Type.Integer({ minimum: 1 }),
  text: Type.String(),
}, 'The indicator falls by at least `minPerYear` (percentage points) in each of `consecutiveYears` consecutive years ending at the last full year before the dossier’s date ("trước khi trình khen thưởng").');

const ReductionVsBaseline = Closed({
  kind: Type.Literal('reduction-vs-baseline'),
  indicator: Type.String(),
  moreThanPercent: Type.Number(),
  baselineYear: Type.Integer(),
  byYear: Type.Optional(Type.Integer()),
  text: Type.String(),
  reading: Type.Optional(Type.String({ description: 'How `baselineYear` was read where the plan’s text does not name it; the reference page prints it.' })),
}, 'The indicator’s latest value is more than `moreThanPercent` % below its value in `baselineYear`, the period’s start ("so với đầu kỳ") as the plan fixes it; the series must hold that year.');

export const ThresholdTest = Type.Union([AnnualDecrease, ReductionVsBaseline], { description: 'One test over a nominee’s year series.' });
export type ThresholdTest = Static<typeof ThresholdTest>;

export const Threshold = Closed({
  ...LabelledFields,
  id: KebabId,
  appliesTo: Closed({
    group: Type.String(),
    categories: Type.Optional(Type.Array(Type.String())),
    nomineeTypes: Type.Optional(Type.Array(NomineeType)),
  }, 'The participant group (and its categories, nominee kinds) the threshold binds.'),
  anyOf: Type.Array(ThresholdTest, { description: 'Alternatives: meeting any one test satisfies the threshold ("…; hoặc …").' }),
  quote: Type.Optional(RuleQuote),
  clause: Clause,
}, 'A numeric threshold over year series that nominees of a group must meet.');
export type Threshold = Static<typeof Threshold>;
