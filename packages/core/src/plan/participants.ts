// Who takes part in the movement, what they must meet, and the awards they may be proposed for.
import { Type, type Static } from '@sinclair/typebox';
import { Clause, KebabId, LabelledFields, NomineeType, RuleQuote } from './basics.js';
import { Choice, Closed, described } from './format-builders.js';
import { STANDINGS } from './standing.js';

export const Criterion = Closed({
  id: KebabId,
  text: Type.String({ minLength: 1 }),
  clause: Clause,
}, 'One criterion a participant group’s nominees must meet, word for word.');
export type Criterion = Static<typeof Criterion>;

const StandingWord = Choice(STANDINGS.map((s) => s.value));

export const ParticipantGroup = Closed({
  ...LabelledFields,
  id: KebabId,
  nomineeTypes: Type.Array(NomineeType, { description: 'Nominee kinds a nominee from this group can be.' }),
  standings: Type.Optional(Type.Array(StandingWord, { description: 'Standings an individual of this group may have, when the plan’s text limits them; absent = any.' })),
  categories: Type.Optional(Type.Array(Closed({ ...LabelledFields, id: KebabId }), {
    description: 'Sub-kinds a threshold may single out (Bình Định 1.2: "huyện nghèo" vs "các địa phương còn lại").',
  })),
  criteria: Type.Array(Criterion),
  quote: Type.Optional(described(RuleQuote, 'The plan’s sentence that names the group, word for word; shown in the plan’s reference page.')),
  clause: Clause,
}, 'A group of participants the plan names, with its criteria.');
export type ParticipantGroup = Static<typeof ParticipantGroup>;

export const AwardForm = Closed({
  ...LabelledFields,
  id: KebabId,
  decidedBy: Type.String({ description: 'Who decides it, as the law says ("Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh").' }),
  nomineeTypes: Type.Array(NomineeType, { description: 'Nominee kinds the law allows for this form.' }),
  minVoteShare: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Share of all council members that must vote for a nominee (0–1), where the law sets one.' })),
  quote: Type.Optional(RuleQuote),
  clause: Clause,
}, 'An award (danh hiệu or hình thức khen thưởng) the plan proposes.');
export type AwardForm = Static<typeof AwardForm>;
