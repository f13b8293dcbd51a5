import type { AwardRecord, HouseholdNominee, IndividualNominee } from '@thidua/core';
import { p, type Paragraph } from '../layout/blocks.js';
import { field } from './body.js';
import { figure } from './format.js';
import { INDENT, SIZE } from './style.js';

// How a nominee's identity and past honours print: each as the person gave it (a birth date,
// a year or an age), lines they did not give left out, an honour without a decision said so.

/** dd/m/yyyy as Decree 30/2020 writes dates: a day under 10 and the months 1 and 2 take a leading zero. */
export function decreeDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  return `${m[3]}/${month <= 2 ? m[2] : String(month)}/${m[1]}`;
}

type Birth = { birthDate?: string; birthYear?: number; age?: number };

/** "Ngày, tháng, năm sinh: 12/5/1976", "Năm sinh: 1976" or "Tuổi: 47": the most precise the report gives. */
export function birthField(b: Birth, yearLabel = 'Năm sinh', ageLabel = 'Tuổi'): Paragraph | undefined {
  if (b.birthDate) return field('Ngày, tháng, năm sinh', decreeDate(b.birthDate));
  if (b.birthYear !== undefined) return field(yearLabel, figure(b.birthYear));
  if (b.age !== undefined) return field(ageLabel, figure(b.age));
  return undefined;
}

/** The list's "Năm sinh" column: the year, or "47 tuổi" when only an age is known. */
export function birthColumn(b: Birth): string {
  if (b.birthDate) return b.birthDate.slice(0, 4);
  if (b.birthYear !== undefined) return figure(b.birthYear);
  if (b.age !== undefined) return `${figure(b.age)} tuổi`;
  return '';
}

/** "Đảng viên Đảng Cộng sản Việt Nam (ngày vào Đảng: 03/2/2005)"; nothing when membership is not stated. */
export function partyField(pr: IndividualNominee['profile']): Paragraph | undefined {
  if (!pr.partyMember) return undefined;
  const joined = pr.partyJoinedDate ? ` (ngày vào Đảng: ${decreeDate(pr.partyJoinedDate)})` : pr.partyJoinedYear !== undefined ? ` (năm vào Đảng: ${figure(pr.partyJoinedYear)})` : '';
  return p(`Đảng viên Đảng Cộng sản Việt Nam${joined}`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 3 });
}

/** "Chức vụ, đơn vị công tác" in the list and the cover letter: whichever the person has. */
export function roleAndWorkplace(p: IndividualNominee['profile']): string {
  return [p.position, p.workplace].filter((x): x is string => Boolean(x?.trim())).join(', ');
}

/** The template's column "Số, ngày, tháng, năm của quyết định; cơ quan ban hành", or the honour as it was given. */
export function decisionCell(r: AwardRecord): string {
  if (r.decision) {
    const d = r.decision;
    return `Số ${d.number}${d.date ? ` ngày ${decreeDate(d.date)}` : ''}; ${d.issuer}`;
  }
  return `${r.recognition ?? ''} (không có quyết định)`;
}

export function householderBirth(p: HouseholdNominee['profile']): Paragraph | undefined {
  return birthField(p, 'Năm sinh', 'Tuổi');
}
