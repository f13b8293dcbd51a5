// The report outline (đề cương): the sections a unit's report answers, in print order.
import { Type, type Static } from '@sinclair/typebox';
import { CamelId, Clause } from './basics.js';
import { Closed, described } from './format-builders.js';

export const OutlineNode = Type.Recursive((Node) => Closed({
  id: described(CamelId, 'Stable ASCII camelCase id, unique in the plan; submissions key sections by it.'),
  number: Type.String({ description: 'Numbering exactly as printed: "I.", "1.", "a)", "đ)". Empty for unnumbered parts.' }),
  title: Type.String({ minLength: 1 }),
  titleEn: Type.String({ minLength: 1 }),
  hint: Type.Optional(Type.String({ description: 'What the unit should write here (shown as hint).' })),
  hintEn: Type.Optional(Type.String()),
  optional: Type.Optional(Type.Boolean({ description: '"(nếu có)" sections: text may be left empty.' })),
  indicators: Type.Optional(Type.Array(Type.String(), { description: 'Ids of `indicators` reported as typed numbers in this section.' })),
  children: Type.Optional(Type.Array(Node)),
  clause: Type.Optional(Clause),
}, 'One section of the report outline, with its subsections.'), { $id: 'OutlineNode' });
export type OutlineNode = Static<typeof OutlineNode>;

export const Outline = Closed({
  derived: Type.Boolean({ description: 'True when the plan has no đề cương and this outline was derived from what it asks units to report.' }),
  source: described(Clause, 'For an explicit outline: where it is; for a derived one: what it was derived from.'),
  heading: Type.String({ description: 'Heading of the outline as printed ("ĐỀ CƯƠNG BÁO CÁO").' }),
  summary: Type.String({ description: 'The report’s trích yếu.' }),
  summaryEn: Type.String(),
  attachedTo: Type.Optional(Type.String({ description: 'Italic line under the heading, e.g. "(Kèm theo Kế hoạch số 148/KH-UBND ngày 06 tháng 6 năm 2023 của Chủ tịch UBND tỉnh)".' })),
  sections: Type.Array(OutlineNode),
}, 'The report outline: explicit when the plan has a đề cương, derived otherwise.');
export type Outline = Static<typeof Outline>;
