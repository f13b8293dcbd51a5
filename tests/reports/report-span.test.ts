// A review reports on a span ("sơ kết 03 năm 2021 - 2023", Kế hoạch 148/KH-UBND mục I.1.a:
// "tổ chức sơ kết 03 năm thực hiện Phong trào thi đua"), and one report may also give the results
// of another scope (a model run 2023 - 2025): the data states both, the rules check them against
// the plan and the report's date, and the PDF prints them with the title.
import { getSchema } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from '../validate/helpers.js';
import { ocrPage, pdfText } from '../pdf/tools.js';

const DN = 'dong-nai-so-ket-2023';
const LD = 'lam-dong-2022-2025';
const issues = (r: ReturnType<typeof validate>) => [...r.errors, ...r.warnings].map((e) => `${e.path} ${e.code}`);

describe('a report states its span', () => {
  it('the 2021 - 2023 review stating 2021 - 2023 is valid; stating 2022 - 2023 names the plan’s span and clause', () => {
    const d = example(DN, 'report');
    d.period.fromYear = 2021;
    expect(validate(DN, 'report', d).errors).toEqual([]);
    d.period.fromYear = 2022;
    const r = validate(DN, 'report', d);
    const e = r.errors.find((x) => x.code === 'period-span-mismatch');
    expect(e?.path).toBe('/period/fromYear');
    expect(e?.message).toContain('2021 - 2023');
    expect(e?.message).toContain('2022 - 2023');
    expect(e?.clause).toContain('148/KH-UBND');
  });

  it('a yearly report states its own year only', () => {
    const d = example(LD, 'report');
    d.period.fromYear = 2023;
    expect(validate(LD, 'report', d).errors).toEqual([]);
    d.period.fromYear = 2022;
    expect(issues(validate(LD, 'report', d))).toContain('/period/fromYear period-span-mismatch');
  });

  it('the schema publishes the span and the further scopes as optional data', () => {
    const period = (getSchema(DN, 'report') as any).properties.period;
    expect(Object.keys(period.properties)).toEqual(['type', 'year', 'fromYear', 'extraScopes']);
    expect(period.required).toEqual(['type', 'year']);
    expect(period.properties.fromYear['x-ui-hint']).toContain('ví dụ 2021 cho “Sơ kết 03 năm (2021 - 2023)”');
    expect(period.properties.extraScopes.items.required).toEqual(['label', 'year']);
  });
});

describe('further scopes in the same report', () => {
  const withModel = (year: number, date = '2025-06-20') => {
    const d = example(DN, 'report');
    d.header.date = date;
    d.period.fromYear = 2021;
    d.period.extraScopes = [{ label: 'kết quả thực hiện mô hình điểm “Mặt trận chung tay vì người nghèo”', fromYear: 2023, year }];
    return d;
  };

  it('a model run 2023 - 2025 reported in 2025 is valid', () => {
    expect(validate(DN, 'report', withModel(2025)).errors).toEqual([]);
  });

  it('a scope ending after the report’s date, outside the movement or backwards is refused where it is', () => {
    expect(issues(validate(DN, 'report', withModel(2025, '2024-06-20')))).toContain('/period/extraScopes/0/year year-after-date');
    expect(issues(validate(DN, 'report', withModel(2026, '2025-06-20')))).toContain('/period/extraScopes/0/year year-out-of-range');
    const back = withModel(2025);
    back.period.extraScopes[0].fromYear = 2025;
    back.period.extraScopes[0].year = 2024;
    const r = validate(DN, 'report', back);
    expect(issues(r)).toContain('/period/extraScopes/0/fromYear span-order');
    expect(r.errors.find((e) => e.code === 'span-order')?.message).toMatch(/Năm đầu giai đoạn \(2025\) sau năm cuối \(2024\): sửa lại giai đoạn/);
  });
});

describe('the printed title', () => {
  it('prints the span and each further scope under the summary, and nothing when the report states none', async () => {
    const plain = pdfText(await renderSubmission(LD, 'report', example(LD, 'report')));
    expect(plain).not.toMatch(/Sơ kết \d\d năm|^và /m);
    const d = example(LD, 'report');
    d.period = { type: 'so-ket-2023', year: 2023, fromYear: 2022, extraScopes: [{ label: 'kết quả mô hình giảm nghèo bền vững', year: 2023 }] };
    const pdf = await renderSubmission(LD, 'report', d);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Sơ kết 02 năm giai đoạn 2022 - 2023');
    expect(text).toContain('và kết quả mô hình giảm nghèo bền vững năm 2023');
    expect(ocrPage(pdf, 1, { dpi: 200 }).replace(/\s+/g, ' ')).toContain('giai đoạn 2022 - 2023');
  });

  it('the three-year review of 148/KH-UBND prints its span once, after a summary that already names “Sơ kết 03 năm”', async () => {
    const d = example(DN, 'report');
    d.period.fromYear = 2021;
    const text = pdfText(await renderSubmission(DN, 'report', d)).replace(/\s+/g, ' ');
    expect(text).toContain('(giai đoạn 2021 - 2023)');
    expect(text.match(/Sơ kết 03 năm/g)).toHaveLength(1);
  });
});
