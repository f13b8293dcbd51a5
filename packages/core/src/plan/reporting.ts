// Who reports to whom and when, and how nomination dossiers are received and confirmed.
import { Type, type Static } from '@sinclair/typebox';
import { Addressee, CamelId, Clause, DateWindow, KebabId, LabelledFields, RuleQuote, YearSpan } from './basics.js';
import { Choice, Closed, described } from './format-builders.js';
import { Route } from './units.js';

export const ReportPeriod = Closed({
  ...LabelledFields,
  id: KebabId,
  kind: Choice(['annual', 'six-months', 'phase']),
  phase: Type.Optional(Type.String({ description: 'For a phase report (sơ kết/tổng kết), the phase it reviews.' })),
  years: Type.Optional(described(YearSpan, 'Years `period.year` may take: one year for a review or a dated report, the movement’s years for a yearly one.')),
  span: Type.Optional(described(YearSpan, 'For a review, the span of years it reports on (148/KH-UBND: 2021–2023).')),
  filed: Type.Optional(described(DateWindow, 'When reports of this period are dated; absent when the plan sets no window (the reference page says so).')),
  clause: Type.Optional(Clause),
}, 'A kind of report the plan asks for: yearly, half-yearly, or reviewing a phase.');
export type ReportPeriod = Static<typeof ReportPeriod>;

export const ConfirmationBlock = Closed({
  ...LabelledFields,
  id: described(CamelId, 'ASCII camelCase id; a nominee’s `confirmations` are keyed by it.'),
  note: Type.String({ description: 'Under the title as printed: "(Ký, đóng dấu)".' }),
  required: Type.Boolean(),
}, 'A confirmation or signature block of an achievement report.');
export type ConfirmationBlock = Static<typeof ConfirmationBlock>;

export const UpwardReport = Closed({
  unitTypes: Type.Array(Type.String(), { description: 'Ids of `unitTypes` that file it.' }),
  recipients: Type.Array(Addressee, { description: 'Whom it goes to; empty when the plan does not say (a reading then says so).' }),
  quote: described(RuleQuote, 'The plan’s sentence, word for word.'),
  clause: Clause,
}, 'A report the plan has the province, or one of its bodies, send upwards ("tham mưu Ủy ban nhân dân tỉnh báo cáo Ban Thi đua - Khen thưởng Trung ương"): its filers are valid reporters of the plan and its recipients a right "Kính gửi" for them.');
export type UpwardReport = Static<typeof UpwardReport>;

export const ReportingRules = Closed({
  unitTypes: Type.Array(Type.String(), { description: 'Unit types that file the report.' }),
  periods: Type.Array(ReportPeriod),
  to: Type.String({ description: 'Recipient of the report ("Kính gửi").' }),
  recipients: Type.Optional(Type.Array(Addressee, { description: 'The bodies `to` names, matched against a report’s "Kính gửi"; a report naming none of them gets a warning.' })),
  quote: Type.Optional(RuleQuote),
  clause: Clause,
  upward: Type.Optional(Type.Array(UpwardReport, { description: 'Reports the province itself or its standing bodies send upwards (to the central level), as the plan names them.' })),
}, 'Who files reports under the plan, for which periods, to whom.');
export type ReportingRules = Static<typeof ReportingRules>;

const ConfirmationBlocks = Type.Array(ConfirmationBlock);

export const DossierRules = Closed({
  intake: Closed({
    agency: Type.String(),
    clause: Clause,
    quote: Type.Optional(described(RuleQuote, 'The plan’s sentence that names the intake, word for word.')),
  }, 'Who receives nomination dossiers.'),
  submitterUnitTypes: Type.Array(Type.String(), { description: 'Unit types that may submit a dossier.' }),
  routes: Type.Optional(Type.Array(Route, { description: 'Who each level sends its dossier to, the plan’s own routes first, then national law’s.' })),
  confirmationBlocks: Closed({
    collective: ConfirmationBlocks,
    individual: ConfirmationBlocks,
    household: ConfirmationBlocks,
  }, 'Confirmation/signature blocks of each achievement-report variant, in print order.'),
}, 'How nomination dossiers are filed and confirmed.');
export type DossierRules = Static<typeof DossierRules>;
