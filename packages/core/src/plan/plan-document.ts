// The plan document itself, as Decree 30/2020 lays out an administrative document, and what
// its text leaves unknown.
import { Type, type Static } from '@sinclair/typebox';
import { Clause, IsoDate } from './basics.js';
import { Choice, Closed, described } from './format-builders.js';

export const Signer = Closed({
  authority: Type.Optional(Type.Array(Type.String(), { description: 'Authority lines above the title, each "TM. …", "KT. …", "Q. …", "TL. …" or "TUQ. …".' })),
  title: Type.String({ minLength: 1, description: 'Position, upper case as printed: "PHÓ CHỦ TỊCH".' }),
  fullName: Type.String({ minLength: 1 }),
}, 'Who signs a document, as its signature block prints them.');
export type Signer = Static<typeof Signer>;

export const LegalBasis = Closed({
  text: Type.String({ minLength: 1, description: 'The basis as the plan states it.' }),
  clause: Clause,
  kind: Type.Optional(Choice(['can-cu', 'thuc-hien'], '"can-cu" for a basis the plan introduces with "Căn cứ …" (a law, decree or higher plan it rests on); "thuc-hien" for one it introduces with "Thực hiện …" (an instruction it carries out).')),
}, 'One basis the plan is issued on.');
export type LegalBasis = Static<typeof LegalBasis>;

export const PlanDocument = Closed({
  type: Type.String({ minLength: 1, description: 'Document type as printed: "KẾ HOẠCH".' }),
  summary: Type.String({ minLength: 1, description: 'Trích yếu.' }),
  number: Type.Optional(Type.String({ description: 'Number part of "Số: 148/KH-UBND"; absent when the text does not give it (then `unknowns` says so).' })),
  symbol: Type.Optional(Type.String({ description: 'Symbol part: "KH-UBND".' })),
  date: Type.Optional(described(IsoDate, 'Issue date; absent when the text does not give it (then `unknowns` says so, and `dateNote` what is known).')),
  dateNote: Type.Optional(Type.String({ description: 'What is known of the issue date when the text does not print it, shown where the date would be.' })),
  place: Type.String({ minLength: 1, description: 'Place in the place/date line ("Đồng Nai").' }),
  issuer: Closed({ name: Type.String({ minLength: 1 }), parent: Type.Optional(Type.String()) }, 'The issuing body, and the body above it when the letterhead names one.'),
  issuedWith: Type.Optional(Closed({ text: Type.String(), number: Type.String(), date: IsoDate }, 'Set when the plan was issued with another act (e.g. QĐ 1479/QĐ-UBND).')),
  signer: Type.Optional(Signer),
  legalBases: Type.Array(LegalBasis),
  recipients: Type.Optional(Type.Array(Type.String(), { description: 'Nơi nhận of the plan itself.' })),
  footnotes: Type.Optional(Type.Array(Closed({ n: Type.Integer({ minimum: 1 }), text: Type.String() }), { description: 'Numbered footnotes of the plan’s text.' })),
}, 'The plan document itself (Decree 30/2020 elements). Unknown facts stay absent, never invented: `unknowns` names them.');
export type PlanDocument = Static<typeof PlanDocument>;

export const Purpose = Closed({
  text: Type.String({ minLength: 1, description: 'The bullet, word for word.' }),
  clause: Clause,
}, 'One bullet of the plan’s "Mục đích" part.');
export type Purpose = Static<typeof Purpose>;

export const JSON_POINTER_PATTERN = '^(/([^~/]|~[01])*)+$';

export const UnknownFact = Closed({
  at: Type.String({
    pattern: JSON_POINTER_PATTERN,
    description: 'JSON Pointer into the definition naming a field the plan’s text leaves unknown ("/document/number"); that field must be absent.',
  }),
  text: Type.String({ minLength: 1, description: 'Why it is unknown, in Vietnamese ("Văn bản không ghi số và ký hiệu.").' }),
}, 'A fact the plan’s text does not give: the field stays absent and this says why, never an invented value.');
export type UnknownFact = Static<typeof UnknownFact>;
