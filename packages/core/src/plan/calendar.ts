// The plan's time: deadlines, milestones and quarterly tasks.
import { Type, type Static } from '@sinclair/typebox';
import { Clause, IsoDate, KebabId, LabelledFields, RuleQuote } from './basics.js';
import type { DocumentKind } from './document-kind.js';
import { Choice, Closed } from './format-builders.js';

export const Due = Type.Union([
  Closed({ date: IsoDate }, 'One day.'),
  Closed({
    every: Type.Literal('year'),
    month: Type.Integer({ minimum: 1, maximum: 12 }),
    day: Type.Integer({ minimum: 1, maximum: 31 }),
  }, 'The same day every year.'),
], { description: 'When something is due: one day, or a day of every year.' });
export type Due = Static<typeof Due>;

export const Deadline = Closed({
  ...LabelledFields,
  id: KebabId,
  kind: Choice(['report', 'nomination', 'unit-plan'] as const satisfies readonly (DocumentKind | 'unit-plan')[], 'What is due: a report, a nomination dossier or a unit’s own plan.'),
  appliesTo: Type.Optional(Closed({
    reportPeriod: Type.Optional(Type.String()),
    phase: Type.Optional(Type.String()),
  }, 'Restricts the deadline to one report period or phase.')),
  due: Due,
  before: Type.Boolean({ description: '"trước ngày …": filing on the day itself is already late.' }),
  to: Type.String({ description: 'Who receives it, as the plan says.' }),
  quote: Type.Optional(RuleQuote),
  clause: Clause,
}, 'A day by which units must send something.');
export type Deadline = Static<typeof Deadline>;

export const Milestone = Closed({
  id: KebabId,
  year: Type.Union([Type.Integer(), Type.Tuple([Type.Integer(), Type.Integer()])], { description: 'Year, or [from, to] for a span.' }),
  text: Type.String(),
  textEn: Type.String(),
  clause: Clause,
}, 'A step of the movement’s timetable.');
export type Milestone = Static<typeof Milestone>;

export const Task = Closed({
  id: KebabId,
  quarter: Choice([1, 2, 3, 4], 'Quarter of the year, 1–4.'),
  text: Type.String(),
  clause: Clause,
}, 'A task the plan sets for a quarter.');
export type Task = Static<typeof Task>;
