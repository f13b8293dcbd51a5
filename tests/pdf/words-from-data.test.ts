// Words from the data, not fixed strings: a household is "Hộ ông" or "Hộ bà" by the
// householder's gender, and an individual's name is printed once in their report, not also
// under its title.
import { getExample } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './tools.js';

const PLAN = 'lam-dong-2022-2025';
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('words from the data', () => {
  let text: string;
  let dossier: any;
  beforeAll(async () => {
    dossier = getExample(PLAN, 'nomination');
    const h = dossier.nominees.find((n: any) => n.type === 'household');
    expect(h, 'the example has a household').toBeTruthy();
    h.profile.gender = 'nu';
    h.profile.householder = 'Ka Thị Hoa';
    text = oneLine(pdfText(await renderSubmission(PLAN, 'nomination', dossier)));
  });

  it('a householder who is a woman makes “Hộ bà”, in the list and under the report title; never “ông (bà)”', () => {
    expect(text).toContain('Hộ bà Ka Thị Hoa');
    expect(text).toContain('Hộ gia đình bà Ka Thị Hoa');
    expect(text).not.toContain('ông (bà)');
  });

  it('an individual’s name is printed once in their own report', () => {
    for (const n of dossier.nominees.filter((x: any) => x.type === 'individual')) {
      expect(text.split(`Họ và tên: ${n.profile.fullName}`).length - 1, n.profile.fullName).toBe(1);
    }
  });
});
