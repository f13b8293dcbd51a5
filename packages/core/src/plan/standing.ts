// Who an individual nominee is. The national templates (NĐ 91/2017 Mẫu 02, NĐ 98/2023 Mẫu 03)
// were drawn for officials; a village elder or a citizen has no workplace, rank or
// qualification to give, so what the report requires depends on this.

export type Standing = 'official' | 'worker' | 'citizen' | 'community-figure';

export interface StandingOption {
  value: Standing;
  label: string;
  labelEn: string;
  /** Has an employer: workplace, position and qualification are required of them. */
  employed: boolean;
}

export const STANDINGS: readonly StandingOption[] = [
  { value: 'official', label: 'Cán bộ, công chức, viên chức', labelEn: 'Official or public employee', employed: true },
  { value: 'worker', label: 'Người lao động', labelEn: 'Employee', employed: true },
  { value: 'citizen', label: 'Công dân', labelEn: 'Citizen', employed: false },
  { value: 'community-figure', label: 'Già làng, trưởng thôn/bản, người có uy tín', labelEn: 'Village elder, village head or respected person', employed: false },
];
