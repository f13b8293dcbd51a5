// Invalid fixtures for dong-nai-2016-2020: each is a valid example with one mutation and
// lists the errors it must produce (others may appear too).
//
// Rules that cannot fire for this plan and so have no fixture: quota-max/quota-min (no quotas),
// threshold-* (no numeric criteria per nominee), category-* (no group has categories),
// deadline-late (the plan names no report or dossier day), award-not-allowed-for-type (all
// three forms admit every nominee type), vote-share-too-low (no form with a minimum share).

import type { InvalidFixture } from '@thidua/core';
import { nominationXuanLoc, reportBienHoa, reportProvince2020, reportXuanLoc } from './examples.js';

// Fixtures mutate free-form JSON copies: deleting required keys is the point.
type Draft = any;

const from = (base: unknown) => (mutate: (d: Draft) => void): Draft => {
  const d: Draft = structuredClone(base);
  mutate(d);
  return d;
};
const xuanLoc = from(reportXuanLoc);
const bienHoa = from(reportBienHoa);
const dossier = from(nominationXuanLoc);
// The province's own final report (mục VI.5: the Ban Thi đua - Khen thưởng tỉnh reports yearly to the
// Council and the Chairman): the only report the province's 2020 targets (mục II.1.b) are checked on.
const province = from(reportProvince2020);

export const invalid: InvalidFixture[] = [
  // ---- report ----
  {
    name: 'Báo cáo: tên cơ quan ban hành để trống',
    kind: 'report',
    data: xuanLoc((d) => {
      d.header.agency = '';
    }),
    expect: [{ path: '/header/agency', code: 'required', clause: false }],
  },
  {
    name: 'Báo cáo: mục “Hạn chế, khó khăn, vướng mắc” chỉ có khoảng trắng',
    kind: 'report',
    data: xuanLoc((d) => {
      d.sections.hanCheKhoKhan.text = '  ';
    }),
    expect: [{ path: '/sections/hanCheKhoKhan/text', code: 'required', clause: false }],
  },
  {
    name: 'Báo cáo: UBND xã không thuộc đối tượng báo cáo về tỉnh',
    kind: 'report',
    data: xuanLoc((d) => {
      d.header.agency = 'Ủy ban nhân dân xã Xuân Hưng';
      d.header.unitType = 'xa';
    }),
    expect: [{ path: '/header/unitType', code: 'reporter-not-allowed', clause: true }],
  },
  {
    name: 'Báo cáo: thành phố Biên Hòa khai là huyện',
    kind: 'report',
    data: bienHoa((d) => {
      d.header.unitType = 'huyen';
    }),
    expect: [{ path: '/header/unitCode', code: 'unit-type-mismatch', clause: false }],
  },
  {
    name: 'Báo cáo: năm báo cáo 2021 ngoài giai đoạn 2016 - 2020',
    kind: 'report',
    data: xuanLoc((d) => {
      d.period.year = 2021;
    }),
    expect: [{ path: '/period/year', code: 'year-out-of-range', clause: true }],
  },
  {
    name: 'Báo cáo tổng kết của tỉnh: tỷ lệ hộ nghèo cuối năm 2020 còn 1,2%, chưa dưới 1%',
    kind: 'report',
    data: province((d) => {
      d.sections.ketQuaMucTieu.indicators.tyLeHoNgheo = 1.2;
    }),
    expect: [{ path: '/sections/ketQuaMucTieu/indicators/tyLeHoNgheo', code: 'target-not-met', clause: true }],
  },
  {
    name: 'Báo cáo tổng kết của tỉnh: thu nhập hộ nghèo chỉ tăng 1,3 lần so với cuối năm 2015',
    kind: 'report',
    data: province((d) => {
      d.sections.ketQuaMucTieu.indicators.heSoTangThuNhapHoNgheo = 1.3;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/heSoTangThuNhapHoNgheo', code: 'target-not-met', clause: true },
    ],
  },
  {
    name: 'Báo cáo tổng kết của tỉnh: thu nhập hộ nghèo dân tộc thiểu số chưa tăng gấp 02 lần',
    kind: 'report',
    data: province((d) => {
      d.sections.ketQuaMucTieu.indicators.heSoTangThuNhapHoNgheoDtts = 1.85;
    }),
    expect: [
      { path: '/sections/ketQuaMucTieu/indicators/heSoTangThuNhapHoNgheoDtts', code: 'target-not-met', clause: true },
    ],
  },
  {
    name: 'Báo cáo: thiếu tỷ lệ hộ nghèo',
    kind: 'report',
    data: xuanLoc((d) => {
      delete d.sections.ketQuaMucTieu.indicators.tyLeHoNgheo;
    }),
    expect: [{ path: '/sections/ketQuaMucTieu/indicators/tyLeHoNgheo', code: 'indicator-missing', clause: true }],
  },
  {
    name: 'Báo cáo: số hộ nghèo không phải số nguyên',
    kind: 'report',
    data: xuanLoc((d) => {
      d.sections.ketQuaMucTieu.indicators.soHoNgheo = 742.5;
    }),
    expect: [{ path: '/sections/ketQuaMucTieu/indicators/soHoNgheo', code: 'type', clause: false }],
  },
  {
    name: 'Báo cáo: kỳ báo cáo không có trong Kế hoạch',
    kind: 'report',
    data: xuanLoc((d) => {
      d.period.type = 'sau-thang';
    }),
    expect: [{ path: '/period/type', code: 'enum', clause: false }],
  },

  // ---- nomination ----
  {
    name: 'Hồ sơ: hình thức khen thưởng không có trong Kế hoạch',
    kind: 'nomination',
    data: dossier((d) => {
      d.awardForm = 'huan-chuong-lao-dong';
    }),
    expect: [{ path: '/awardForm', code: 'enum', clause: false }],
  },
  {
    name: 'Hồ sơ: ấp trực tiếp trình hồ sơ khen thưởng',
    kind: 'nomination',
    data: dossier((d) => {
      d.header.agency = 'Ấp Bình Hòa, xã Xuân Phú';
      d.header.unitType = 'ap';
    }),
    expect: [{ path: '/header/unitType', code: 'submitter-not-allowed', clause: true }],
  },
  {
    name: 'Hồ sơ: hộ gia đình được xếp vào nhóm địa phương',
    kind: 'nomination',
    data: dossier((d) => {
      d.nominees[3].group = 'dia-phuong';
      d.nominees[3].criteriaMet = ['tc-3-2-1'];
    }),
    expect: [{ path: '/nominees/3/group', code: 'group-not-allowed-for-type', clause: true }],
  },
  {
    name: 'Hồ sơ: xã đáp ứng nội dung thi đua của hộ gia đình',
    kind: 'nomination',
    data: dossier((d) => {
      d.nominees[0].criteriaMet.push('tc-3-5-1');
    }),
    expect: [{ path: '/nominees/0/criteriaMet/2', code: 'criterion-not-in-group', clause: true }],
  },
  {
    name: 'Hồ sơ: số phiếu đồng ý nhiều hơn tổng số thành viên Hội đồng',
    kind: 'nomination',
    data: dossier((d) => {
      d.nominees[1].votesAgree = 16;
    }),
    expect: [{ path: '/nominees/1/votesAgree', code: 'votes-exceed-members', clause: false }],
  },
  {
    name: 'Hồ sơ: số thành viên có mặt nhiều hơn tổng số thành viên',
    kind: 'nomination',
    data: dossier((d) => {
      d.councilMinutes.membersPresent = 16;
    }),
    expect: [{ path: '/councilMinutes/membersPresent', code: 'present-exceed-total', clause: false }],
  },
  {
    name: 'Hồ sơ: số phiếu thu về nhiều hơn số phiếu phát ra',
    kind: 'nomination',
    data: dossier((d) => {
      d.councilMinutes.ballots = { issued: 14, returned: 15, valid: 15, invalid: 0 };
    }),
    expect: [{ path: '/councilMinutes/ballots', code: 'ballots-inconsistent', clause: false }],
  },
  {
    name: 'Hồ sơ: giờ kết thúc trùng giờ bắt đầu cuộc họp',
    kind: 'nomination',
    data: dossier((d) => {
      d.councilMinutes.endTime = '08:30';
    }),
    expect: [{ path: '/councilMinutes/endTime', code: 'time-order', clause: false }],
  },
  {
    name: 'Hồ sơ: hai người được đề nghị trùng mã',
    kind: 'nomination',
    data: dossier((d) => {
      d.nominees[4].id = 'hoi-nong-dan';
    }),
    expect: [{ path: '/nominees/4/id', code: 'duplicate-id', clause: false }],
  },
  {
    name: 'Hồ sơ: báo cáo thành tích cá nhân thiếu xác nhận của cấp trình khen thưởng',
    kind: 'nomination',
    data: dossier((d) => {
      delete d.nominees[2].confirmations.capTrinh;
    }),
    expect: [{ path: '/nominees/2/confirmations/capTrinh', code: 'confirmation-missing', clause: false }],
  },
  {
    name: 'Hồ sơ: tên tập thể được đề nghị để trống',
    kind: 'nomination',
    data: dossier((d) => {
      d.nominees[1].name = '';
    }),
    expect: [{ path: '/nominees/1/name', code: 'required', clause: false }],
  },
  {
    name: 'Hồ sơ: ngày sinh không đúng định dạng',
    kind: 'nomination',
    data: dossier((d) => {
      d.nominees[2].profile.birthDate = '08/03/1972';
    }),
    expect: [{ path: '/nominees/2/profile/birthDate', code: 'format', clause: false }],
  },

  // ---- Rounds are time windows ----
  {
    // “d) Tổ chức sơ kết giữa kỳ vào năm 2018 và tổng kết vào cuối năm 2020” (mục II.2.d).
    name: 'Báo cáo loại “sơ kết giữa kỳ năm 2018” ghi năm 2020',
    kind: 'report',
    data: bienHoa((d) => {
      d.period = { type: 'so-ket-2018', year: 2020 };
    }),
    expect: [{ path: '/period/year', code: 'period-year-mismatch', clause: true }],
  },
  {
    // “4. Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định” (mục V.4).
    name: 'Hồ sơ tổng kết 2020 đề ngày 15/11/2018',
    kind: 'nomination',
    data: dossier((d) => {
      d.header.date = '2018-11-15';
      d.councilMinutes.date = '2018-11-10';
      for (const n of d.nominees) n.reportDate = '2018-11-05';
    }),
    expect: [{ path: '/header/date', code: 'date-outside-round', clause: true }],
  },

  // ---- Levels and routes: who files with whom ----
  // VI.4 names who reports to the province: “các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể tỉnh, Ủy ban nhân dân các huyện,
  // thị xã Long Khánh và thành phố Biên Hòa”; a commune's dossier reaches the province through its district.
  {
    name: 'Hồ sơ: UBND xã trình thẳng Bằng khen của Chủ tịch UBND tỉnh lên tỉnh, không qua UBND huyện',
    kind: 'nomination',
    data: dossier((d) => {
      d.header.agency = 'Ủy ban nhân dân xã Xuân Hưng';
      d.header.parentAgency = 'UBND HUYỆN XUÂN LỘC';
      d.header.unitType = 'xa';
    }),
    expect: [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }],
  },
  // VI.4: “báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Ban Thi đua - Khen thưởng tỉnh và Sở Lao động - Thương binh và Xã hội”.
  {
    name: 'Báo cáo: gửi UBND tỉnh, không gửi Ban Thi đua - Khen thưởng tỉnh và Sở Lao động - Thương binh và Xã hội',
    kind: 'report',
    data: xuanLoc((d) => {
      d.to = ['Ủy ban nhân dân tỉnh Đồng Nai'];
    }),
    expect: [{ path: '/to', code: 'report-wrong-recipient', clause: true }],
  },

  // Indicators by scope: poor-household figures are asked from the districts (mục II.1.b, VI.4).
  {
    name: 'Báo cáo năm 2019 của UBND thị xã Long Khánh bỏ trống số hộ nghèo (“giảm tỷ lệ hộ nghèo của tỉnh” được đo trên số liệu của từng huyện, thị xã, thành phố)',
    kind: 'report',
    data: xuanLoc((d) => {
      d.header.agency = 'Ủy ban nhân dân thị xã Long Khánh';
      d.header.unitType = 'thi-xa';
      d.header.unitCode = 'thi-xa-long-khanh';
      d.header.place = 'Long Khánh';
      delete d.sections.ketQuaMucTieu.indicators.soHoNgheo;
    }),
    expect: [{ path: '/sections/ketQuaMucTieu/indicators/soHoNgheo', code: 'indicator-missing', clause: true }],
  },
];
