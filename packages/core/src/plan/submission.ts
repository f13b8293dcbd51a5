// Submission data (the contract between forms, validators and PDFs): what a unit files. Keys are ASCII camelCase,
// Vietnamese lives in values; dates are ISO. The JSON Schemas built from a plan
// (packages/plans/src/schema) describe exactly these shapes, with plan-specific enums.

import type { IsoDate, NomineeType, Signer } from './definition.js';
import type { Standing } from './standing.js';

/** Header of a document the unit issues (Decree 30/2020 ô 2–4). */
export interface IssuingHeader {
  /** Cơ quan chủ quản (optional, printed regular). */
  parentAgency?: string;
  /** Cơ quan ban hành: the reporting/submitting unit's full name. */
  agency: string;
  /** Unit type id from the plan's `unitTypes`. */
  unitType: string;
  /** Named unit id from the plan's `units`, when the unit is one of them. */
  unitCode?: string;
  /** "Số: 125/BC-UBND" without "Số:". */
  number: string;
  place: string;
  date: IsoDate;
}

export interface ReportSection {
  text?: string;
  /** Indicator id → value (or year series when the indicator is `byYear`). */
  indicators?: Record<string, number | YearValue[]>;
  /** Indicator id → how the report qualifies its value ("trên 57 tỷ đồng"); absent means exact. */
  qualifiers?: Record<string, FigureQualifier>;
  /** Facts with a number and no plan indicator ("hỗ trợ 120 con bò giống"). */
  figures?: Figure[];
}

export interface YearValue {
  year: number;
  value: number;
}

export interface ReportSubmission {
  planId: string;
  kind: 'report';
  schemaVersion: string;
  header: IssuingHeader;
  /** Report period id from the plan's `reporting.periods`, and the year it covers. */
  period: ReportPeriodAnswer;
  /** "Kính gửi". */
  to: string[];
  /** Outline id → section answer. */
  sections: Record<string, ReportSection>;
  signer: Signer;
  /** "Nơi nhận". */
  recipients: string[];
}

/**
 * A report's period as the report states it: the last year, and for a review the span's first
 * year ("sơ kết 03 năm 2021 - 2023"); a report may also give the results of other scopes
 * (a model run 2023 - 2025 reported with the review).
 */
export interface ReportPeriodAnswer {
  type: string;
  year: number;
  /** First year of the span the report covers; absent: the year alone (or the period's own span). */
  fromYear?: number;
  /** Further scopes the same report covers, printed with its title. */
  extraScopes?: ReportScope[];
}

/** A further scope of a report: what it is, as the report names it, and its year or span. */
export interface ReportScope {
  label: string;
  fromYear?: number;
  year: number;
}

/** "Số, ngày, tháng, năm của quyết định; cơ quan ban hành", one part per field. */
export interface AwardDecision {
  /** "123/QĐ-UBND" without "Số". */
  number: string;
  /** Left out when the holder no longer knows it; the number and issuer still identify it. */
  date?: IsoDate;
  issuer: string;
}

export interface AwardRecord {
  year: number;
  /** Danh hiệu or hình thức, as named in the decision. */
  title: string;
  /** One of `decision` or `recognition` is given. */
  decision?: AwardDecision;
  /** How an honour given without a decision was given ("Biểu dương tại Hội nghị … ngày …"). */
  recognition?: string;
}

export interface PastAwards {
  emulationTitles: AwardRecord[];
  commendations: AwardRecord[];
}

export interface ConfirmationEntry {
  agency?: string;
  /** Position of the signer ("CHỦ TỊCH"); absent for a citizen signing their own report. */
  title?: string;
  /** Absent when the signer is not known yet: the name is written by hand when signing. */
  fullName?: string;
}

interface NomineeBase {
  /** Local key unique in the dossier ("n1"); minutes and lists refer to it. */
  id: string;
  type: NomineeType;
  /** Participant group id from the plan. */
  group: string;
  /** Category id within the group, where the group has categories. */
  category?: string;
  /** Criterion ids of the group the nominee meets. */
  criteriaMet: string[];
  /** Thành tích tóm tắt (list column). */
  summary: string;
  /** Votes in favour at the council meeting. */
  votesAgree: number;
  /** Year series the plan's thresholds test (indicator id → values by year). */
  evidence?: Record<string, YearValue[]>;
  /** Số liệu thành tích: the report's figures as the person wrote them. */
  figures?: Figure[];
  pastAwards: PastAwards;
  /** Block id (from the plan's confirmation blocks) → who confirms. */
  confirmations: Record<string, ConfirmationEntry>;
  /** Place and date of the achievement report. */
  reportPlace: string;
  reportDate: IsoDate;
  note?: string;
}

export interface CollectiveNominee extends NomineeBase {
  type: 'collective';
  /** Full name of the collective, no abbreviations. */
  name: string;
  profile: {
    /** Đơn vị cấp trên trực tiếp: printed above the collective's name in its report's letterhead (NĐ 98 Mẫu 02). */
    superior?: string;
    headquarters?: string;
    phone?: string;
    email?: string;
    website?: string;
    history?: string;
    structure?: string;
    staffCount?: number;
    functions?: string;
  };
  report: {
    results: string;
    measures?: string;
    otherWork?: string;
  };
}

export interface IndividualNominee extends NomineeBase {
  type: 'individual';
  profile: {
    fullName: string;
    alias?: string;
    /** Decides which lines are required: workplace, position, qualification for the employed only. */
    standing: Standing;
    /** At least one of birthDate, birthYear, age. */
    birthDate?: IsoDate;
    birthYear?: number;
    /** Age in years as of `reportDate`, when the report gives only "47 tuổi". */
    age?: number;
    gender: 'nam' | 'nu';
    ethnicity?: string;
    religion?: string;
    hometown?: string;
    residence: string;
    workplace?: string;
    position?: string;
    partyMember?: boolean;
    /** Given only with `partyMember`; one of the two where the report says it. */
    partyJoinedDate?: IsoDate;
    partyJoinedYear?: number;
    politicalTheory?: string;
    qualification?: string;
    academicTitle?: string;
    phone?: string;
  };
  report: {
    duties?: string;
    results: string;
    commitment?: string;
  };
}

export interface HouseholdNominee extends NomineeBase {
  type: 'household';
  profile: {
    householder: string;
    /** At least one of birthYear, age. */
    birthYear?: number;
    age?: number;
    gender: 'nam' | 'nu';
    ethnicity?: string;
    members?: number;
    address: { village: string; commune: string; district: string };
  };
  report: {
    contributions?: string;
    labourDays?: number;
    landArea?: number;
    moneyVnd?: number;
    results: string;
  };
}

export type Nominee = CollectiveNominee | IndividualNominee | HouseholdNominee;

export interface NominationSubmission {
  planId: string;
  kind: 'nomination';
  schemaVersion: string;
  /** Phase id from the plan. */
  phase: string;
  /** Award form id proposed by this dossier (one form per tờ trình). */
  awardForm: string;
  /** The submitting unit; `number` and `date` are the tờ trình's. */
  header: IssuingHeader;
  coverLetter: {
    /** "Kính gửi". */
    to: string[];
    legalBases: string[];
    /** Opening paragraph(s) before the list. */
    body: string;
    signer: Signer;
    recipients: string[];
  };
  nominees: Nominee[];
  councilMinutes: {
    number: string;
    date: IsoDate;
    startTime: string;
    endTime: string;
    location: string;
    /** Council name ("Hội đồng Thi đua - Khen thưởng huyện Đam Rông"). */
    council: string;
    chair: { fullName: string; title: string };
    secretary: { fullName: string; title: string };
    membersTotal: number;
    membersPresent: number;
    absentees?: { fullName: string; reason: string; votedInWriting: boolean }[];
    votingMethod: 'bieu-quyet' | 'bo-phieu-kin';
    /** Ban kiểm phiếu of a secret ballot: its members and their roles ("Trưởng ban", "Thành viên"). */
    countingBoard?: { fullName: string; role: string }[];
    ballots?: { issued: number; returned: number; valid: number; invalid: number };
    /** Ý kiến thảo luận: what the members said before the vote. */
    discussion?: string;
    conclusion: string;
  };
}

export type Submission = ReportSubmission | NominationSubmission;

// ---- Achievement figures ----

/** The word before a number that says it is not exact: trên, hơn, gần, khoảng, dưới. */
export type FigureQualifier = 'tren' | 'hon' | 'gan' | 'khoang' | 'duoi';

/**
 * One fact with a number, as written: "khoảng 2 tỷ đồng/năm", "từ 20 đến 100 triệu đồng/hộ",
 * "124/154 hộ". The unit is the writer's; nothing is converted.
 */
export interface Figure {
  /** What is counted ("Số hộ được giúp thoát nghèo"). */
  what: string;
  value: number;
  /** Upper end of a range "từ {value} đến {upTo}". */
  upTo?: number;
  /** The whole the value is part of: "{value}/{of}". */
  of?: number;
  unit: string;
  qualifier?: FigureQualifier;
  /** One year, or a span fromYear–toYear. */
  year?: number;
  fromYear?: number;
  toYear?: number;
  /** Plan indicator id this figure reports. */
  indicator?: string;
}
