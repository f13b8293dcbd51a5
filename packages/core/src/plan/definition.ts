// The plan-definition format: everything a provincial plan (kế hoạch) says about reports and
// nomination dossiers, as data. Schemas, rules, forms and PDFs are all derived from one
// `PlanDefinition`; a new province adds a folder of data, not code. Each part is a TypeBox
// schema with the TypeScript type of the same name, so the format a plan file is checked
// against and the type the code reads are one definition; docs/guide/plan-definition.md
// explains every field with examples.
import { Type, type Static } from '@sinclair/typebox';
import { Clause, KebabId, LegalRegime } from './basics.js';
import { Deadline, Milestone, Task } from './calendar.js';
import { Closed, described } from './format-builders.js';
import { Indicator } from './indicator.js';
import { Outline } from './outline.js';
import { AwardForm, ParticipantGroup } from './participants.js';
import { Phase, Quota, Threshold } from './phases.js';
import { PlanDocument, Purpose, UnknownFact } from './plan-document.js';
import { DossierRules, ReportingRules } from './reporting.js';
import { NamedUnit, UnitType } from './units.js';

export { Addressee, Bounds, Clause, DateWindow, IsoDate, Labelled, LegalRegime, NomineeType, YearSpan } from './basics.js';
export { Deadline, Due, Milestone, Task } from './calendar.js';
export { InvalidFixture, PlanExample } from './example.js';
export { Indicator, IndicatorKind, IndicatorScope } from './indicator.js';
export { DossierContentRule, LegalRegimeFacts, VoteShareRule } from './legal-regime.js';
export { Outline, OutlineNode } from './outline.js';
export { AwardForm, Criterion, ParticipantGroup } from './participants.js';
export { Phase, PhaseKind, Quota, Threshold, ThresholdTest } from './phases.js';
export { LegalBasis, PlanDocument, Purpose, Signer, UnknownFact } from './plan-document.js';
export { ConfirmationBlock, DossierRules, ReportPeriod, ReportingRules, UpwardReport } from './reporting.js';
export { NamedUnit, Route, UnitLevel, UnitType } from './units.js';

export const Reading = Closed({
  text: Type.String({ minLength: 1, description: 'The plan’s sentence, quoted word for word.' }),
  clause: Clause,
  reading: Type.String({ minLength: 1, description: 'The reading chosen (what a provincial reviewer would take it to mean) and what the SDK does with it.' }),
  readingEn: Type.String({ minLength: 1 }),
}, 'One sentence of the plan and how the SDK reads it, in Vietnamese then English.');
export type Reading = Static<typeof Reading>;

export const PlanDefinition = Closed({
  $schema: Type.Optional(Type.String({ description: 'The JSON Schema a plan file names for its editor (this format’s `$id`); ignored otherwise.' })),
  id: described(KebabId, 'Plan id (contract): kebab-case, e.g. "lam-dong-2022-2025".'),
  version: Type.String({ pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', description: 'Semver of this definition’s schemas; part of every `$id`.' }),
  title: Type.String({ minLength: 1 }),
  titleEn: Type.String({ minLength: 1 }),
  shortName: Type.Optional(Type.String({ minLength: 1, description: 'The short name the plan’s text gives itself or its movement, word for word; absent when the text gives none.' })),
  slogan: Type.Optional(Type.String({ minLength: 1, description: 'The movement’s slogan as the text prints it; absent when the text gives none.' })),
  province: Closed({
    name: Type.String({ minLength: 1 }),
    nameEn: Type.String({ minLength: 1 }),
    slug: described(KebabId, 'The province’s name in ASCII kebab-case: its folder and a segment of every schema `$id`.'),
  }, 'Province as named at the plan’s time.'),
  movement: Closed({ name: Type.String({ minLength: 1 }), from: Type.Integer(), to: Type.Integer() }, 'The emulation movement and its years.'),
  legalRegime: LegalRegime,
  document: PlanDocument,
  purposes: Type.Optional(Type.Array(Purpose, { description: 'The "Mục đích" bullets of the plan, word for word, each with its clause.' })),
  outline: Outline,
  indicators: Type.Array(Indicator),
  participantGroups: Type.Array(ParticipantGroup),
  awardForms: Type.Array(AwardForm),
  phases: Type.Array(Phase),
  unitTypes: Type.Array(UnitType),
  units: Type.Optional(Type.Array(NamedUnit)),
  quotas: Type.Array(Quota),
  thresholds: Type.Array(Threshold),
  deadlines: Type.Array(Deadline),
  milestones: Type.Array(Milestone),
  tasks: Type.Optional(Type.Array(Task)),
  reporting: ReportingRules,
  dossier: DossierRules,
  readings: Type.Optional(Type.Array(Reading, {
    description: 'Where the plan’s text is ambiguous or says what no rule checks: the sentence, its clause and the reading chosen. Shown on the plan’s reference page.',
  })),
  unknowns: Type.Optional(Type.Array(UnknownFact, {
    description: 'What the plan’s text leaves unknown (a number, a date, a part of the text that is missing): each names the absent field and says why. Never fill such a field with a guess.',
  })),
}, 'A provincial plan (kế hoạch) on emulation and commendation, as data: the reports and nomination dossiers it asks for and every rule it sets, each citing its clause.');
export type PlanDefinition = Static<typeof PlanDefinition>;
