// Messages written for the officer (docs/guide/messages.md): the inline text says what to do
// without naming the field, `where` names the place, `message` puts the two together, and the
// clause of a plan rule stays apart from the instruction.
import { RULE_CODES, SCHEMA_CODES, INPUT_CODES, type ValidationIssue } from '@thidua/core';
import { MESSAGE_VARIANTS, MESSAGES } from '@thidua/core/messages';
import { getExample } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';

const PLAN = 'lam-dong-2022-2025';
const dossier = (): any => structuredClone(getExample(PLAN, 'nomination'));
const issueAt = (issues: ValidationIssue[], path: string) => issues.find((e) => e.path === path);

describe('date and number messages', () => {
  for (const [typed, form] of [['31/02/2024', 'ngày/tháng/năm'], ['12031986', 'ngày/tháng/năm'], ['2024-02-31', 'năm-tháng-ngày']] as const) {
    it(`"${typed}" asks for a real date as ${form}`, () => {
      const d = dossier();
      d.header.date = typed;
      const e = issueAt(validate(PLAN, 'nomination', d).errors, '/header/date')!;
      expect(e.code).toBe('format');
      const example = form === 'ngày/tháng/năm' ? '28/02/2024' : '2024-02-28';
      expect(e.inline).toBe(`Nhập ngày có thật theo dạng ${form}, ví dụ ${example}.`);
    });
  }

  it('a real day written dd/mm/yyyy in JSON is asked for as JSON carries dates', () => {
    const d = dossier();
    d.header.date = '28/02/2024';
    const e = issueAt(validate(PLAN, 'nomination', d, { lang: 'en' }).errors, '/header/date')!;
    expect(e.inline).toBe('Enter a real date as year-month-day, like 2024-02-28.');
  });

  it('words in a number field ask for digits, a fraction in a whole-number field for a whole number', () => {
    const d = dossier();
    d.councilMinutes.membersTotal = 'mười ba';
    let e = issueAt(validate(PLAN, 'nomination', d).errors, '/councilMinutes/membersTotal')!;
    expect(e.code).toBe('type');
    expect(e.inline).toBe('Nhập số, ví dụ 13.');
    d.councilMinutes.membersTotal = 12.5;
    e = issueAt(validate(PLAN, 'nomination', d).errors, '/councilMinutes/membersTotal')!;
    expect(e.inline).toBe('Nhập số nguyên, ví dụ 13.');
  });
});

describe('where and what', () => {
  it('the inline text names neither the field nor its section; `where` and `message` do', () => {
    const d = dossier();
    d.nominees[0].profile.headquarters = '';
    const e = issueAt(validate(PLAN, 'nomination', d).errors, '/nominees/0/profile/headquarters')!;
    expect(e.inline).toBe('Nhập thông tin vào ô này.');
    expect(e.where).toMatch(/^Danh sách đề nghị khen thưởng › mục 1 – .+Đạ Tông.+ › I\. Sơ lược đặc điểm, tình hình › .+$/u);
    expect(e.where.endsWith(e.field!)).toBe(true);
    expect(e.message).toBe(`«${e.field}» (${e.where.slice(0, -e.field!.length - 3)}): ${e.inline}`);
  });

  it('a missing choice is chosen, not typed', () => {
    const d = dossier();
    delete d.nominees[0].group;
    const e = issueAt(validate(PLAN, 'nomination', d).errors, '/nominees/0/group')!;
    expect(e.inline).toBe('Chọn một phương án.');
  });

  it('a plan rule keeps its clause out of the inline text and in the message', () => {
    const d = dossier();
    d.nominees[0].criteriaMet = ['khong-co'];
    const r = validate(PLAN, 'nomination', d);
    const rule = [...r.errors, ...r.warnings].find((e) => e.clause);
    expect(rule, 'a rule issue with a clause').toBeDefined();
    expect(rule!.inline).not.toContain(rule!.clause!);
    expect(rule!.message.endsWith(`(Căn cứ: ${rule!.clause})`)).toBe(true);
  });
});

describe('the catalogues', () => {
  const keys = [...SCHEMA_CODES, ...INPUT_CODES, ...RULE_CODES, ...MESSAGE_VARIANTS];
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: every message is written, never names the field, and stays short`, () => {
      for (const k of keys) {
        const m = MESSAGES[lang][k];
        expect(m, k).toBeTruthy();
        expect(m, k).not.toContain('{field}');
        expect(m, k).toBe(m.normalize('NFC'));
        // About two lines of a form's width before its values are filled in.
        expect(m.length, k).toBeLessThanOrEqual(210);
        expect(m, k).not.toMatch(/\bSDK\b|JSON Schema|ajv/);
      }
    });
  }
});

describe('a threshold not met', () => {
  it('says what falls short of each alternative in about two lines, the criterion named, the clause apart', () => {
    const d = dossier();
    d.nominees[0].evidence.tyLeNgheoDaChieu = [{ year: 2019, value: 31.45 }, { year: 2020, value: 31 }, { year: 2022, value: 30.9 }];
    const e = validate(PLAN, 'nomination', d).errors.find((x) => x.code === 'threshold-not-met')!;
    expect(e.inline).toBe('Chưa đạt tiêu chí “Xã đặc biệt khó khăn: giảm nghèo”: thiếu số liệu năm 2021 (cần đủ các năm 2019–2022); hoặc từ 710 (2021) xuống 651 (2022) là giảm 8,31%, cần trên 50%.');
    expect(e.inline.length).toBeLessThanOrEqual(180);
    expect(e.clause).toMatch(/1479\/QĐ-UBND, mục IV\.1\.c/u);
  });
});
