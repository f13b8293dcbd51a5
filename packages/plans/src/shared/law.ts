// Facts of national law that every plan of its era shares (see docs/guide/plan-definition.md §7). Plans import
// what applies and override what their own text says; nothing here is province-specific.

import type { AwardForm, ConfirmationBlock, NomineeType } from '@thidua/core';

const ALL: NomineeType[] = ['collective', 'individual', 'household'];

/** Award forms as the Law on Emulation and Commendation defines them. */
export const AWARD_FORMS = {
  huanChuongLaoDong: {
    id: 'huan-chuong-lao-dong',
    label: 'Huân chương Lao động',
    labelEn: 'Labour Order',
    decidedBy: 'Chủ tịch nước',
    // Luật TĐKT Điều 44 gives no household route for the Labour Order.
    nomineeTypes: ['collective', 'individual'],
    clause: 'Luật Thi đua, Khen thưởng 2022, Điều 44',
  },
  bangKhenThuTuong: {
    id: 'bang-khen-thu-tuong',
    label: 'Bằng khen của Thủ tướng Chính phủ',
    labelEn: "Prime Minister's Certificate of Merit",
    decidedBy: 'Thủ tướng Chính phủ',
    nomineeTypes: ALL,
    clause: 'Luật Thi đua, Khen thưởng 2022, Điều 73',
  },
  bangKhenChuTichTinh: {
    id: 'bang-khen-chu-tich-ubnd-tinh',
    label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    labelEn: "Certificate of Merit of the Provincial People's Committee Chairman",
    decidedBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
    nomineeTypes: ALL,
    clause: 'Luật Thi đua, Khen thưởng 2022, Điều 74',
  },
  giayKhen: {
    id: 'giay-khen',
    label: 'Giấy khen',
    labelEn: 'Certificate of Commendation',
    decidedBy: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã',
    nomineeTypes: ALL,
    clause: 'Luật Thi đua, Khen thưởng 2022, Điều 75',
  },
  coThiDuaChinhPhu: {
    id: 'co-thi-dua-chinh-phu',
    label: 'Cờ thi đua của Chính phủ',
    labelEn: 'Government Emulation Flag',
    decidedBy: 'Thủ tướng Chính phủ',
    nomineeTypes: ['collective'],
    // The council vote share depends on the date: see LEGAL_REGIMES.
    clause: 'Nghị định 91/2017/NĐ-CP, Điều 10',
  },
  chienSiThiDuaTinh: {
    id: 'chien-si-thi-dua-cap-tinh',
    label: 'Chiến sĩ thi đua cấp tỉnh',
    labelEn: 'Provincial Emulation Fighter',
    decidedBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
    nomineeTypes: ['individual'],
    // The council vote share depends on the date: see LEGAL_REGIMES.
    clause: 'Luật Thi đua, Khen thưởng 2022, Điều 22',
  },
} satisfies Record<string, AwardForm>;

/** Signature and confirmation blocks of each achievement-report variant (NĐ 91/2017 Mẫu 01–02; NĐ 98/2023 Mẫu 02–03). */
export const CONFIRMATION_BLOCKS: Record<NomineeType, ConfirmationBlock[]> = {
  collective: [
    { id: 'capTrinh', label: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', labelEn: 'CONFIRMATION BY THE SUBMITTING LEVEL', note: '(Ký, đóng dấu)', required: true },
    { id: 'thuTruong', label: 'THỦ TRƯỞNG ĐƠN VỊ', labelEn: 'HEAD OF UNIT', note: '(Ký, đóng dấu)', required: true },
  ],
  individual: [
    { id: 'thuTruong', label: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', labelEn: 'HEAD OF UNIT, CONFIRMING AND PROPOSING', note: '(Ký, đóng dấu)', required: true },
    { id: 'nguoiBaoCao', label: 'NGƯỜI BÁO CÁO THÀNH TÍCH', labelEn: 'PERSON REPORTING', note: '(Ký, ghi rõ họ và tên)', required: true },
    { id: 'capTrinh', label: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', labelEn: 'CONFIRMATION BY THE SUBMITTING LEVEL', note: '(Ký, đóng dấu)', required: true },
  ],
  household: [
    { id: 'chuHo', label: 'CHỦ HỘ', labelEn: 'HEAD OF HOUSEHOLD', note: '(Ký, ghi rõ họ và tên)', required: true },
    { id: 'ubndXa', label: 'XÁC NHẬN CỦA ỦY BAN NHÂN DÂN XÃ', labelEn: "CONFIRMATION BY THE COMMUNE PEOPLE'S COMMITTEE", note: '(Ký, đóng dấu)', required: true },
    { id: 'capTrinh', label: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', labelEn: 'CONFIRMATION BY THE SUBMITTING LEVEL', note: '(Ký, đóng dấu)', required: true },
  ],
};
