import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../messages/interpolate.js';
import { formatDate } from './format-date.js';
import { formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it('groups and rounds as each language writes numbers', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(-1234.567, 'vi')).toBe('-1.234,57');
    expect(formatNumber(0.125, 'en', { maximumFractionDigits: 10 })).toBe('0.125');
    expect(formatNumber(1234567.891, 'vi', { maximumFractionDigits: 10 })).toBe('1.234.567,891');
  });

  it('rounds half away from zero on the number as written, as ICU does (1,005 → 1,01; 999,995 → 1.000)', () => {
    expect(formatNumber(1.005, 'vi')).toBe('1,01');
    expect(formatNumber(999.995, 'vi')).toBe('1.000');
    expect(formatNumber(-0.001, 'en')).toBe('-0');
    expect(formatNumber(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(1.5e-7, 'vi', { maximumFractionDigits: 10 })).toBe('0,00000015');
  });

  // Written by hand to spare the first Intl.NumberFormat's 20–30 ms: it must say what ICU says.
  it('writes every number exactly as Intl.NumberFormat vi-VN / en-GB does', () => {
    const intl = (n: number, lang: 'vi' | 'en', d: number) =>
      new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: d }).format(n).replace(/\u2212/g, '-');
    const numbers = fc.oneof(
      fc.double(),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((i) => i + 0.5),
    );
    fc.assert(fc.property(numbers, fc.constantFrom('vi' as const, 'en' as const), fc.integer({ min: 0, max: 12 }), (n, lang, d) => {
      expect(formatNumber(n, lang, { maximumFractionDigits: d })).toBe(intl(n, lang, d));
    }), { numRuns: 20_000 });
  });

  it('writes years and codes without groups when asked', () => {
    expect(formatNumber(2023, 'vi', { grouping: false })).toBe('2023');
    expect(formatNumber(12.5, 'vi', { grouping: false })).toBe('12,5');
    expect(formatNumber(12.5, 'en', { grouping: false })).toBe('12.5');
  });
});

describe('formatDate', () => {
  it('writes an ISO date dd/mm/yyyy, other text as it is, a non-string as ""', () => {
    expect(formatDate('2023-11-08')).toBe('08/11/2023');
    expect(formatDate('8/11/2023')).toBe('8/11/2023');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(20231108)).toBe('');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} lỗi ở {field}', { n: 3, field: 'Họ tên' })).toBe('3 lỗi ở Họ tên');
    expect(interpolate('{n} lỗi, {missing}', { n: 1 })).toBe('1 lỗi, {missing}');
    expect(interpolate('không có gì')).toBe('không có gì');
  });
});
