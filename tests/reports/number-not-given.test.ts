// A report or tờ trình is drafted before the văn thư gives it a number: "…/BC-UBND", a blank
// number part, or no number at all. Final validation refuses it as "not given yet" (not as a
// wrong shape), the draft prints "Số: …/BC-UBND" (or "…/BC-…") and invents no number, and
// the published schema still describes only final numbers.
import { PLAN_MODULES, getSchema } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from '../validate/helpers.js';
import { ocrPage, pdfText, renderPng } from '../pdf/tools.js';

const LD = 'lam-dong-2022-2025';
const notGiven = (r: ReturnType<typeof validate>) => r.errors.filter((e) => e.code === 'number-not-given').map((e) => e.path);

describe('a document whose number is not given yet', () => {
  it('every plan refuses a number-open report for final submission, naming the field and what to do', () => {
    for (const m of PLAN_MODULES) {
      const id = m.definition.id;
      for (const open of ['…/BC-UBND', '/BC-UBND', '.../BC-UBND', '…', '']) {
        const d = example(id, 'report');
        d.header.number = open;
        const r = validate(id, 'report', d);
        expect(r.ok, `${id} ${open}`).toBe(false);
        expect(notGiven(r), `${id} ${open}`).toEqual(['/header/number']);
        expect(r.errors.map((e) => e.code), `${id} ${open}`).not.toContain('pattern');
      }
      const d = example(id, 'report');
      delete d.header.number;
      expect(notGiven(validate(id, 'report', d)), id).toEqual(['/header/number']);
    }
    const d = example(LD, 'report');
    d.header.number = '…/BC-UBND';
    const e = validate(LD, 'report', d).errors.find((x) => x.code === 'number-not-given')!;
    expect(e.message).toContain('Chưa có số văn bản');
    expect(e.message).toContain('văn thư cấp số');
    expect(e.message).toContain('…/BC-UBND');
    expect(e.message).toContain('125/BC-UBND');
    const en = validate(LD, 'report', d, { lang: 'en' }).errors.find((x) => x.code === 'number-not-given')!;
    expect(en.message).toContain('no number yet');
  });

  it('the tờ trình and the council minutes say the same', () => {
    const d = example(LD, 'nomination');
    d.header.number = '…/TTr-UBND';
    d.councilMinutes.number = '';
    const r = validate(LD, 'nomination', d);
    expect(notGiven(r).sort()).toEqual(['/councilMinutes/number', '/header/number']);
    expect(r.errors.find((e) => e.path === '/councilMinutes/number')?.message).toContain('12/BB-HĐTĐKT');
  });

  it('a number of the wrong shape is still a pattern error, not a draft', () => {
    const d = example(LD, 'report');
    d.header.number = '125 BC UBND';
    const r = validate(LD, 'report', d);
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toContain('/header/number pattern');
    expect(notGiven(r)).toEqual([]);
  });

  it('the published schema still describes a final number only', () => {
    for (const m of PLAN_MODULES) {
      const s = getSchema(m.definition.id, 'report') as any;
      const number = s.properties.header.properties.number;
      const re = new RegExp(number.pattern, 'u');
      expect(re.test('125/BC-UBND'), m.definition.id).toBe(true);
      expect(re.test('…/BC-UBND'), m.definition.id).toBe(false);
      expect(s.properties.header.required, m.definition.id).toContain('number');
      expect(number.examples, m.definition.id).toEqual(['125/BC-UBND']);
    }
  });
});

describe('the draft of a document with no number', () => {
  it('prints "Số: …/BC-UBND" as written, and "Số: …/BC-…" when nothing is known', async () => {
    const d = example(LD, 'report');
    d.header.number = '…/BC-UBND';
    await expect(renderSubmission(LD, 'report', d)).rejects.toThrow(/bản nháp/);
    const text = pdfText(await renderSubmission(LD, 'report', d, { draft: true }));
    expect(text).toContain('Số: …/BC-UBND');
    delete d.header.number;
    const bare = await renderSubmission(LD, 'report', d, { draft: true });
    expect(pdfText(bare)).toContain('Số: …/BC-…');
    // The glyphs print: the rendered page reads back the symbol.
    expect(renderPng(bare, { page: 1 }).length).toBe(1);
    expect(ocrPage(bare, 1, { dpi: 200 })).toMatch(/Số: ?[.…]+\/BC-/);
  });

  it('the tờ trình, its list and the minutes print the open number with their own symbol', async () => {
    const d = example(LD, 'nomination');
    d.header.number = '/TTr-UBND';
    delete d.councilMinutes.number;
    const text = pdfText(await renderSubmission(LD, 'nomination', d, { draft: true }));
    expect(text).toContain('Số: …/TTr-UBND');
    expect(text).toContain('Kèm theo Tờ trình số …/TTr-UBND');
    expect(text).toContain('Số: …/BB-…');
    expect(text).not.toMatch(/Số: \d/);
  });
});
