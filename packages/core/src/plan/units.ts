// The units of the plan's administration and whom each level sends its dossiers to.
import { Type, type Static } from '@sinclair/typebox';
import { Addressee, Clause, KebabId, LabelledFields } from './basics.js';
import { Choice, Closed } from './format-builders.js';

export const UnitLevel = Choice(
  ['thon', 'xa', 'huyen', 'tinh', 'so-nganh', 'doan-the-tinh', 'trung-uong', 'doanh-nghiep'],
  'Where a unit type stands in the administration: who it proposes awards to follows from it (Luật Thi đua, Khen thưởng 2003, Điều 77–80; Luật 2022, Điều 80, 83). `so-nganh` covers the province’s departments and other provincial agencies, `doan-the-tinh` the provincial Fatherland Front and mass organisations, `thon` villages, hamlets and urban neighbourhoods.',
);
/** Where a unit type stands in the administration: who it proposes awards to follows from it. */
export type UnitLevel = Static<typeof UnitLevel>;

export const UnitType = Closed({
  ...LabelledFields,
  id: KebabId,
  level: UnitLevel,
}, 'A kind of unit that reports or proposes awards under the plan.');
export type UnitType = Static<typeof UnitType>;

export const Route = Closed({
  id: KebabId,
  from: Type.Array(UnitLevel, { description: 'Submitting levels the route is for.' }),
  awardForms: Type.Optional(Type.Array(Type.String(), { description: 'Award forms it carries; absent: every form.' })),
  to: Type.Array(Addressee, { description: 'The dossier must be addressed to at least one of these. Empty: the level may not file it.' }),
  text: Type.String({ description: 'The rule in words, quoted in messages ("qua Ủy ban nhân dân cấp huyện").' }),
  textEn: Type.String(),
  clause: Clause,
}, 'Whom a dossier from a level goes to for some award forms. The first route that matches the submitter’s level and the dossier’s award form applies; a route with no addressee says the level does not propose that form to anyone (it decides it itself, or must go through another level).');
export type Route = Static<typeof Route>;

export const NamedUnit = Closed({
  id: KebabId,
  name: Type.String({ minLength: 1 }),
  type: Type.String({ description: 'Id of its `unitTypes` entry.' }),
  aliases: Type.Optional(Type.Array(Type.String(), { description: 'Other spellings that identify it in a free-text unit name.' })),
}, 'A named unit of the plan’s own time (e.g. "Huyện Đam Rông") that a quota singles out.');
export type NamedUnit = Static<typeof NamedUnit>;
