// Invalid fixtures for Kế hoạch 148/KH-UBND: each breaks one rule of the plan (or of the schema)
// starting from a valid example, and names the errors it must produce.

import type { HouseholdNominee, InvalidFixture, NominationSubmission, ReportSubmission } from '@thidua/core';
import { nominationXuanLoc, reportXuanLoc } from './examples.js';

function report(name: string, mutate: (d: ReportSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture {
  const data = structuredClone(reportXuanLoc) as ReportSubmission;
  mutate(data);
  return { name, kind: 'report', data, expect };
}

function nomination(name: string, mutate: (d: NominationSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture {
  const data = structuredClone(nominationXuanLoc) as NominationSubmission;
  mutate(data);
  return { name, kind: 'nomination', data, expect };
}

const household: HouseholdNominee = {
  id: 'n4',
  type: 'household',
  group: 'ca-nhan',
  criteriaMet: ['ca-nhan-thanh-tich-noi-bat'],
  summary: 'Hiến 320 m² đất làm đường giao thông nông thôn và đóng góp 40 triệu đồng xây nhà đại đoàn kết cho hộ nghèo tại ấp 4.',
  votesAgree: 13,
  pastAwards: { emulationTitles: [], commendations: [] },
  confirmations: {
    chuHo: { title: 'CHỦ HỘ', fullName: 'Lương Văn Tám' },
    ubndXa: { agency: 'UBND xã Xuân Hưng', title: 'CHỦ TỊCH', fullName: 'Trần Văn Thạnh' },
    capTrinh: { agency: 'UBND huyện Xuân Lộc', title: 'PHÓ CHỦ TỊCH', fullName: 'Lê Thị Ngọc Loan' },
  },
  profile: {
    householder: 'Lương Văn Tám',
    birthYear: 1962,
    gender: 'nam',
    members: 5,
    address: { village: 'Ấp 4', commune: 'Xã Xuân Hưng', district: 'Huyện Xuân Lộc' },
  },
  report: {
    contributions: 'Hiến 320 m² đất mở rộng đường liên ấp; đóng góp tiền xây nhà đại đoàn kết.',
    landArea: 320,
    moneyVnd: 40_000_000,
    results: 'Góp phần hoàn thành tuyến đường liên ấp dài 1,2 km và 01 căn nhà đại đoàn kết cho hộ nghèo.',
  },
  reportPlace: 'Xuân Hưng',
  reportDate: '2023-06-12',
};

export const invalid: InvalidFixture[] = [
  // ---- Report ----
  report('Báo cáo để trống mục I.1 “Thuận lợi”', (d) => {
    d.sections['thuanLoi'] = { text: '   ' };
  }, [{ path: '/sections/thuanLoi/text', code: 'required' }]),

  report('Báo cáo do UBND xã gửi thẳng lên tỉnh (Kế hoạch chỉ giao sở, ban, ngành, UBMTTQ, đoàn thể tỉnh, UBND huyện, thành phố)', (d) => {
    d.header.agency = 'ỦY BAN NHÂN DÂN XÃ XUÂN HƯNG';
    d.header.parentAgency = 'UBND HUYỆN XUÂN LỘC';
    d.header.unitType = 'xa';
    d.header.number = '45/BC-UBND';
  }, [{ path: '/header/unitType', code: 'reporter-not-allowed', clause: true }]),

  report('Báo cáo gửi ngày 20/6/2023 (hạn là trước ngày 20 tháng 6 năm 2023)', (d) => {
    d.header.date = '2023-06-20';
  }, [{ path: '/header/date', code: 'deadline-late', clause: true }]),

  report('Báo cáo sơ kết ghi năm 2026, ngoài giai đoạn 2021 - 2025', (d) => {
    d.period.year = 2026;
  }, [{ path: '/period/year', code: 'year-out-of-range', clause: true }]),

  report('Tỷ lệ hộ nghèo năm 2022 ghi 142% (nhập nhầm dấu phẩy)', (d) => {
    const series = d.sections['giamNgheoHoTro']!.indicators!['tyLeHoNgheo'] as { year: number; value: number }[];
    series[1]!.value = 142;
  }, [{ path: '/sections/giamNgheoHoTro/indicators/tyLeHoNgheo/1/value', code: 'maximum' }]),

  // ---- Nomination ----
  nomination('Đề nghị khen thưởng hộ gia đình (Kế hoạch chỉ khen thưởng tập thể và cá nhân)', (d) => {
    d.nominees.push(structuredClone(household));
  }, [
    { path: '/nominees/3', code: 'award-not-allowed-for-type', clause: true },
    { path: '/nominees/3/group', code: 'group-not-allowed-for-type', clause: true },
  ]),

  nomination('Đề nghị Huân chương Lao động trong hồ sơ sơ kết (Kế hoạch không có hình thức này)', (d) => {
    d.awardForm = 'huan-chuong-lao-dong';
  }, [{ path: '/awardForm', code: 'enum' }]),

  nomination('Cá nhân được xếp vào nhóm tập thể “cơ quan, đơn vị, địa phương”', (d) => {
    d.nominees[2]!.group = 'co-quan-don-vi-dia-phuong';
    d.nominees[2]!.criteriaMet = ['tap-the-thanh-tich-noi-bat'];
  }, [{ path: '/nominees/2/group', code: 'group-not-allowed-for-type', clause: true }]),

  nomination('Ngân hàng ghi tiêu chí của nhóm doanh nghiệp', (d) => {
    d.nominees[1]!.criteriaMet = ['nh-tin-dung-hieu-qua', 'dn-ho-tro-du-an-mo-hinh'];
  }, [{ path: '/nominees/1/criteriaMet/1', code: 'criterion-not-in-group', clause: true }]),

  nomination('Số phiếu đồng ý (16) nhiều hơn tổng số thành viên Hội đồng (15)', (d) => {
    d.nominees[0]!.votesAgree = 16;
  }, [{ path: '/nominees/0/votesAgree', code: 'votes-exceed-members' }]),

  nomination('Số thành viên có mặt (16) nhiều hơn tổng số thành viên Hội đồng (15)', (d) => {
    d.councilMinutes.membersPresent = 16;
  }, [{ path: '/councilMinutes/membersPresent', code: 'present-exceed-total' }]),

  nomination('Số phiếu hợp lệ và không hợp lệ không khớp số phiếu thu về', (d) => {
    d.councilMinutes.ballots = { issued: 15, returned: 15, valid: 13, invalid: 1 };
  }, [{ path: '/councilMinutes/ballots', code: 'ballots-inconsistent' }]),

  nomination('Cuộc họp Hội đồng kết thúc trước giờ bắt đầu', (d) => {
    d.councilMinutes.endTime = '07:30';
  }, [{ path: '/councilMinutes/endTime', code: 'time-order' }]),

  nomination('Hai đối tượng trùng mã trong hồ sơ', (d) => {
    d.nominees[2]!.id = 'n1';
  }, [{ path: '/nominees/2/id', code: 'duplicate-id' }]),

  nomination('Báo cáo thành tích cá nhân thiếu xác nhận của cấp trình khen thưởng', (d) => {
    const c = d.nominees[2]!.confirmations as Record<string, unknown>;
    delete c['capTrinh'];
  }, [{ path: '/nominees/2/confirmations/capTrinh', code: 'confirmation-missing' }]),

  nomination('Tên tập thể để trống', (d) => {
    const n = d.nominees[0]!;
    if (n.type === 'collective') n.name = ' ';
  }, [{ path: '/nominees/0/name', code: 'required' }]),

  // ---- Rounds are time windows ----
  // “sơ kết 03 năm thực hiện Phong trào thi đua (2021 - 2023)” (mục I.1.a): the review is the 2023 report on 2021–2023.
  report('Báo cáo sơ kết 03 năm (2021 - 2023) ghi năm 2025', (d) => {
    d.period.year = 2025;
  }, [{ path: '/period/year', code: 'period-year-mismatch', clause: true }]),

  // “Đồng Nai, ngày 06 tháng 6 năm 2023”: nothing is filed under the plan before it exists.
  nomination('Hồ sơ đề ngày 25/5/2023, trước ngày ban hành Kế hoạch 148/KH-UBND (06/6/2023)', (d) => {
    d.header.date = '2023-05-25';
    d.councilMinutes.date = '2023-05-22';
    for (const n of d.nominees) n.reportDate = '2023-05-20';
  }, [{ path: '/header/date', code: 'date-before-plan', clause: true }]),

  // ---- Levels and routes: who files with whom ----
  // III.1: “Các sở, ban, ngành; …; UBND các huyện, thành phố … gửi báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)”;
  // III.3.a: Sở Lao động - Thương binh và Xã hội “phối hợp … UBND các huyện, thành phố tổng hợp”: a commune's dossier reaches the province through its district.
  nomination('UBND xã trình thẳng Bằng khen của Chủ tịch UBND tỉnh lên tỉnh, không qua UBND huyện (“UBND các huyện, thành phố … gửi … về UBND tỉnh”)', (d) => {
    d.header.agency = 'ỦY BAN NHÂN DÂN XÃ XUÂN HƯNG';
    d.header.parentAgency = 'UBND HUYỆN XUÂN LỘC';
    d.header.unitType = 'xa';
    d.coverLetter.to = ['Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai'];
  }, [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }]),

  // III.1: “tổ chức sơ kết 03 năm … và khen thưởng theo thẩm quyền”: a district's chairman gives its Giấy khen, not the province.
  nomination('UBND huyện trình tỉnh Giấy khen, hình thức huyện “khen thưởng theo thẩm quyền”', (d) => {
    d.awardForm = 'giay-khen';
  }, [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }]),

  // III.1, the same sentence for “các sở, ban, ngành”: a department's director gives its Giấy khen.
  nomination('Sở, ban, ngành trình tỉnh Giấy khen, hình thức sở “khen thưởng theo thẩm quyền”', (d) => {
    d.header.agency = 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI';
    d.header.parentAgency = 'UBND TỈNH ĐỒNG NAI';
    d.header.unitType = 'so-ban-nganh';
    d.awardForm = 'giay-khen';
  }, [{ path: '/awardForm', code: 'route-not-allowed', clause: true }]),

  // III.1: “gửi báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)”.
  report('Báo cáo sơ kết gửi Sở Nội vụ, không gửi “UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)”', (d) => {
    d.to = ['Sở Nội vụ tỉnh Đồng Nai (Ban Thi đua - Khen thưởng tỉnh)'];
  }, [{ path: '/to', code: 'report-wrong-recipient', clause: true }]),
  // ---- Reports as they really come: the span, further scopes, the province's own report, a number not given yet ----
  // I.1.a: “tổ chức sơ kết 03 năm thực hiện Phong trào thi đua”: the review reports on 2021 - 2023.
  report('Báo cáo “Sơ kết 03 năm (2021 - 2023)” ghi giai đoạn 2022 - 2023', (d) => {
    d.period.fromYear = 2022;
  }, [{ path: '/period/fromYear', code: 'period-span-mismatch', clause: true }]),

  // A report covers no year after its own date: the model's results to 2025 cannot be in a report of 16/6/2023.
  report('Báo cáo sơ kết đề ngày 16/6/2023 kèm kết quả mô hình điểm giai đoạn 2023 - 2025', (d) => {
    d.period.extraScopes = [{ label: 'kết quả thực hiện mô hình điểm', fromYear: 2023, year: 2025 }];
  }, [{ path: '/period/extraScopes/0/year', code: 'year-after-date' }]),

  // A final report carries the number the văn thư gives it; until then it is a draft.
  report('Báo cáo chưa có số (“…/BC-UBND”) nộp làm bản chính thức', (d) => {
    d.header.number = '…/BC-UBND';
  }, [{ path: '/header/number', code: 'number-not-given' }]),

  // III.3.a: “tổng hợp, báo cáo tham mưu UBND tỉnh báo cáo sơ kết 03 năm thực hiện Phong trào thi đua”; Nơi nhận: Bộ Lao động - Thương binh và Xã hội, Ban Thi đua - Khen thưởng Trung ương.
  report('Báo cáo sơ kết 03 năm của UBND tỉnh gửi UBND huyện Xuân Lộc, không gửi Bộ Lao động - Thương binh và Xã hội hay Ban Thi đua - Khen thưởng Trung ương', (d) => {
    d.header = { agency: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', unitType: 'ubnd-tinh', number: '265/BC-UBND', place: 'Đồng Nai', date: '2023-07-20' };
    d.period.fromYear = 2021;
    d.to = ['Ủy ban nhân dân huyện Xuân Lộc'];
  }, [{ path: '/to', code: 'report-wrong-recipient', clause: true }]),
  // ---- Achievement figures ----
  report('Báo cáo ghi số liệu tuyên truyền cho giai đoạn “2023 - 2021”: năm bắt đầu sau năm kết thúc', (d) => {
    const f = d.sections['ketQuaTuyenTruyen']!.figures![0]!;
    f.fromYear = 2023;
    f.toYear = 2021;
  }, [{ path: '/sections/ketQuaTuyenTruyen/figures/0/toYear', code: 'figure-years-reversed' }]),

  report('Báo cáo ghi “trên” trước một chỉ tiêu theo năm (số hộ nghèo từng năm), không phải một số liệu', (d) => {
    d.sections['giamNgheoHoTro']!.qualifiers = { soHoNgheo: 'tren' };
  }, [{ path: '/sections/giamNgheoHoTro/qualifiers/soHoNgheo', code: 'additionalProperties' }]),
  // ---- The plan's own đề cương is required whole ----
  // III.1: “… gửi báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội) trước ngày 20 tháng 6 năm 2023 (đề cương báo cáo kèm theo)”:
  // the report follows the attached outline; unlike the derived outlines of the other plans, a part left out is an error.
  report('Báo cáo sơ kết bỏ phần “1. Thuận lợi” của đề cương kèm Kế hoạch 148/KH-UBND', (d) => {
    delete d.sections['thuanLoi'];
  }, [{ path: '/sections/thuanLoi', code: 'required' }]),
];
