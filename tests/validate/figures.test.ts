// Achievement figures: a number as the person wrote it is data the rules, thresholds and totals read.
import { figureText } from '@thidua/core/text';
import { getPlan } from '@thidua/plans';
import { totalFigures, validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const LD = 'lam-dong-2022-2025';
const DN = 'dong-nai-so-ket-2023';
const codes = (r: ReturnType<typeof validate>) => r.errors.map((e) => `${e.path} ${e.code}`);
/** The household of the Lâm Đồng dossier (no threshold applies to it). */
const HH = 3;

/** The Lâm Đồng dossier whose household already gives one figure ("05/06 hộ … trong năm 2022 - 2023"). */
function withFigure() {
  const d = example(LD, 'nomination');
  d.nominees[HH].figures = [{ what: 'Số hộ nghèo được gia đình giúp đỡ đã thoát nghèo', value: 5, of: 6, unit: 'hộ', fromYear: 2022, toYear: 2023 }];
  return d;
}

describe('a figure is printed as written', () => {
  it('qualifier, range, part of a whole and unit, with Vietnamese number formatting', () => {
    expect(figureText({ qualifier: 'khoang', value: 2, unit: 'tỷ đồng/năm' })).toBe('khoảng 2 tỷ đồng/năm');
    expect(figureText({ value: 20, upTo: 100, unit: 'triệu đồng/hộ' })).toBe('từ 20 đến 100 triệu đồng/hộ');
    expect(figureText({ value: 124, of: 154, unit: 'hộ' })).toBe('124/154 hộ');
    expect(figureText({ qualifier: 'tren', value: 57, unit: 'tỷ đồng' })).toBe('trên 57 tỷ đồng');
    expect(figureText({ value: 1234.5, unit: 'tấn/năm' })).toBe('1.234,5 tấn/năm');
    expect(figureText({ qualifier: 'duoi', value: 0.1, unit: '% tổng dư nợ' })).toBe('dưới 0,1% tổng dư nợ');
    expect(figureText({ qualifier: 'gan', value: 47, unit: 'tỷ đồng' }, 'en')).toBe('nearly 47 tỷ đồng');
  });
});

describe('figures in the schema', () => {
  it('figures as written validate, and a nominee with none is still valid', () => {
    const d = example(LD, 'nomination');
    expect(validate(LD, 'nomination', d).errors).toEqual([]);
    d.nominees[HH].figures = [{ what: 'Số hộ nghèo được gia đình giúp đỡ đã thoát nghèo', value: 5, of: 6, unit: 'hộ', fromYear: 2022, toYear: 2023 }];
    expect(validate(LD, 'nomination', d).errors).toEqual([]);
  });

  it('a qualifier that is not one of the words is refused at the row, naming the allowed values', () => {
    const d = withFigure();
    d.nominees[HH].figures.push({ what: 'Tiền cho vay', qualifier: 'xap-xi', value: 2, unit: 'tỷ đồng' });
    const r = validate(LD, 'nomination', d);
    const e = r.errors.find((x) => x.path === `/nominees/${HH}/figures/1/qualifier`);
    expect(e?.code).toBe('enum');
    expect(e?.message).toContain('“trên”, “hơn”, “gần”, “khoảng”, “dưới”');
  });

  it('a figure needs what, value and unit', () => {
    const d = withFigure();
    d.nominees[HH].figures.push({ value: 2 });
    expect(codes(validate(LD, 'nomination', d))).toEqual(expect.arrayContaining([`/nominees/${HH}/figures/1/what required`, `/nominees/${HH}/figures/1/unit required`]));
  });

  it('an indicator a figure names must be one of the plan’s', () => {
    const d = withFigure();
    d.nominees[HH].figures[0].indicator = 'khongCo';
    expect(codes(validate(LD, 'nomination', d))).toContain(`/nominees/${HH}/figures/0/indicator enum`);
  });

  it('a report takes a qualifier for a single indicator value, not for a year series', () => {
    const r = example(DN, 'report');
    r.sections.nganHangTinDung.qualifiers = { doanhSoChoVay: 'tren' };
    expect(validate(DN, 'report', r).errors).toEqual([]);
    r.sections.giamNgheoHoTro.qualifiers = { soHoNgheo: 'gan' };
    expect(codes(validate(DN, 'report', r))).toContain('/sections/giamNgheoHoTro/qualifiers/soHoNgheo additionalProperties');
  });
});

describe('a figure must read as one fact', () => {
  it('a reversed range is refused at its "đến" with the row and both numbers, in Vietnamese and English', () => {
    const d = withFigure();
    d.nominees[HH].figures.push({ what: 'Mức cho vay mỗi hộ', value: 100, upTo: 20, unit: 'triệu đồng/hộ' });
    for (const lang of ['vi', 'en'] as const) {
      const e = validate(LD, 'nomination', d, { lang }).errors.find((x) => x.code === 'figure-range-reversed');
      expect(e?.path).toBe(`/nominees/${HH}/figures/1/upTo`);
      expect(e?.message).toMatch(lang === 'vi' ? /Dòng 2 .*Mức cho vay mỗi hộ.*từ 100 đến 20/u : /Row 2 .*Mức cho vay mỗi hộ.*from 100 to 20/u);
    }
  });

  it('a part larger than its whole, a reversed span, and a year with a span are each refused at the row', () => {
    const d = withFigure();
    d.nominees[HH].figures.push(
      { what: 'Số hộ thoát nghèo', value: 160, of: 154, unit: 'hộ' },
      { what: 'Số hộ vay vốn', value: 12, unit: 'hộ', fromYear: 2023, toYear: 2021 },
      { what: 'Số hộ được giúp', value: 6, unit: 'hộ', year: 2022, fromYear: 2021, toYear: 2023 },
      { what: 'Số hộ được giúp', value: 6, unit: 'hộ', fromYear: 2021 },
    );
    const r = validate(LD, 'nomination', d);
    expect(codes(r)).toEqual(expect.arrayContaining([
      `/nominees/${HH}/figures/1/of figure-exceeds-total`,
      `/nominees/${HH}/figures/2/toYear figure-years-reversed`,
      `/nominees/${HH}/figures/3/year figure-year-ambiguous`,
      `/nominees/${HH}/figures/4/toYear figure-year-ambiguous`,
    ]));
    expect(r.errors.find((e) => e.code === 'figure-exceeds-total')?.message).toContain('160');
    expect(r.errors.find((e) => e.code === 'figure-years-reversed')?.message).toContain('2023–2021');
  });

  it('a report section’s figures are checked the same way', () => {
    const r = example(DN, 'report');
    r.sections.toChucSanXuatKinhDoanh.figures[0].upTo = 100;
    r.sections.toChucSanXuatKinhDoanh.figures[0].value = 226;
    expect(codes(validate(DN, 'report', r))).toContain('/sections/toChucSanXuatKinhDoanh/figures/0/upTo figure-range-reversed');
  });
});

describe('thresholds read the figures bound to their indicator', () => {
  // "giảm tỷ lệ nghèo đa chiều từ 1,5%/năm trở lên, trong 3 năm liên tục trước khi trình khen thưởng" (KH 1479, mục IV.1.c)
  const RATES = [[2019, 31.45], [2020, 28.37], [2021, 26.12], [2022, 22.48]] as const;

  it('exact one-year figures prove a threshold with no evidence table', () => {
    const d = example(LD, 'nomination');
    delete d.nominees[0].evidence;
    expect(codes(validate(LD, 'nomination', d))).toContain('/nominees/0/evidence threshold-evidence-missing');
    d.nominees[0].figures = RATES.map(([year, value]) => ({ what: 'Tỷ lệ hộ nghèo đa chiều', value, unit: '%', year, indicator: 'tyLeNgheoDaChieu' }));
    expect(validate(LD, 'nomination', d).errors).toEqual([]);
  });

  it('figures that fail the threshold are named at the first of them', () => {
    const d = example(LD, 'nomination');
    delete d.nominees[0].evidence;
    d.nominees[0].figures = RATES.map(([year, value]) => ({ what: 'Tỷ lệ hộ nghèo đa chiều', value: year === 2022 ? 25.5 : value, unit: '%', year, indicator: 'tyLeNgheoDaChieu' }));
    const e = validate(LD, 'nomination', d).errors.find((x) => x.code === 'threshold-not-met');
    expect(e?.path).toBe('/nominees/0/figures/0');
  });

  it('a "khoảng" figure as the only proof is refused, and the message says why', () => {
    const d = example(LD, 'nomination');
    delete d.nominees[0].evidence;
    d.nominees[0].figures = [{ what: 'Tỷ lệ hộ nghèo đa chiều giảm bình quân', qualifier: 'khoang', value: 3, unit: '%', year: 2022, indicator: 'tyLeNgheoDaChieu' }];
    const r = validate(LD, 'nomination', d);
    const e = r.errors.find((x) => x.code === 'threshold-figure-inexact');
    expect(e?.path).toBe('/nominees/0/figures/0');
    expect(e?.message).toContain('khoảng 3%');
    expect(e?.message).toContain('cần số chính xác từng năm');
    expect(e?.clause).toBeTruthy();
    expect(codes(r)).not.toContain('/nominees/0/evidence threshold-evidence-missing');
  });

  it('a figure and an evidence row of the same indicator and year that disagree are both named', () => {
    const d = example(LD, 'nomination');
    d.nominees[0].figures = [{ what: 'Tỷ lệ hộ nghèo đa chiều', value: 21.9, unit: '%', year: 2022, indicator: 'tyLeNgheoDaChieu' }];
    const e = validate(LD, 'nomination', d).errors.find((x) => x.code === 'figure-evidence-mismatch');
    expect(e?.path).toBe('/nominees/0/figures/0/value');
    expect(e?.message).toContain('21,9%');
    expect(e?.message).toContain('22,48%');
    expect(e?.message).toContain('2022');
    d.nominees[0].figures[0].value = 22.48;
    expect(validate(LD, 'nomination', d).errors).toEqual([]);
  });
});

describe('totals of figures', () => {
  it('a total of "trên 57" and "gần 47" is 104 and says it is approximate', () => {
    const plan = getPlan(DN);
    const a = example(DN, 'report');
    const b = example(DN, 'report');
    a.sections.nganHangTinDung.indicators.doanhSoChoVay = 57_000;
    a.sections.nganHangTinDung.qualifiers = { doanhSoChoVay: 'tren' };
    b.sections.nganHangTinDung.indicators.doanhSoChoVay = 47_000;
    b.sections.nganHangTinDung.qualifiers = { doanhSoChoVay: 'gan' };
    const t = totalFigures([a, b], plan).find((x) => x.indicator === 'doanhSoChoVay');
    expect(t).toMatchObject({ value: 104_000, unit: 'triệu đồng', count: 2, approximate: true, qualifiers: ['tren', 'gan'] });
  });

  it('exact figures total exactly; ranges add both ends; parts add their wholes; units are never mixed', () => {
    const d = example(LD, 'nomination');
    d.nominees[0].figures = [{ what: 'Số hộ thoát nghèo', value: 124, of: 154, unit: 'hộ' }, { what: 'Mức cho vay', value: 20, upTo: 100, unit: 'triệu đồng/hộ' }];
    d.nominees[1].figures = [{ what: 'Số hộ  thoát nghèo ', value: 30, of: 40, unit: 'hộ' }, { what: 'Mức cho vay', value: 10, unit: 'triệu đồng/hộ' }, { what: 'Số hộ thoát nghèo', value: 3, unit: 'hộ gia đình' }];
    const totals = totalFigures([d]);
    expect(totals.find((t) => t.what === 'Số hộ thoát nghèo' && t.unit === 'hộ')).toMatchObject({ value: 154, of: 194, count: 2, approximate: false, qualifiers: [] });
    expect(totals.find((t) => t.what === 'Mức cho vay')).toMatchObject({ value: 30, upTo: 110, approximate: true });
    expect(totals.find((t) => t.unit === 'hộ gia đình')).toMatchObject({ value: 3, count: 1 });
  });
});

describe('a qualified indicator value in a report', () => {
  // "Tỷ lệ nghèo đa chiều duy trì mức giảm 1,0 - 1,5%/năm" (KH 1479, mục II.2): a missed target is a warning that quotes the value as qualified.
  it('the target warning quotes “gần 0,6”, not a bare 0,6', () => {
    const r = example(LD, 'report');
    r.sections.giamNgheo.indicators.mucGiamTyLeNgheoDaChieu = 0.6;
    r.sections.giamNgheo.qualifiers = { mucGiamTyLeNgheoDaChieu: 'gan' };
    const w = validate(LD, 'report', r).warnings.find((x) => x.code === 'target-not-met');
    expect(w?.message).toContain('Kết quả gần 0,6 điểm %');
  });
});
