// Invalid fixtures for Kế hoạch 274/KH-UBND: each breaks one rule of the plan (or of the schema)
// starting from a valid example, and names the errors it must produce.

import type { HouseholdNominee, InvalidFixture, NominationSubmission, ReportSubmission } from '@thidua/core';
import { nominationSoYTeChienSi, nominationTrangBom, reportLongKhanh6Thang, reportSoYTeNam } from './examples.js';

function from<T>(base: T, mutate: (d: T) => void): T {
  const data = structuredClone(base);
  mutate(data);
  return data;
}

const report6 = (name: string, mutate: (d: ReportSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture =>
  ({ name, kind: 'report', data: from(reportLongKhanh6Thang as ReportSubmission, mutate), expect });
const reportYear = (name: string, mutate: (d: ReportSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture =>
  ({ name, kind: 'report', data: from(reportSoYTeNam as ReportSubmission, mutate), expect });
const bangKhen = (name: string, mutate: (d: NominationSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture =>
  ({ name, kind: 'nomination', data: from(nominationTrangBom as NominationSubmission, mutate), expect });
const chienSi = (name: string, mutate: (d: NominationSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture =>
  ({ name, kind: 'nomination', data: from(nominationSoYTeChienSi as NominationSubmission, mutate), expect });

const household: HouseholdNominee = {
  id: 'n5',
  type: 'household',
  group: 'kinh-te-xa-hoi',
  criteriaMet: ['ktxh-cong-trang-2022'],
  summary: 'Hiến 450 m² đất và đóng góp 120 triệu đồng làm đường giao thông nông thôn ấp Ngũ Phúc năm 2022.',
  votesAgree: 16,
  pastAwards: { emulationTitles: [], commendations: [] },
  confirmations: {
    chuHo: { title: 'CHỦ HỘ', fullName: 'Đặng Văn Khải' },
    ubndXa: { agency: 'UBND xã Hố Nai 3', title: 'CHỦ TỊCH', fullName: 'Phạm Văn Hùng' },
    capTrinh: { agency: 'UBND huyện Trảng Bom', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thành' },
  },
  profile: {
    householder: 'Đặng Văn Khải',
    birthYear: 1958,
    gender: 'nam',
    members: 6,
    address: { village: 'Ấp Ngũ Phúc', commune: 'Xã Hố Nai 3', district: 'Huyện Trảng Bom' },
  },
  report: {
    contributions: 'Hiến đất mở rộng đường; đóng góp tiền làm đường bê tông.',
    landArea: 450,
    moneyVnd: 120_000_000,
    results: 'Góp phần hoàn thành 2,4 km đường bê tông ấp Ngũ Phúc.',
  },
  reportPlace: 'Hố Nai 3',
  reportDate: '2023-02-08',
};

export const invalid: InvalidFixture[] = [
  // ---- Reports ----
  report6('Báo cáo 6 tháng để trống mục “Ưu điểm”', (d) => {
    d.sections['uuDiem'] = { text: '' };
  }, [{ path: '/sections/uuDiem/text', code: 'required' }]),

  report6('Báo cáo 6 tháng gửi ngày 16/6/2023 (Kế hoạch định kỳ vào ngày 15 tháng 6)', (d) => {
    d.header.date = '2023-06-16';
  }, [{ path: '/header/date', code: 'deadline-late', clause: true }]),

  reportYear('Báo cáo năm gửi ngày 18/12/2023 (Kế hoạch định kỳ vào ngày 15 tháng 12)', (d) => {
    d.header.date = '2023-12-18';
  }, [{ path: '/header/date', code: 'deadline-late', clause: true }]),

  report6('Báo cáo theo Kế hoạch năm 2023 nhưng ghi kỳ năm 2022', (d) => {
    d.period.year = 2022;
  }, [{ path: '/period/year', code: 'year-out-of-range', clause: true }]),

  report6('Kỳ báo cáo “quý” không có trong Kế hoạch', (d) => {
    d.period.type = 'quy-2-2023';
  }, [{ path: '/period/type', code: 'enum' }]),

  report6('Số cuộc kiểm tra ghi số âm', (d) => {
    d.sections['kiemTraGiamSat']!.indicators = { soCuocKiemTra: -4 };
  }, [{ path: '/sections/kiemTraGiamSat/indicators/soCuocKiemTra', code: 'minimum' }]),

  // ---- Nominations ----
  chienSi('Đề nghị “Chiến sĩ thi đua cấp tỉnh” trong đợt khen thưởng chuyên đề', (d) => {
    d.phase = 'chuyen-de';
  }, [{ path: '/awardForm', code: 'award-not-allowed-in-phase', clause: true }]),

  chienSi('Đề nghị danh hiệu “Chiến sĩ thi đua cấp tỉnh” cho một tập thể', (d) => {
    const collective = structuredClone((nominationTrangBom as NominationSubmission).nominees[0]!);
    collective.id = 'n3';
    d.nominees.push(collective);
  }, [{ path: '/nominees/2', code: 'award-not-allowed-for-type', clause: true }]),

  bangKhen('Đề nghị “Cờ thi đua của Chính phủ” cho cá nhân', (d) => {
    d.awardForm = 'co-thi-dua-chinh-phu';
  }, [
    { path: '/nominees/2', code: 'award-not-allowed-for-type', clause: true },
    { path: '/nominees/3', code: 'award-not-allowed-for-type', clause: true },
  ]),

  chienSi('Phiếu đồng ý “Chiến sĩ thi đua cấp tỉnh” 9/11, Hội đồng họp 10/02/2023: tỷ lệ theo Nghị định 91/2017 chưa đối chiếu được, chỉ cảnh báo', (d) => {
    d.nominees[1]!.votesAgree = 9;
  }, [{ path: '/nominees/1/votesAgree', code: 'vote-share-unverified', clause: true }]),

  bangKhen('Đề nghị khen thưởng hộ gia đình (Kế hoạch chỉ khen thưởng tập thể, cá nhân)', (d) => {
    d.nominees.push(structuredClone(household));
  }, [
    { path: '/nominees/4', code: 'award-not-allowed-for-type', clause: true },
    { path: '/nominees/4/group', code: 'group-not-allowed-for-type', clause: true },
  ]),

  bangKhen('Tập thể được xếp vào nhóm “công nhân, nông dân, người lao động trực tiếp”', (d) => {
    d.nominees[1]!.group = 'nguoi-lao-dong-truc-tiep';
    d.nominees[1]!.criteriaMet = ['ldtt-dan-dau'];
  }, [{ path: '/nominees/1/group', code: 'group-not-allowed-for-type', clause: true }]),

  bangKhen('Tiêu chí ngành giáo dục ghi cho đối tượng nhóm kinh tế - xã hội', (d) => {
    d.nominees[0]!.criteriaMet = ['ktxh-cong-trang-2022', 'gddt-thanh-tich-nam-hoc'];
  }, [{ path: '/nominees/0/criteriaMet/1', code: 'criterion-not-in-group', clause: true }]),

  bangKhen('Số phiếu đồng ý nhiều hơn tổng số thành viên Hội đồng', (d) => {
    d.nominees[3]!.votesAgree = 18;
  }, [{ path: '/nominees/3/votesAgree', code: 'votes-exceed-members' }]),

  bangKhen('Biên bản ghi số thành viên có mặt nhiều hơn tổng số thành viên', (d) => {
    d.councilMinutes.membersPresent = 19;
  }, [{ path: '/councilMinutes/membersPresent', code: 'present-exceed-total' }]),

  bangKhen('Họ tên cá nhân để trống', (d) => {
    const n = d.nominees[2]!;
    if (n.type === 'individual') n.profile.fullName = '  ';
  }, [{ path: '/nominees/2/profile/fullName', code: 'required' }]),

  // ---- Rounds are time windows ----
  // Quý II: “Trình hồ sơ đề nghị khen thưởng cấp Nhà nước về kinh tế - xã hội năm 2022” (mục II.2): the 2022 round closes with Quý II.
  bangKhen('Hồ sơ khen thưởng thành tích năm 2022 đề ngày 15/8/2023 (Kế hoạch xét trong Quý I, Quý II)', (d) => {
    d.header.date = '2023-08-15';
  }, [{ path: '/header/date', code: 'date-outside-round', clause: true }]),

  // “Báo cáo năm 2023”: the yearly report of this plan is the 2023 one.
  reportYear('Báo cáo năm ghi năm 2024', (d) => {
    d.period.year = 2024;
  }, [{ path: '/period/year', code: 'year-out-of-range', clause: true }]),

  // ---- Levels and routes: who files with whom ----
  // III.2, gạch đầu dòng thứ 3: Sở Nội vụ (Ban Thi đua - Khen thưởng) “thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng”.
  chienSi('Hồ sơ Chiến sĩ thi đua cấp tỉnh gửi Sở Lao động - Thương binh và Xã hội, không gửi Chủ tịch UBND tỉnh (qua Sở Nội vụ)', (d) => {
    d.coverLetter.to = ['Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai'];
  }, [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }]),

  // Đoạn kết: “báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng)”.
  report6('Báo cáo 6 tháng gửi Ban Thi đua - Khen thưởng Trung ương, không gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ)', (d) => {
    d.to = ['Ban Thi đua - Khen thưởng Trung ương'];
  }, [{ path: '/to', code: 'report-wrong-recipient', clause: true }]),
  // ---- The law in force on the council's date (regime boundaries 01/01/2024 and 01/7/2025) ----
  // Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30: Chiến sĩ thi đua bộ, ban, ngành, tỉnh “phải có tỷ lệ phiếu đồng ý
  // … từ 90% trở lên tính trên tổng số thành viên của Hội đồng”; it took force on 01/01/2024 and gave way to
  // Nghị định 152/2025/NĐ-CP on 01/7/2025 (Điều 59 of that decree).
  chienSi('Hội đồng họp 31/12/2023, phiếu 9/11: còn Nghị định 91/2017, tỷ lệ chưa đối chiếu được, chỉ cảnh báo', (d) => {
    d.councilMinutes.date = '2023-12-31';
    d.header.date = '2023-12-31';
    d.nominees[1]!.votesAgree = 9;
  }, [{ path: '/nominees/1/votesAgree', code: 'vote-share-unverified', clause: true }]),

  chienSi('Hội đồng họp 01/01/2024, phiếu 9/11: Nghị định 98/2023 “từ 90% trở lên tính trên tổng số thành viên của Hội đồng”', (d) => {
    d.councilMinutes.date = '2024-01-01';
    d.header.date = '2024-01-02';
    d.nominees[1]!.votesAgree = 9;
  }, [{ path: '/nominees/1/votesAgree', code: 'vote-share-too-low', clause: true }]),

  chienSi('Hội đồng họp 30/6/2025, phiếu 9/11: ngày cuối của Nghị định 98/2023 “từ 90% trở lên”', (d) => {
    d.councilMinutes.date = '2025-06-30';
    d.header.date = '2025-06-30';
    d.nominees[1]!.votesAgree = 9;
  }, [{ path: '/nominees/1/votesAgree', code: 'vote-share-too-low', clause: true }]),

  chienSi('Hội đồng họp 01/7/2025, phiếu 9/11: Nghị định 152/2025 có hiệu lực, tỷ lệ chưa đối chiếu được, chỉ cảnh báo', (d) => {
    d.councilMinutes.date = '2025-07-01';
    d.header.date = '2025-07-01';
    d.nominees[1]!.votesAgree = 9;
  }, [{ path: '/nominees/1/votesAgree', code: 'vote-share-unverified', clause: true }]),
];
