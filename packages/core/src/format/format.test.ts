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
