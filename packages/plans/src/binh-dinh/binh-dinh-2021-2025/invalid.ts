// Invalid fixtures for binh-dinh-2021-2025: each is a valid example with one mutation and
// lists the errors it must produce (others may appear too).
//
// Rules that cannot fire for this plan and so have no fixture: quota-max/quota-min (the plan
// sets no quotas), award-not-allowed-for-type (all three award forms admit collectives,
// individuals and households), vote-share-too-low (no form with a minimum vote share),
// unit-type-mismatch (the plan names no units).

import type { InvalidFixture } from '@thidua/core';
import { nominationHoaiAn, nominationSoLdtbxh, reportHoaiAn } from './examples.js';

// Fixtures mutate free-form JSON copies: deleting required keys is the point.
type Draft = any;

function report(mutate: (d: Draft) => void): Draft {
  const d: Draft = structuredClone(reportHoaiAn);
  mutate(d);
  return d;
}

function hoaiAn(mutate: (d: Draft) => void): Draft {
  const d: Draft = structuredClone(nominationHoaiAn);
  mutate(d);
  return d;
}

function soLdtbxh(mutate: (d: Draft) => void): Draft {
  const d: Draft = structuredClone(nominationSoLdtbxh);
  mutate(d);
  return d;
}

export const invalid: InvalidFixture[] = [
  // ---- report ----
  {
    name: 'Báo cáo: tên cơ quan ban hành chỉ có khoảng trắng',
    kind: 'report',
    data: report((d) => {
      d.header.agency = '   ';
    }),
    expect: [{ path: '/header/agency', code: 'required', clause: false }],
  },
  {
    name: 'Báo cáo: bỏ trống mục “Ưu điểm”',
    kind: 'report',
    data: report((d) => {
      d.sections.uuDiem.text = '';
    }),
    expect: [{ path: '/sections/uuDiem/text', code: 'required', clause: false }],
  },
  {
    name: 'Báo cáo: UBND xã không thuộc đối tượng báo cáo về tỉnh',
    kind: 'report',
    data: report((d) => {
      d.header.agency = 'Ủy ban nhân dân xã Đak Mang';
      d.header.unitType = 'xa';
    }),
    expect: [{ path: '/header/unitType', code: 'reporter-not-allowed', clause: true }],
  },
  {
    name: 'Báo cáo: gửi đúng ngày 15/11 là đã quá hạn “trước ngày 15 tháng 11”',
    kind: 'report',
    data: report((d) => {
      d.header.date = '2023-11-15';
    }),
    expect: [{ path: '/header/date', code: 'deadline-late', clause: true }],
  },
  {
    name: 'Báo cáo: năm báo cáo 2026 ngoài giai đoạn 2021 - 2025',
    kind: 'report',
    data: report((d) => {
      d.period.year = 2026;
    }),
    expect: [{ path: '/period/year', code: 'year-out-of-range', clause: true }],
  },
  {
    name: 'Báo cáo: tỷ lệ nghèo đa chiều chỉ giảm 1,2%/năm, dưới chỉ tiêu 1,5 - 2%/năm',
    kind: 'report',
    data: report((d) => {
      d.sections.ketQuaMucTieu.indicators.mucGiamTyLeNgheoDaChieu = 1.2;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/mucGiamTyLeNgheoDaChieu', code: 'target-not-met', clause: true },
    ],
  },
  {
    name: 'Báo cáo: tỷ lệ nghèo dân tộc thiểu số giảm đúng 3%/năm, chưa “trên 3%/năm”',
    kind: 'report',
    data: report((d) => {
      d.sections.ketQuaMucTieu.indicators.mucGiamTyLeNgheoDtts = 3;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/mucGiamTyLeNgheoDtts', code: 'target-not-met', clause: true },
    ],
  },
  {
    name: 'Báo cáo: thiếu số liệu tỷ lệ nghèo đa chiều theo năm',
    kind: 'report',
    data: report((d) => {
      delete d.sections.ketQuaMucTieu.indicators.tyLeNgheoDaChieu;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/tyLeNgheoDaChieu', code: 'indicator-missing', clause: true },
    ],
  },
  {
    name: 'Báo cáo: tỷ lệ nghèo đa chiều năm 2021 lớn hơn 100%',
    kind: 'report',
    data: report((d) => {
      d.sections.ketQuaMucTieu.indicators.tyLeNgheoDaChieu[0].value = 114.52;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/tyLeNgheoDaChieu/0/value', code: 'maximum', clause: false },
    ],
  },
  {
    name: 'Báo cáo: số hộ nghèo, cận nghèo khai hai lần cho năm 2022',
    kind: 'report',
    data: report((d) => {
      d.sections.ketQuaMucTieu.indicators.hoNgheoCanNgheo[2].year = 2022;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/hoNgheoCanNgheo', code: 'series-year-duplicate', clause: false },
    ],
  },

  // ---- nomination: dossier level ----
  {
    name: 'Hồ sơ: đề nghị Bằng khen của Thủ tướng Chính phủ khi sơ kết năm 2023',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.awardForm = 'bang-khen-thu-tuong';
    }),
    expect: [{ path: '/awardForm', code: 'award-not-allowed-in-phase', clause: true }],
  },
  {
    name: 'Hồ sơ: đợt khen thưởng không có trong Kế hoạch',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.phase = 'so-ket-2024';
    }),
    expect: [{ path: '/phase', code: 'enum', clause: false }],
  },
  {
    name: 'Hồ sơ: thôn trực tiếp trình hồ sơ khen thưởng',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.header.agency = 'Thôn Vạn Hội 2, xã Ân Tín';
      d.header.unitType = 'thon-khu-pho';
    }),
    expect: [{ path: '/header/unitType', code: 'submitter-not-allowed', clause: true }],
  },
  {
    name: 'Hồ sơ: số tờ trình có khoảng trắng',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.header.number = '186 / TTr-UBND';
    }),
    expect: [{ path: '/header/number', code: 'pattern', clause: false }],
  },
  {
    name: 'Hồ sơ: dòng quyền hạn của người ký viết thường',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.coverLetter.signer.authority = ['tm. ủy ban nhân dân'];
    }),
    expect: [{ path: '/coverLetter/signer/authority/0', code: 'pattern', clause: false }],
  },

  // ---- nomination: groups, categories, criteria ----
  {
    name: 'Hồ sơ: cá nhân được xếp vào nhóm “Cấp xã”',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[2].group = 'cap-xa';
      d.nominees[2].category = 'xa-phuong-thi-tran-khac';
      d.nominees[2].criteriaMet = ['tc-1-3-1'];
    }),
    expect: [{ path: '/nominees/2/group', code: 'group-not-allowed-for-type', clause: true }],
  },
  {
    name: 'Hồ sơ: xã đáp ứng tiêu chí của cấp huyện',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[0].criteriaMet.push('tc-1-2-1');
    }),
    expect: [{ path: '/nominees/0/criteriaMet/5', code: 'criterion-not-in-group', clause: true }],
  },
  {
    name: 'Hồ sơ: xã không ghi là xã Khu vực III hay xã khác',
    kind: 'nomination',
    data: hoaiAn((d) => {
      delete d.nominees[0].category;
    }),
    expect: [{ path: '/nominees/0/category', code: 'category-required', clause: true }],
  },
  {
    name: 'Hồ sơ: xã được ghi loại “Huyện nghèo”',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[0].category = 'huyen-ngheo';
    }),
    expect: [{ path: '/nominees/0/category', code: 'category-unknown', clause: true }],
  },

  // ---- nomination: thresholds ----
  {
    name: 'Hồ sơ: xã Khu vực III không kèm số liệu hộ nghèo, hộ cận nghèo',
    kind: 'nomination',
    data: hoaiAn((d) => {
      delete d.nominees[0].evidence;
    }),
    expect: [{ path: '/nominees/0/evidence', code: 'threshold-evidence-missing', clause: true }],
  },
  {
    name: 'Hồ sơ: xã Khu vực III chỉ giảm 29,6% hộ nghèo và hộ cận nghèo so với đầu kỳ',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[0].evidence.hoNgheoCanNgheo = [
        { year: 2021, value: 412 },
        { year: 2022, value: 350 },
        { year: 2023, value: 290 },
      ];
    }),
    expect: [{ path: '/nominees/0/evidence/hoNgheoCanNgheo', code: 'threshold-not-met', clause: true }],
  },
  {
    name: 'Hồ sơ: thôn giảm đúng 50% hộ nghèo và hộ cận nghèo, chưa “trên 50%”',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[1].evidence.hoNgheoCanNgheo = [
        { year: 2021, value: 58 },
        { year: 2022, value: 41 },
        { year: 2023, value: 29 },
      ];
    }),
    expect: [{ path: '/nominees/1/evidence/hoNgheoCanNgheo', code: 'threshold-not-met', clause: true }],
  },
  {
    name: 'Hồ sơ: huyện nghèo giảm tỷ lệ nghèo đa chiều 5%/năm và hộ nghèo, cận nghèo giảm 30%',
    kind: 'nomination',
    data: soLdtbxh((d) => {
      d.nominees[0].evidence = {
        tyLeNgheoDaChieu: [
          { year: 2020, value: 45.1 },
          { year: 2021, value: 40.1 },
          { year: 2022, value: 35.1 },
          { year: 2023, value: 30.1 },
        ],
        hoNgheoCanNgheo: [
          { year: 2021, value: 4800 },
          { year: 2022, value: 4100 },
          { year: 2023, value: 3360 },
        ],
      };
    }),
    expect: [{ path: '/nominees/0/evidence/tyLeNgheoDaChieu', code: 'threshold-not-met', clause: true }],
  },
  {
    name: 'Hồ sơ: thị xã giảm tỷ lệ nghèo dưới 4%/năm và hộ nghèo, cận nghèo chỉ giảm 35,9%',
    kind: 'nomination',
    data: soLdtbxh((d) => {
      d.nominees[1].evidence.hoNgheoCanNgheo = [
        { year: 2021, value: 6240 },
        { year: 2022, value: 5100 },
        { year: 2023, value: 4000 },
      ];
    }),
    expect: [{ path: '/nominees/1/evidence/tyLeNgheoDaChieu', code: 'threshold-not-met', clause: true }],
  },

  // ---- nomination: council minutes and records ----
  {
    name: 'Hồ sơ: số phiếu đồng ý nhiều hơn tổng số thành viên Hội đồng',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[0].votesAgree = 14;
    }),
    expect: [{ path: '/nominees/0/votesAgree', code: 'votes-exceed-members', clause: false }],
  },
  {
    name: 'Hồ sơ: số thành viên có mặt nhiều hơn tổng số thành viên',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.councilMinutes.membersPresent = 14;
    }),
    expect: [{ path: '/councilMinutes/membersPresent', code: 'present-exceed-total', clause: false }],
  },
  {
    name: 'Hồ sơ: số phiếu hợp lệ và không hợp lệ không khớp số phiếu thu về',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.councilMinutes.ballots = { issued: 12, returned: 12, valid: 11, invalid: 0 };
    }),
    expect: [{ path: '/councilMinutes/ballots', code: 'ballots-inconsistent', clause: false }],
  },
  {
    name: 'Hồ sơ: cuộc họp kết thúc trước giờ bắt đầu',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.councilMinutes.endTime = '07:30';
    }),
    expect: [{ path: '/councilMinutes/endTime', code: 'time-order', clause: false }],
  },
  {
    name: 'Hồ sơ: hai người được đề nghị trùng mã',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[1].id = 'n1';
    }),
    expect: [{ path: '/nominees/1/id', code: 'duplicate-id', clause: false }],
  },
  {
    name: 'Hồ sơ: báo cáo thành tích hộ gia đình thiếu xác nhận của UBND xã',
    kind: 'nomination',
    data: hoaiAn((d) => {
      delete d.nominees[3].confirmations.ubndXa;
    }),
    expect: [{ path: '/nominees/3/confirmations/ubndXa', code: 'confirmation-missing', clause: false }],
  },
  {
    name: 'Hồ sơ: họ tên cá nhân được đề nghị để trống',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[2].profile.fullName = ' ';
    }),
    expect: [{ path: '/nominees/2/profile/fullName', code: 'required', clause: false }],
  },

  // ---- Rounds are time windows, baselines are the plan's ----
  {
    // “Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng”:
    // for a dossier of 28/11/2023 the three years are 2020–2022 (2023 is not yet a full year), so 2019 is the base.
    name: 'Hồ sơ: huyện nghèo kê khai 2020–2023; “3 năm liên tục trước khi trình khen thưởng” là 2020–2022, thiếu năm gốc 2019',
    kind: 'nomination',
    data: soLdtbxh((d) => {
      d.nominees[0].evidence.tyLeNgheoDaChieu = [
        { year: 2020, value: 45.1 },
        { year: 2021, value: 38.6 },
        { year: 2022, value: 32.15 },
        { year: 2023, value: 25.7 },
      ];
    }),
    expect: [{ path: '/nominees/0/evidence/tyLeNgheoDaChieu', code: 'threshold-not-met', clause: true }],
  },
  {
    // “Đối với xã Khu vực III … đến năm 2025 quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ”
    // (mục III.1.1.3): đầu kỳ is 2021, the start of giai đoạn 2021 - 2025, not the first year typed.
    name: 'Hồ sơ: xã Khu vực III so sánh 2022 (412 hộ) với 2023 (196 hộ) thay vì với đầu kỳ 2021',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.nominees[0].evidence.hoNgheoCanNgheo = [
        { year: 2022, value: 412 },
        { year: 2023, value: 196 },
      ];
    }),
    expect: [{ path: '/nominees/0/evidence/hoNgheoCanNgheo', code: 'threshold-not-met', clause: true }],
  },
  {
    // “Năm 2023: Căn cứ vào tình hình thực tiễn để chủ động tiến hành sơ kết giữa kỳ” (mục IV.3).
    name: 'Hồ sơ sơ kết 2023 đề ngày 05/02/2024, ngoài năm sơ kết',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.header.date = '2024-02-05';
    }),
    expect: [{ path: '/header/date', code: 'date-outside-round', clause: true }],
  },

  // ---- Levels and routes: who files with whom ----
  // V.5 names who deals with the province: “Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố, các doanh nghiệp và cơ quan,
  // đơn vị trên địa bàn tỉnh”; communes are not among them, so a commune's dossier reaches the province through its district.
  {
    name: 'Hồ sơ: UBND xã trình thẳng Bằng khen của Chủ tịch UBND tỉnh lên tỉnh, không qua UBND huyện',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.header.agency = 'Ủy ban nhân dân xã Đak Mang';
      d.header.parentAgency = 'UBND HUYỆN HOÀI ÂN';
      d.header.unitType = 'xa';
    }),
    expect: [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }],
  },
  // IV.2: “chủ động tiến hành khen thưởng hằng năm theo thẩm quyền”: a district's Giấy khen is its chairman's, not the province's.
  {
    name: 'Hồ sơ: UBND huyện trình tỉnh Giấy khen (“khen thưởng hằng năm theo thẩm quyền”)',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.awardForm = 'giay-khen';
    }),
    expect: [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }],
  },
  // The same sentence for a department: its director gives its Giấy khen; nothing goes to the province.
  {
    name: 'Hồ sơ: Sở Lao động - Thương binh và Xã hội trình tỉnh Giấy khen (“khen thưởng hằng năm theo thẩm quyền”)',
    kind: 'nomination',
    data: soLdtbxh((d) => {
      d.awardForm = 'giay-khen';
    }),
    expect: [{ path: '/awardForm', code: 'route-not-allowed', clause: true }],
  },
  // Đoạn cuối mục V: “báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Nội vụ (qua Ban Thi đua - Khen thưởng)”.
  {
    name: 'Báo cáo: gửi Ủy ban nhân dân tỉnh, không gửi “Sở Nội vụ (qua Ban Thi đua - Khen thưởng)”',
    kind: 'report',
    data: report((d) => {
      d.to = ['Ủy ban nhân dân tỉnh Bình Định'];
    }),
    expect: [{ path: '/to', code: 'report-wrong-recipient', clause: true }],
  },

  // ---- Seed readings: the poor district's single test and the yearly round's own authority ----
  {
    name: 'Hồ sơ: huyện nghèo giảm hộ nghèo, cận nghèo 52% nhưng tỷ lệ nghèo chỉ giảm 5%/năm (“Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng; đối với các địa phương còn lại … hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ”)',
    kind: 'nomination',
    data: soLdtbxh((d) => {
      d.nominees[0].evidence = {
        tyLeNgheoDaChieu: [
          { year: 2020, value: 45.1 },
          { year: 2021, value: 40.1 },
          { year: 2022, value: 35.1 },
          { year: 2023, value: 30.1 },
        ],
        hoNgheoCanNgheo: [
          { year: 2021, value: 4800 },
          { year: 2022, value: 3500 },
          { year: 2023, value: 2300 },
        ],
      };
    }),
    expect: [{ path: '/nominees/0/evidence/tyLeNgheoDaChieu', code: 'threshold-not-met', clause: true }],
  },
  {
    name: 'Hồ sơ: đợt khen thưởng hằng năm đề nghị Bằng khen của Chủ tịch UBND tỉnh (“chủ động tiến hành khen thưởng hằng năm theo thẩm quyền”)',
    kind: 'nomination',
    data: hoaiAn((d) => {
      d.phase = 'hang-nam';
    }),
    expect: [{ path: '/awardForm', code: 'award-not-allowed-in-phase', clause: true }],
  },
  // ---- Identity and honours: who the nominee is ----
  {
    name: 'Hồ sơ: một già làng, người có uy tín được đề nghị theo nhóm “1.6. Đối với cán bộ, công chức, viên chức, người làm công tác giảm nghèo”',
    kind: 'nomination',
    data: hoaiAn((d) => {
      const p = d.nominees[2].profile;
      p.standing = 'community-figure';
      for (const k of ['birthDate', 'workplace', 'qualification']) delete p[k];
      p.age = 62;
    }),
    expect: [{ path: '/nominees/2/group', code: 'standing-not-in-group', clause: true }],
  },
  {
    name: 'Hồ sơ: hộ gia đình không ghi năm sinh hay tuổi của chủ hộ (không có mẫu quốc gia bắt buộc dòng này: cảnh báo)',
    kind: 'nomination',
    data: hoaiAn((d) => {
      delete d.nominees[3].profile.birthYear;
    }),
    expect: [{ path: '/nominees/3/profile/birthYear', code: 'template-line-missing', clause: true }],
  },
];
