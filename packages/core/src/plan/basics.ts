// Values every part of a plan definition uses: where a fact is cited, dates, nominee kinds,
// the regime of national law, bilingual labels, spans of days and years, addressees.
import { Type, type Static } from '@sinclair/typebox';
import { Choice, Closed, described } from './format-builders.js';

export const Clause = Type.String({
  minLength: 1,
  description: 'Where a fact comes from in the plan’s own text, e.g. "Kế hoạch 1479/QĐ-UBND, mục IV.2.c". Every rule cites one.',
});
/** Where a fact comes from in the plan's own text, e.g. "Kế hoạch 1479/QĐ-UBND, mục IV.2.c". Every rule cites one. */
export type Clause = Static<typeof Clause>;

export const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'ISO date `YYYY-MM-DD`.' });
/** ISO date `YYYY-MM-DD`. */
export type IsoDate = Static<typeof IsoDate>;

export const NOMINEE_TYPES = ['collective', 'individual', 'household'] as const;
export const NomineeType = Choice(NOMINEE_TYPES, 'The three nominee kinds the law knows (Luật TĐKT 2022 Điều 84; NĐ 98/2023 Phụ lục I).');
/** The three nominee kinds the law knows (Luật TĐKT 2022 Điều 84; NĐ 98/2023 Phụ lục I). */
export type NomineeType = Static<typeof NomineeType>;

export const LegalRegime = Choice(
  ['nd91-2017', 'nd98-2023', 'nd152-2025'],
  'Legal regime a dossier follows, chosen from the plan’s dates (docs/guide/plan-definition.md, "The law in force by date").',
);
/** Legal regime a dossier follows, chosen from the plan's dates. */
export type LegalRegime = Static<typeof LegalRegime>;

export const KebabId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'ASCII kebab-case id, unique in its list: "chien-si-thi-dua-cap-tinh".' });

export const CamelId = Type.String({
  pattern: '^[a-z][A-Za-z0-9]*$',
  description: 'ASCII camelCase id, unique in the plan: submissions use it as a property name.',
});

/** The two label fields, spread into the objects that carry them. */
export const LabelledFields = {
  label: Type.String({ minLength: 1, description: 'Label in the plan’s own Vietnamese wording.' }),
  labelEn: Type.String({ minLength: 1, description: 'English rendering, shown with `lang: \'en\'`.' }),
};

export const Labelled = Closed(LabelledFields, 'A label in the plan’s own Vietnamese wording plus an English rendering for `lang: \'en\'`.');
/** A label in the plan's own Vietnamese wording plus an English rendering for `lang: 'en'`. */
export type Labelled = Static<typeof Labelled>;

export const DateWindow = Closed({
  from: IsoDate,
  to: IsoDate,
  derived: Type.Optional(Type.String({ description: 'Set when the plan states no dates and the window is read from what it does say: what it rests on.' })),
  clause: Clause,
}, 'First and last day (inclusive) a document may carry.');
/** First and last day (inclusive) a document may carry. */
export type DateWindow = Static<typeof DateWindow>;

export const YearSpan = Closed({ from: Type.Integer(), to: Type.Integer() }, 'A span of whole years, both ends included.');
/** A span of whole years, both ends included. */
export type YearSpan = Static<typeof YearSpan>;

export const Addressee = Closed({
  name: Type.String({ minLength: 1 }),
  aliases: Type.Optional(Type.Array(Type.String(), { description: 'Other spellings of the same body ("UBND tỉnh", "Sở LĐTBXH").' })),
}, 'A body a document may be addressed to ("Kính gửi"); a line naming it or one of its aliases matches.');
/** A body a document may be addressed to ("Kính gửi"); a line naming it or one of its aliases matches. */
export type Addressee = Static<typeof Addressee>;

export const Bounds = Closed({ min: Type.Optional(Type.Integer({ minimum: 0 })), max: Type.Optional(Type.Integer({ minimum: 0 })) }, 'Least and most, both included.');
export type Bounds = Static<typeof Bounds>;

/** A quote of the plan's sentence a rule encodes; the same words on every rule that carries one. */
export const RuleQuote = described(Type.String(), 'The plan’s sentence this rule encodes, word for word; shown in the plan’s reference page.');
