// validate() reads dates with its own `date` format: it must agree with ajv-formats' on
// every string, valid or not, and the dossier's verdict must follow it.
import { getExample } from '@thidua/plans';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { isIsoDate } from '../src/iso-date.js';

const ajvFormatsDate = fullFormats.date as { validate: (s: string) => boolean };

describe('isIsoDate', () => {
  it('agrees with ajv-formats on chosen dates', () => {
    const cases = ['2023-10-20', '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2023-04-31', '2023-12-31', '2023-13-01', '2023-00-10', '2023-01-00',
      '0000-01-01', '9999-12-31', '2023-1-01', '2023-10-2', '2023/10/20', ' 2023-10-20', '2023-10-20\n', '2023-10-20T00:00', '２０２３-10-20', '20a3-10-20', '2023-1a-20', '', '-123-10-20'];
    for (const s of cases) expect(isIsoDate(s), JSON.stringify(s)).toBe(ajvFormatsDate.validate(s));
  });

  it('agrees with ajv-formats on generated strings (fast-check)', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const dateLike = fc.tuple(digits(4), fc.constantFrom('-', '/', '.'), digits(2), fc.constantFrom('-', '–'), digits(2)).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom(...'0123456789-'), maxLength: 11 })), (s) => {
      expect(isIsoDate(s)).toBe(ajvFormatsDate.validate(s));
    }), { numRuns: 20_000 });
  });

  it('drives the verdict of validate(): 29 February only in a leap year', () => {
    const PLAN = 'lam-dong-2022-2025';
    const dossier = structuredClone(getExample(PLAN, 'nomination')) as { header: { date: string } };
    dossier.header.date = '2023-02-29';
    const r = validate(PLAN, 'nomination', dossier);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toContain('/header/date format');
    dossier.header.date = '2024-02-29';
    expect(validate(PLAN, 'nomination', dossier).errors.map((e) => `${e.path} ${e.code}`)).not.toContain('/header/date format');
  });
});
