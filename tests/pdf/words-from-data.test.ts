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

describe('the danh sách title', () => {
  it('breaks between the award and its giver, never inside “ỦY BAN NHÂN DÂN”, in every plan', async () => {
    for (const id of ['lam-dong-2022-2025', 'binh-dinh-2021-2025', 'dong-nai-so-ket-2023', 'dong-nai-2016-2020', 'dong-nai-tdkt-2023']) {
      const lines = pdfText(await renderSubmission(id, 'nomination', getExample(id, 'nomination')), { layout: true }).split('\n').map((l) => l.trim());
      const at = lines.findIndex((l) => l.startsWith('DANH SÁCH ĐỀ NGHỊ'));
      expect(at, id).toBeGreaterThan(-1);
      const title = lines.slice(at, at + 3).join(' | ');
      expect(title, id).not.toMatch(/ỦY BAN \| NHÂN DÂN|ỦY BAN NHÂN \| DÂN|THI ĐUA \| - KHEN/);
    }
  });
});
