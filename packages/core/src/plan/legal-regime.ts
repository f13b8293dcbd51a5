// National law on emulation and commendation, one regime at a time: what a rule may cite and
// check when the plan's own text says "theo quy định".
import { Type, type Static } from '@sinclair/typebox';
import { Clause, IsoDate, LabelledFields, LegalRegime } from './basics.js';
import { Choice, Closed, described } from './format-builders.js';

const Unverified = Type.Optional(Type.String({ description: 'What could not be confirmed in a legal text, and why; absent when the figure was read in one.' }));

export const VoteShareRule = Closed({
  awardForms: Type.Array(Type.String(), { description: 'Award-form ids it applies to ("chien-si-thi-dua-cap-tinh").' }),
  share: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Share of all council members (not of those present) that must agree, 0–1.' })),
  clause: Clause,
  unverified: Unverified,
}, 'A council vote share the law in force sets for some award forms. `share` is absent when the text could not be found: a rule may then warn, never refuse.');
/** A council vote share the law in force sets for some award forms; `share` is absent when the text could not be found. */
export type VoteShareRule = Static<typeof VoteShareRule>;

export const DossierContentRule = Closed({
  kind: Choice(['danh-hieu-thi-dua', 'hinh-thuc-khen-thuong']),
  documents: Type.Array(Type.String()),
  clause: Clause,
  unverified: Unverified,
}, 'What a dossier holds under a regime, for one kind of award.');
/** What a dossier holds under a regime, for one kind of award. */
export type DossierContentRule = Static<typeof DossierContentRule>;

export const LegalRegimeFacts = Closed({
  ...LabelledFields,
  id: LegalRegime,
  from: Type.Optional(described(IsoDate, 'First day in force (inclusive); absent for the oldest regime modelled.')),
  acts: Type.Array(Type.String(), { description: 'Acts that make it up, as a dossier’s "căn cứ" names them.' }),
  actNumbers: Type.Array(Type.String(), { description: 'Document numbers that identify its acts in a text ("98/2023/NĐ-CP"): a "căn cứ" naming one outside its days is flagged.' }),
  basis: Type.String({ description: 'How a rule cites the regime when no article is known for the award at hand.' }),
  awardArticles: Type.Record(Type.String(), Clause, { description: 'The article of the regime that defines each award form, by award-form id, where it was found.' }),
  voteShares: Type.Array(VoteShareRule),
  dossierContents: Type.Array(DossierContentRule),
  sources: Type.Array(Type.String(), { description: 'Where each fact was read (titles of the public texts consulted).' }),
}, 'One regime of national law on emulation and commendation, and the days it governs.');
/** One regime of national law on emulation and commendation, and the days it governs. */
export type LegalRegimeFacts = Static<typeof LegalRegimeFacts>;
