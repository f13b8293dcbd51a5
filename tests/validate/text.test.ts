// Text handling across the pipeline: NFC before any check, blank never satisfies a required
// text, legacy-encoded text is refused with a hint.
import { getSchema, planIds } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { blankFreeText, example } from './helpers.js';

const PLAN = 'dong-nai-so-ket-2023';

describe('NFC normalisation', () => {
  it('accepts NFD input and returns it as NFC', () => {
    const data = example(PLAN, 'report');
    data.header.agency = 'Ủy ban nhân dân huyện Xuân Lộc'.normalize('NFD');
    expect(data.header.agency).not.toBe(data.header.agency.normalize('NFC'));
    const r = validate(PLAN, 'report', data);
    expect(r.ok).toBe(true);
    expect((r.value as any).header.agency).toBe('Ủy ban nhân dân huyện Xuân Lộc');
    expect((r.value as any).header.agency).toBe((r.value as any).header.agency.normalize('NFC'));
  });

  it('counts length in NFC code points: an NFD name at the limit is not too long', () => {
    const data = example(PLAN, 'report');
    // 200 NFC characters; in NFD "ệ" is three code points, which would break maxLength 200.
    const name = 'Việt'.repeat(50);
    expect([...name.normalize('NFD')].length).toBeGreaterThan(200);
    data.header.agency = name.normalize('NFD');
    expect(validate(PLAN, 'report', data).errors.filter((e) => e.path === '/header/agency')).toEqual([]);
    data.header.agency = name + 'x';
    expect(validate(PLAN, 'report', data).errors.map((e) => e.code)).toContain('maxLength');
  });

  it('does not change the caller’s object', () => {
    const data = example(PLAN, 'report');
    const nfd = 'Đồng Nai'.normalize('NFD');
    data.header.place = nfd;
    validate(PLAN, 'report', data);
    expect(data.header.place).toBe(nfd);
  });
});

describe('blank text', () => {
  for (const id of planIds()) {
    for (const kind of ['report', 'nomination'] as const) {
      it(`${id} ${kind}: every required text blanked fails with Vietnamese "required" messages`, () => {
        const data = blankFreeText(example(id, kind), getSchema(id, kind));
        const r = validate(id, kind, data);
        expect(r.ok).toBe(false);
        const required = r.errors.filter((e) => e.code === 'required');
        expect(required.length).toBeGreaterThan(10);
        for (const e of required) {
          expect(e.message).toMatch(/^«.+»( \(.+\))?: Nhập thông tin vào ô này\.$/u);
          expect(e.inline).toBe('Nhập thông tin vào ô này.');
          expect(e.message).not.toContain('/');
          expect(e.message).toBe(e.message.normalize('NFC'));
        }
      });
    }
  }

  it('whitespace of every kind is blank, and a single letter is not', () => {
    const data = example(PLAN, 'report');
    for (const blank of ['', ' ', '\t\n', '\u00a0\u3000', '\u2003 ']) {
      data.header.agency = blank;
      const errs = validate(PLAN, 'report', data).errors.filter((e) => e.path === '/header/agency');
      expect(errs.map((e) => e.code), JSON.stringify(blank)).toEqual(['required']);
    }
    data.header.agency = ' A ';
    expect(validate(PLAN, 'report', data).errors.filter((e) => e.path === '/header/agency')).toEqual([]);
  });
});

describe('messages', () => {
  it('name the field by its label and its context, never a bare JSON path', () => {
    const data = example('lam-dong-2022-2025', 'nomination');
    const i = data.nominees.findIndex((n: any) => n.type === 'individual');
    expect(i).toBeGreaterThanOrEqual(0);
    data.nominees[i].profile.fullName = '';
    data.nominees[i].profile.birthDate = '1985-13-40';
    const r = validate('lam-dong-2022-2025', 'nomination', data);
    const name = r.errors.find((e) => e.path === `/nominees/${i}/profile/fullName`);
    expect(name?.message).toMatch(new RegExp(`^«Họ và tên \\(ghi đầy đủ\\)» \\(Danh sách đề nghị khen thưởng › mục ${i + 1} › I\\. Sơ lược lý lịch\\): Nhập thông tin vào ô này\\.$`, 'u'));
    const date = r.errors.find((e) => e.path === `/nominees/${i}/profile/birthDate`);
    expect(date?.code).toBe('format');
    expect(date?.message).toContain('«Ngày, tháng, năm sinh»');
  });

  it('come in English with lang: "en"', () => {
    const data = example(PLAN, 'report');
    data.header.agency = ' ';
    const r = validate(PLAN, 'report', data, { lang: 'en' });
    expect(r.errors[0]?.message).toBe('“Agency or unit name” (Document header): Enter this information.');
  });

  it('explain a wrong document number with an example', () => {
    const data = example(PLAN, 'report');
    data.header.number = '5 / BC-UBND';
    const e = validate(PLAN, 'report', data).errors.find((x) => x.path === '/header/number');
    expect(e?.code).toBe('pattern');
    expect(e?.message).toContain('Ví dụ: 125/BC-UBND');
  });
});

describe('legacy encodings (TCVN3, VNI)', () => {
  it('refuse TCVN3 mojibake with the likely Unicode text as a hint, in the pipeline', () => {
    const data = example(PLAN, 'report');
    data.header.agency = 'Uû ban nh©n d©n huyÖn Xu©n Léc';
    const r = validate(PLAN, 'report', data);
    expect(r.ok).toBe(false);
    const e = r.errors.find((x) => x.path === '/header/agency');
    expect(e?.code).toBe('legacy-encoding');
    expect(e?.message).toContain('TCVN3');
    expect(e?.message).toContain('huyện Xuân Lộc');
  });

  it('refuse VNI mojibake inside a nominee, naming the nominee', () => {
    const data = example('lam-dong-2022-2025', 'nomination');
    data.nominees[0].summary = 'Xaõ ñaït chuaån noâng thoân môùi, giaûm ngheøo beàn vöõng';
    const e = validate('lam-dong-2022-2025', 'nomination', data).errors.find((x) => x.path === '/nominees/0/summary');
    expect(e?.code).toBe('legacy-encoding');
    expect(e?.message).toContain('VNI');
    expect(e?.message).toContain('mục 1');
  });

  it('leave genuine text alone: NFD Vietnamese, foreign names, symbols', () => {
    const data = example(PLAN, 'report');
    for (const s of ['Ủy ban nhân dân huyện Xuân Lộc'.normalize('NFD'), 'Công ty TNHH Müller & François', '«Số: 05/TTr-UBND» © 2023, đạt 50%']) {
      data.header.agency = s;
      expect(validate(PLAN, 'report', data).errors.filter((e) => e.path === '/header/agency'), s).toEqual([]);
    }
  });
});
