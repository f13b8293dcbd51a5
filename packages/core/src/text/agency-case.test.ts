import { describe, expect, it } from 'vitest';
import { agencyInSentence } from './agency-case.js';

describe('agencyInSentence', () => {
  it('writes a letterhead agency as running text keeps it, the place name capitalised', () => {
    expect(agencyInSentence('ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC')).toBe('Ủy ban nhân dân huyện Xuân Lộc');
    expect(agencyInSentence('ỦY BAN NHÂN DÂN THÀNH PHỐ BIÊN HÒA')).toBe('Ủy ban nhân dân thành phố Biên Hòa');
    expect(agencyInSentence('UBND XÃ ĐẠ TÔNG, HUYỆN ĐAM RÔNG')).toBe('UBND xã Đạ Tông, huyện Đam Rông');
    expect(agencyInSentence('ỦY BAN NHÂN DÂN THỊ TRẤN GIA RAY')).toBe('Ủy ban nhân dân thị trấn Gia Ray');
  });

  it('does not take "XÃ HỘI" for a commune, and capitalises each part of a compound name', () => {
    expect(agencyInSentence('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LÂM ĐỒNG')).toBe('Sở lao động - Thương binh và xã hội tỉnh Lâm Đồng');
  });

  it('cases Vietnamese letters with diacritics in NFC, whatever the input form', () => {
    const nfd = 'ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG'.normalize('NFD');
    const out = agencyInSentence(nfd);
    expect(out).toBe('Ủy ban nhân dân huyện Đam Rông');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('leaves a name already written in mixed case as its writer wrote it', () => {
    expect(agencyInSentence('Sở Lao động - Thương binh và Xã hội')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(agencyInSentence('UBND huyện Trảng Bom')).toBe('UBND huyện Trảng Bom');
  });
});
