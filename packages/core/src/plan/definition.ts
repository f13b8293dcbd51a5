// The plan-definition format: everything a provincial plan (kế hoạch) says about
// reports and nomination dossiers, as data. Schemas, rules, forms and PDFs are all
// derived from one `PlanDefinition`; a new province adds a folder of data, not code.
// docs/guide/plan-definition.md explains every field with examples.
import type { DocumentKind } from './document-kind.js';
import type { Standing } from './standing.js';

/** Where a fact comes from in the plan's own text, e.g. "Kế hoạch 1479/QĐ-UBND, mục IV.2.c". Every rule cites one. */
export type Clause = string;

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** The three nominee kinds the law knows (Luật TĐKT 2022 Điều 84; NĐ 98/2023 Phụ lục I). */
export type NomineeType = 'collective' | 'individual' | 'household';

/** Legal regime a dossier follows, chosen from the plan's dates (docs/guide/plan-definition.md, "The law in force by date"). */
export type LegalRegime = 'nd91-2017' | 'nd98-2023' | 'nd152-2025';

/**
 * A council vote share the law in force sets for some award forms. `share` is absent when the
 * text could not be found: a rule may then warn, never refuse.
 */
export interface VoteShareRule {
  /** Award-form ids it applies to ("chien-si-thi-dua-cap-tinh"). */
  awardForms: string[];
  /** Share of all council members (not of those present) that must agree, 0–1. */
  share?: number;
  clause: Clause;
  /** What could not be confirmed in a legal text, and why; absent when the figure was read in one. */
  unverified?: string;
}

/** What a dossier holds under a regime, for one kind of award. */
export interface DossierContentRule {
  kind: 'danh-hieu-thi-dua' | 'hinh-thuc-khen-thuong';
  documents: string[];
  clause: Clause;
  unverified?: string;
}

/** One regime of national law on emulation and commendation, and the days it governs. */
export interface LegalRegimeFacts extends Labelled {
  id: LegalRegime;
  /** First day in force (inclusive); absent for the oldest regime modelled. */
  from?: IsoDate;
  /** Acts that make it up, as a dossier's "căn cứ" names them. */
  acts: string[];
  /** Document numbers that identify its acts in a text ("98/2023/NĐ-CP"): a "căn cứ" naming one outside its days is flagged. */
  actNumbers: string[];
  /** How a rule cites the regime when no article is known for the award at hand. */
  basis: Clause;
  /** The article of the regime that defines each award form, by award-form id, where it was found. */
  awardArticles: Record<string, Clause>;
  voteShares: VoteShareRule[];
  dossierContents: DossierContentRule[];
  /** Where each fact was read (titles of the public texts consulted). */
  sources: string[];
}

/** A label in the plan's own Vietnamese wording plus an English rendering for `lang: 'en'`. */
export interface Labelled {
  label: string;
  labelEn: string;
}

export interface Signer {
  /** Authority lines above the title, each "TM. …", "KT. …", "Q. …", "TL. …" or "TUQ. …". */
  authority?: string[];
  /** Position, upper case as printed: "PHÓ CHỦ TỊCH". */
  title: string;
  fullName: string;
}

export interface LegalBasis {
  text: string;
  clause: Clause;
}

/** The plan document itself (Decree 30/2020 elements). Unknown facts stay absent, never invented. */
export interface PlanDocument {
  /** Document type as printed: "KẾ HOẠCH". */
  type: string;
  /** Trích yếu. */
  summary: string;
  /** Number part of "Số: 148/KH-UBND"; absent when the seed does not give it. */
  number?: string;
  /** Symbol part: "KH-UBND". */
  symbol?: string;
  /** Issue date; absent when the seed does not give it (then `dateNote` says what is known). */
  date?: IsoDate;
  dateNote?: string;
  /** Place in the place/date line ("Đồng Nai"). */
  place: string;
  issuer: { name: string; parent?: string };
  /** Set when the plan was issued with another act (e.g. QĐ 1479/QĐ-UBND). */
  issuedWith?: { text: string; number: string; date: IsoDate };
  signer?: Signer;
  legalBases: LegalBasis[];
  /** Nơi nhận of the plan itself. */
  recipients?: string[];
  /** Numbered footnotes of the seed text. */
  footnotes?: { n: number; text: string }[];
}

// ---- Report outline ----

export interface OutlineNode {
  /** Stable ASCII camelCase id, unique in the plan; submissions key sections by it. */
  id: string;
  /** Numbering exactly as printed: "I.", "1.", "a)", "đ)". Empty for unnumbered parts. */
  number: string;
  title: string;
  titleEn: string;
  /** What the unit should write here (shown as hint). */
  hint?: string;
  hintEn?: string;
  /** "(nếu có)" sections: text may be left empty. */
  optional?: boolean;
  /** Ids of `indicators` reported as typed numbers in this section. */
  indicators?: string[];
  children?: OutlineNode[];
  clause?: Clause;
}

export interface Outline {
  /** True when the plan has no đề cương and this outline was derived from what it asks units to report. */
  derived: boolean;
  /** For an explicit outline: where it is; for a derived one: what it was derived from. */
  source: Clause;
  /** Heading of the outline as printed ("ĐỀ CƯƠNG BÁO CÁO") and the report's trích yếu. */
  heading: string;
  summary: string;
  summaryEn: string;
  /** Italic line under the heading, e.g. "(Kèm theo Kế hoạch số 148/KH-UBND ngày 06 tháng 6 năm 2023 của Chủ tịch UBND tỉnh)". */
  attachedTo?: string;
  sections: OutlineNode[];
}

// ---- Indicators and targets ----

export type IndicatorKind = 'percent' | 'count' | 'money' | 'number';

export interface Indicator extends Labelled {
  id: string;
  kind: IndicatorKind;
  /** Unit as printed: "%", "hộ", "xã", "triệu đồng", "điểm %/năm". */
  unit: string;
  unitEn: string;
  /** Target the plan sets, if any; `text` quotes the plan. A report result failing a numeric target gets a warning. */
  target?: {
    text: string;
    op?: '>=' | '>' | '<=' | '<' | '=' | 'between';
    value?: number;
    /** Upper bound when op is 'between'. */
    max?: number;
    /** Year the target is for ("đến năm 2025"). */
    year?: number;
  };
  /** Reported as one value per year (year series) instead of a single value. */
  byYear?: boolean;
  /** Must be filled when its section is answered (only by `scope.reportedBy`, when set). */
  required?: boolean;
  /** Who reports the figure and whose figure `target` is. */
  scope?: IndicatorScope;
  /** The plan's sentence that asks for the figure, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

/**
 * A figure belongs to an area or to an agency: the plan asks it only from some unit types, and its
 * target may be the province's as a whole, which one district's own figure neither meets nor misses.
 */
export interface IndicatorScope {
  /** Ids of `unitTypes` the plan asks this figure from; `required` binds only them. Absent: every reporting unit. */
  reportedBy?: string[];
  /** Whose figure the target measures: each reporting unit's own, or the province's total. */
  targetOf?: 'unit' | 'province';
  /**
   * Unit types or unit ids (`units`) whose report gives the province's total, the only reports a
   * province target is checked on. Absent: no report of the plan does, and the target is shown, not checked.
   */
  provinceReportBy?: string[];
  /** Why the plan is read so, quoting it; printed in the plan's reference page. */
  reading?: string;
}

// ---- Participants, criteria, awards ----

export interface Criterion {
  id: string;
  text: string;
  clause: Clause;
}

export interface ParticipantGroup extends Labelled {
  id: string;
  /** Nominee kinds a nominee from this group can be. */
  nomineeTypes: NomineeType[];
  /** Standings an individual of this group may have, when the plan's text limits them; absent = any. */
  standings?: Standing[];
  /** Sub-kinds a threshold may single out (Bình Định 1.2: "huyện nghèo" vs "các địa phương còn lại"). */
  categories?: (Labelled & { id: string })[];
  criteria: Criterion[];
  /** The plan's sentence that names the group, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

export interface AwardForm extends Labelled {
  id: string;
  /** Who decides it, as the law says ("Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh"). */
  decidedBy: string;
  /** Nominee kinds the law allows for this form. */
  nomineeTypes: NomineeType[];
  /** Share of all council members that must vote for a nominee (0–1), where the law sets one. */
  minVoteShare?: number;
  /** The plan's sentence this rule encodes, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

export type PhaseKind = 'hang-nam' | 'so-ket' | 'tong-ket' | 'chuyen-de' | 'dot-xuat';

/** First and last day (inclusive) a document may carry. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
  /** Set when the plan states no dates and the window is read from what it does say: what it rests on. */
  derived?: string;
  clause: Clause;
}

/** A span of whole years, both ends included. */
export interface YearSpan {
  from: number;
  to: number;
}

export interface Phase extends Labelled {
  id: string;
  kind: PhaseKind;
  year?: number;
  /** Award forms that may be proposed in this phase. */
  awardForms: string[];
  /** When this round's dossiers are filed; absent when the plan sets no window (the reference page says so). */
  filed?: DateWindow;
  /** Years the round's figures cover ("sơ kết 03 năm (2021 - 2023)"). */
  covers?: YearSpan;
  /** The plan's sentence this rule encodes, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

/**
 * Where a unit type stands in the administration: who it proposes awards to follows from it
 * (Luật Thi đua, Khen thưởng 2003, Điều 77–80; Luật 2022, Điều 80, 83). `so-nganh` covers the
 * province's departments and other provincial agencies, `doan-the-tinh` the provincial Fatherland
 * Front and mass organisations, `thon` villages, hamlets and urban neighbourhoods.
 */
export type UnitLevel = 'thon' | 'xa' | 'huyen' | 'tinh' | 'so-nganh' | 'doan-the-tinh' | 'trung-uong' | 'doanh-nghiep';

export interface UnitType extends Labelled {
  id: string;
  level: UnitLevel;
}

/** A body a document may be addressed to ("Kính gửi"); a line naming it or one of its aliases matches. */
export interface Addressee {
  name: string;
  /** Other spellings of the same body ("UBND tỉnh", "Sở LĐTBXH"). */
  aliases?: string[];
}

/**
 * Whom a dossier from a level goes to for some award forms. The first route that matches the
 * submitter's level and the dossier's award form applies; a route with no addressee says the
 * level does not propose that form to anyone (it decides it itself, or must go through another level).
 */
export interface Route {
  id: string;
  /** Submitting levels the route is for. */
  from: UnitLevel[];
  /** Award forms it carries; absent: every form. */
  awardForms?: string[];
  /** The dossier must be addressed to at least one of these. Empty: the level may not file it. */
  to: Addressee[];
  /** The rule in words, quoted in messages ("qua Ủy ban nhân dân cấp huyện"). */
  text: string;
  textEn: string;
  clause: Clause;
}

/** A named unit of the plan's own time (e.g. "Huyện Đam Rông") that a quota singles out. */
export interface NamedUnit {
  id: string;
  name: string;
  type: string;
  /** Other spellings that identify it in a free-text unit name. */
  aliases?: string[];
}

export interface Bounds {
  min?: number;
  max?: number;
}

/** How many nominees one submitting unit may propose in a phase. The most specific quota wins (unit over unit type). */
export interface Quota {
  id: string;
  phase: string;
  appliesTo: { unitType?: string; unit?: string };
  /** Limits only dossiers proposing one of these award forms, when set. */
  awardForms?: string[];
  /** Bounds on all nominees ("trường hợp"). */
  total?: Bounds;
  /** Bounds per nominee kind ("01 tập thể, 01 đến 02 cá nhân"). */
  byNomineeType?: Partial<Record<NomineeType, Bounds>>;
  /** The plan's sentence this rule encodes, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

// ---- Numeric thresholds over year series ----

export type ThresholdTest =
  /**
   * The indicator falls by at least `minPerYear` (percentage points) in each of `consecutiveYears`
   * consecutive years ending at the last full year before the dossier's date ("trước khi trình khen thưởng").
   */
  | { kind: 'annual-decrease'; indicator: string; minPerYear: number; consecutiveYears: number; text: string }
  /**
   * The indicator's latest value is more than `moreThanPercent` % below its value in `baselineYear`,
   * the period's start ("so với đầu kỳ") as the plan fixes it; the series must hold that year.
   */
  | {
    kind: 'reduction-vs-baseline'; indicator: string; moreThanPercent: number; baselineYear: number; byYear?: number; text: string;
    /** How `baselineYear` was read where the seed does not name it; the reference page prints it. */
    reading?: string;
  };

export interface Threshold extends Labelled {
  id: string;
  appliesTo: { group: string; categories?: string[]; nomineeTypes?: NomineeType[] };
  /** Alternatives: meeting any one test satisfies the threshold ("…; hoặc …"). */
  anyOf: ThresholdTest[];
  /** The plan's sentence this rule encodes, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

// ---- Time ----

export type Due = { date: IsoDate } | { every: 'year'; month: number; day: number };

export interface Deadline extends Labelled {
  id: string;
  kind: DocumentKind | 'unit-plan';
  /** Restricts the deadline to one report period or phase. */
  appliesTo?: { reportPeriod?: string; phase?: string };
  due: Due;
  /** "trước ngày …": filing on the day itself is already late. */
  before: boolean;
  /** Who receives it, as the plan says. */
  to: string;
  /** The plan's sentence this rule encodes, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
}

export interface Milestone {
  id: string;
  /** Year, or [from, to] for a span. */
  year: number | [number, number];
  text: string;
  textEn: string;
  clause: Clause;
}

export interface Task {
  id: string;
  quarter: 1 | 2 | 3 | 4;
  text: string;
  clause: Clause;
}

export interface ReportPeriod extends Labelled {
  id: string;
  kind: 'annual' | 'six-months' | 'phase';
  /** For a phase report (sơ kết/tổng kết), the phase it reviews. */
  phase?: string;
  /** Years `period.year` may take: one year for a review or a dated report, the movement's years for a yearly one. */
  years?: YearSpan;
  /** For a review, the span of years it reports on (148/KH-UBND: 2021–2023). */
  span?: YearSpan;
  /** When reports of this period are dated; absent when the plan sets no window (the reference page says so). */
  filed?: DateWindow;
  clause?: Clause;
}

export interface ConfirmationBlock extends Labelled {
  id: string;
  /** Under the title as printed: "(Ký, đóng dấu)". */
  note: string;
  required: boolean;
}

export interface ReportingRules {
  /** Unit types that file the report. */
  unitTypes: string[];
  periods: ReportPeriod[];
  /** Recipient of the report ("Kính gửi"). */
  to: string;
  /** The bodies `to` names, matched against a report's "Kính gửi"; a report naming none of them gets a warning. */
  recipients?: Addressee[];
  /** The plan's sentence this rule encodes, word for word; shown in the plan's reference page. */
  quote?: string;
  clause: Clause;
  /** Reports the province itself or its standing bodies send upwards (to the central level), as the plan names them. */
  upward?: UpwardReport[];
}

/**
 * A report the plan has the province, or one of its bodies, send upwards ("tham mưu Ủy ban nhân
 * dân tỉnh báo cáo Ban Thi đua - Khen thưởng Trung ương"): its filers are valid reporters of the
 * plan and its recipients a right "Kính gửi" for them.
 */
export interface UpwardReport {
  /** Ids of `unitTypes` that file it. */
  unitTypes: string[];
  /** Whom it goes to; empty when the plan does not say (a reading then says so). */
  recipients: Addressee[];
  /** The plan's sentence, word for word. */
  quote: string;
  clause: Clause;
}

export interface DossierRules {
  /** Who receives nomination dossiers. */
  intake: { agency: string; clause: Clause; /** The plan's sentence that names the intake, word for word. */ quote?: string };
  /** Unit types that may submit a dossier. */
  submitterUnitTypes: string[];
  /** Who each level sends its dossier to, the plan's own routes first, then national law's. */
  routes?: Route[];
  /** Confirmation/signature blocks of each achievement-report variant, in print order. */
  confirmationBlocks: Record<NomineeType, ConfirmationBlock[]>;
}

export interface PlanDefinition {
  /** Plan id (contract): kebab-case, e.g. "lam-dong-2022-2025". */
  id: string;
  /** Semver of this definition's schemas; part of every `$id`. */
  version: string;
  title: string;
  titleEn: string;
  /** Province as named at the plan's time. */
  province: { name: string; nameEn: string; slug: string };
  movement: { name: string; from: number; to: number };
  legalRegime: LegalRegime;
  document: PlanDocument;
  outline: Outline;
  indicators: Indicator[];
  participantGroups: ParticipantGroup[];
  awardForms: AwardForm[];
  phases: Phase[];
  unitTypes: UnitType[];
  units?: NamedUnit[];
  quotas: Quota[];
  thresholds: Threshold[];
  deadlines: Deadline[];
  milestones: Milestone[];
  tasks?: Task[];
  reporting: ReportingRules;
  dossier: DossierRules;
  /** Where the plan's text is ambiguous or says what no rule checks: the sentence, its clause and the reading chosen. Shown on the plan's reference page. */
  readings?: Reading[];
}

/** One sentence of the plan and how the SDK reads it, in Vietnamese then English. */
export interface Reading {
  /** The plan's sentence, quoted word for word. */
  text: string;
  clause: Clause;
  /** The reading chosen (what a provincial reviewer would take it to mean) and what the SDK does with it. */
  reading: string;
  readingEn: string;
}

/** A named example submission, GOV.UK-fixture style: valid ones are shown, invalid ones prove a rule fires. */
export interface PlanExample {
  name: string;
  kind: DocumentKind;
  data: unknown;
}

export interface InvalidFixture extends PlanExample {
  /** Errors the fixture must produce (others may appear too). */
  expect: { path: string; code: string; clause?: boolean }[];
}
