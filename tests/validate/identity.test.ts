// Who a nominee is and how a past honour was given: what the law asks and no more, each gap said
// once in a message that names the fields and the nominee.
import { getPlan } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
// nominationDamRong2023: nominees[1] is Cil Múp K'Hương, an official (group IV.1.g).
const OFFICIAL = 1;

function dossier() {
  return example(PLAN, 'nomination');
}

const at = (r: ReturnType<typeof validate>, prefix: string) => [...r.errors, ...r.warnings].filter((e) => e.path.startsWith(prefix));

describe('birth: a date, a year or an age', () => {
  it('takes a year of birth or an age alone', () => {
    for (const birth of [{ birthYear: 1976 }, { age: 47 }]) {
      const d = dossier();
      delete d.nominees[OFFICIAL].profile.birthDate;
      Object.assign(d.nominees[OFFICIAL].profile, birth);
      expect(validate(PLAN, 'nomination', d).errors).toEqual([]);
    }
  });

  it('says once, naming the nominee and the three fields, when none is given', () => {
    const d = dossier();
    delete d.nominees[OFFICIAL].profile.birthDate;
    const r = validate(PLAN, 'nomination', d);
    const issues = at(r, `/nominees/${OFFICIAL}/profile`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/profile`, 'any-required']]);
    expect(issues[0]!.message).toBe('«I. Sơ lược lý lịch» (Danh sách đề nghị khen thưởng › mục 2 – \u2068Cil Múp K\'Hương\u2069): Ghi ít nhất một trong: «Ngày, tháng, năm sinh», «Năm sinh» hoặc «Tuổi (tính đến ngày báo cáo)».');
    const en = validate(PLAN, 'nomination', d, { lang: 'en' });
    expect(at(en, `/nominees/${OFFICIAL}/profile`)[0]!.message).toContain('Give at least one of: “Date of birth”, “Year of birth” or “Age (at the date of the report)”.');
  });
});

describe('lines required by standing', () => {
  it('asks an official for the workplace, in one message that says why', () => {
    const d = dossier();
    delete d.nominees[OFFICIAL].profile.workplace;
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/profile`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/profile/workplace`, 'required-when']]);
    expect(issues[0]!.message).toContain('«Cơ quan, đơn vị công tác»');
    expect(issues[0]!.message).toContain('Nhập mục này khi «Đối tượng» là “Cán bộ, công chức, viên chức” hoặc “Người lao động”');
  });

  it('refuses a blank workplace of an official as empty', () => {
    const d = dossier();
    d.nominees[OFFICIAL].profile.workplace = '   ';
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/profile`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/profile/workplace`, 'required']]);
  });

  it('asks nothing of the kind from a village head filed in the individuals’ group', () => {
    const d = dossier();
    const p = d.nominees[OFFICIAL].profile;
    for (const k of ['birthDate', 'workplace', 'qualification', 'hometown', 'religion', 'politicalTheory', 'phone']) delete p[k];
    Object.assign(p, { standing: 'community-figure', age: 47 });
    d.nominees[OFFICIAL].group = 'ca-nhan-tieu-bieu';
    d.nominees[OFFICIAL].criteriaMet = ['cn-1'];
    const r = validate(PLAN, 'nomination', d);
    expect(r.errors).toEqual([]);
  });

  it('refuses a citizen in a group the plan names for officials, citing the clause', () => {
    const d = dossier();
    d.nominees[OFFICIAL].profile.standing = 'citizen';
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/group`, 'standing-not-in-group']]);
    const group = getPlan(PLAN).participantGroups.find((g) => g.id === 'can-bo-giam-ngheo')!;
    expect(issues[0]!.clause).toBe(group.clause);
    expect(issues[0]!.message).toContain('“Công dân”');
  });

  it('does not take a date of admission without party membership', () => {
    const d = dossier();
    delete d.nominees[OFFICIAL].profile.partyMember;
    d.nominees[OFFICIAL].profile.partyJoinedYear = 2010;
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/profile`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/profile/partyMember`, 'required']]);
  });
});

describe('past honours: a decision or how it was given', () => {
  const row = (d: any) => d.nominees[OFFICIAL].pastAwards.emulationTitles[0];

  it('takes a decision without a date, or a recognition without a decision', () => {
    const d = dossier();
    delete row(d).decision.date;
    expect(validate(PLAN, 'nomination', d).errors).toEqual([]);
    delete row(d).decision;
    row(d).recognition = 'Biểu dương tại Hội nghị tôn vinh người có uy tín tỉnh ngày 12/10/2022';
    expect(validate(PLAN, 'nomination', d).errors).toEqual([]);
  });

  it('says once that one of them is needed', () => {
    const d = dossier();
    delete row(d).decision;
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/pastAwards`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/pastAwards/emulationTitles/0`, 'any-required']]);
    expect(issues[0]!.message).toContain('Ghi ít nhất một trong: «Quyết định» hoặc «Ghi nhận không có quyết định»');
  });

  it('does not take a blank recognition for one', () => {
    const d = dossier();
    delete row(d).decision;
    row(d).recognition = '   ';
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/pastAwards`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/pastAwards/emulationTitles/0/recognition`, 'required']]);
  });
});

describe('a householder: a year of birth or an age', () => {
  it('takes an age alone and an ethnicity, and warns, naming the line, when neither is given', () => {
    const d = dossier();
    const h = d.nominees.findIndex((n: any) => n.type === 'household');
    delete d.nominees[h].profile.birthYear;
    Object.assign(d.nominees[h].profile, { age: 58, ethnicity: 'Cơ Ho' });
    expect(validate(PLAN, 'nomination', d).errors).toEqual([]);
    delete d.nominees[h].profile.age;
    // No national household template asks for it: a real household report may lack it.
    const r = validate(PLAN, 'nomination', d);
    expect(r.errors).toEqual([]);
    const w = r.warnings.filter((i) => i.path.startsWith(`/nominees/${h}/profile`));
    expect(w.map((i) => [i.path, i.code])).toEqual([[`/nominees/${h}/profile/birthYear`, 'template-line-missing']]);
    expect(w[0]!.message).toContain('“Năm sinh chủ hộ (hoặc tuổi)”');
  });
});

describe('party membership', () => {
  it('a date of admission beside "not a member" is refused in words, not true/false', () => {
    const d = dossier();
    d.nominees[OFFICIAL].profile.partyMember = false;
    d.nominees[OFFICIAL].profile.partyJoinedDate = '2010-05-19';
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/profile`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/nominees/${OFFICIAL}/profile/partyMember`, 'const']]);
    expect(issues[0]!.message).toContain('«Đảng viên Đảng Cộng sản Việt Nam»');
    expect(issues[0]!.message).toContain('Chọn “có”');
  });
});

describe('a birth given twice must agree', () => {
  it('takes a date, a year and an age that agree (age as of the report date)', () => {
    const d = dossier();
    // Born 12/3/1986, report of 10/10/2023: 37 years old.
    Object.assign(d.nominees[OFFICIAL].profile, { birthYear: 1986, age: 37 });
    expect(validate(PLAN, 'nomination', d).errors).toEqual([]);
  });

  it('refuses a year or an age that contradicts the date, naming what it should be', () => {
    const d = dossier();
    Object.assign(d.nominees[OFFICIAL].profile, { birthYear: 1976, age: 47 });
    const issues = at(validate(PLAN, 'nomination', d), `/nominees/${OFFICIAL}/profile`);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [`/nominees/${OFFICIAL}/profile/birthYear`, 'birth-inconsistent'],
      [`/nominees/${OFFICIAL}/profile/age`, 'birth-inconsistent'],
    ]);
    expect(issues[1]!.message).toContain('47 không khớp với ngày, năm sinh đã ghi (cần 37)');
  });

  it('from a year alone an age may be either of two', () => {
    const d = dossier();
    delete d.nominees[OFFICIAL].profile.birthDate;
    for (const [age, ok] of [[36, true], [37, true], [47, false]] as const) {
      Object.assign(d.nominees[OFFICIAL].profile, { birthYear: 1986, age });
      expect(validate(PLAN, 'nomination', d).errors.length === 0, String(age)).toBe(ok);
    }
  });
});
