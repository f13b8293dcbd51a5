import { describe, expect, it } from 'vitest';
import { agencyInSentence } from './agency-case.js';

describe('agencyInSentence', () => {
  it('writes a letterhead agency as running text keeps it, the place name capitalised', () => {
    expect(agencyInSentence('ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC')).toBe('Ủy ban nhân dân huyện Xuân Lộc');
    expect(agencyInSentence('ỦY BAN NHÂN DÂN THÀNH PHỐ BIÊN HÒA')).toBe('Ủy ban nhân dân thành phố Biên Hòa');
    expect(agencyInSentence('UBND XÃ ĐẠ TÔNG, HUYỆN ĐAM RÔNG')).toBe('UBND xã Đạ Tông, huyện Đam Rông');
    expect(agencyInSentence('ỦY BAN NHÂN DÂN THỊ TRẤN GIA RAY')).toBe('Ủy ban nhân dân thị trấn Gia Ray');
  });

  it('capitalises an agency\'s field after its kind, "và" and "-", and does not take "XÃ HỘI" for a commune', () => {
    expect(agencyInSentence('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LÂM ĐỒNG')).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng');
    expect(agencyInSentence('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('Sở Giáo dục và Đào tạo');
    expect(agencyInSentence('PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN TRẢNG BOM')).toBe('Phòng Tài chính - Kế hoạch huyện Trảng Bom');
    expect(agencyInSentence('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN XUÂN LỘC')).toBe('Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc');
    expect(agencyInSentence('HỘI ĐỒNG NHÂN DÂN XÃ ĐẠ TÔNG')).toBe('Hội đồng nhân dân xã Đạ Tông');
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
