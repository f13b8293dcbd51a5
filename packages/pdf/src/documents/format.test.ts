import { describe, expect, it } from 'vitest';
import { dashList, placeDateLine } from './format.js';

describe('placeDateLine (NĐ 30/2020, ô 4)', () => {
  it('puts a leading zero on days below 10 and on months 1 and 2 only', () => {
    expect(placeDateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(placeDateLine('Hà Nội', '2019-06-29')).toBe('Hà Nội, ngày 29 tháng 6 năm 2019');
    expect(placeDateLine('Đồng Nai', '2023-06-06')).toBe('Đồng Nai, ngày 06 tháng 6 năm 2023');
    expect(placeDateLine('Lâm Đồng', '2022-02-24')).toBe('Lâm Đồng, ngày 24 tháng 02 năm 2022');
    expect(placeDateLine('Lâm Đồng', '2022-12-01')).toBe('Lâm Đồng, ngày 01 tháng 12 năm 2022');
  });
  it('leaves dots for a date still missing (drafts)', () => {
    expect(placeDateLine('Đam Rông', '')).toBe('Đam Rông, ngày … tháng … năm …');
  });
});

describe('dashList (Nơi nhận, Kính gửi)', () => {
  it('ends items with ";" and the last with ".", whatever punctuation they came with', () => {
    expect(dashList(['Như trên;', 'Lưu: VT, NV.'])).toEqual(['- Như trên;', '- Lưu: VT, NV.']);
  });
});
