// Invalid fixtures for the Lâm Đồng plan (QĐ 1479/QĐ-UBND): each starts from a valid example
// (structuredClone) and breaks one rule of the plan or of the schema, naming the errors it must produce.

import type { CollectiveNominee, IndividualNominee, InvalidFixture, NominationSubmission, ReportSubmission } from '@thidua/core';
import { largeLamDongDossier, nominationDamRong2023, nominationSoLdtbxh2025, reportDamRong2023 } from './examples.js';

function report(name: string, mutate: (d: ReportSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture {
  const data: ReportSubmission = structuredClone(reportDamRong2023);
  mutate(data);
  return { name, kind: 'report', data, expect };
}

function nomination(name: string, mutate: (d: NominationSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture {
  const data: NominationSubmission = structuredClone(nominationDamRong2023);
  mutate(data);
  return { name, kind: 'nomination', data, expect };
}

function nominationSo(name: string, mutate: (d: NominationSubmission) => void, expect: InvalidFixture['expect']): InvalidFixture {
  const data: NominationSubmission = structuredClone(nominationSoLdtbxh2025);
  mutate(data);
  return { name, kind: 'nomination', data, expect };
}

function collective(d: NominationSubmission, i: number): CollectiveNominee {
  const n = d.nominees[i];
  if (n?.type !== 'collective') throw new Error(`fixture: nominee ${i} is not a collective`);
  return n;
}

function individual(d: NominationSubmission, i: number): IndividualNominee {
  const n = d.nominees[i];
  if (n?.type !== 'individual') throw new Error(`fixture: nominee ${i} is not an individual`);
  return n;
}

function evidence(d: NominationSubmission, i: number) {
  const n = d.nominees[i];
  if (!n?.evidence) throw new Error(`fixture: nominee ${i} has no evidence`);
  return n.evidence;
}

export const invalid: InvalidFixture[] = [
  nomination('Biên bản họp Hội đồng đề ngày sau ngày tờ trình', (d) => {
    d.councilMinutes.date = '2023-10-21';
    d.header.date = '2023-10-20';
  }, [{ path: '/councilMinutes/date', code: 'date-order' }]),

  // ---- Routes and runs: 2023 route through Sở LĐTBXH; "3 năm liên tục trước khi trình" ----
  nomination('Sở Xây dựng tự trình Bằng khen tỉnh trong sơ kết 2023 (phải qua Sở Lao động - Thương binh và Xã hội lựa chọn)', (d) => {
    d.header.parentAgency = 'UBND TỈNH LÂM ĐỒNG';
    d.header.agency = 'Sở Xây dựng tỉnh Lâm Đồng';
    d.header.unitType = 'so-ban-nganh';
    delete d.header.unitCode;
    d.header.number = '45/TTr-SXD';
    d.nominees = d.nominees.filter((n) => n.type !== 'household');
  }, [{ path: '/nominees', code: 'quota-max', clause: true }]),

  nomination('Xã Đạ Tông chứng minh giảm nghèo bằng số liệu cũ 2015–2018, không phải 3 năm liền trước năm đề nghị 2023', (d) => {
    const ev = evidence(d, 0);
    ev['tyLeNgheoDaChieu'] = (ev['tyLeNgheoDaChieu'] ?? []).map((r) => ({ ...r, year: r.year - 4 }));
    delete ev['quyMoHoNgheoCanNgheo'];
  }, [{ path: '/nominees/0/evidence/tyLeNgheoDaChieu', code: 'threshold-not-met', clause: true }]),

  // ---- Report ----
  report('Báo cáo năm 2023 đề ngày 20/11/2023, sau hạn “trước ngày 15 tháng 11 hằng năm”', (d) => {
    d.header.date = '2023-11-20';
  }, [{ path: '/header/date', code: 'deadline-late', clause: true }]),

  report('Báo cáo để trống mục V.1 “Ưu điểm”', (d) => {
    d.sections['uuDiem'] = { text: '   ' };
  }, [{ path: '/sections/uuDiem/text', code: 'required' }]),

  report('Báo cáo ghi đơn vị huyện Đam Rông nhưng chọn loại đơn vị “Thành phố”', (d) => {
    d.header.unitType = 'thanh-pho';
  }, [{ path: '/header/unitCode', code: 'unit-type-mismatch' }]),

  report('Báo cáo do doanh nghiệp gửi (Kế hoạch giao báo cáo cho sở, ban, ngành, MTTQ, đoàn thể tỉnh, UBND huyện, thành phố, cơ quan liên quan)', (d) => {
    delete d.header.parentAgency;
    d.header.agency = 'Công ty TNHH Cà phê Đam Rông';
    d.header.unitType = 'doanh-nghiep-htx';
    delete d.header.unitCode;
    d.header.number = '12/BC-CT';
  }, [{ path: '/header/unitType', code: 'reporter-not-allowed', clause: true }]),

  report('Báo cáo năm 2026, ngoài giai đoạn Phong trào 2022 - 2025', (d) => {
    d.period.year = 2026;
    d.header.date = '2026-11-05';
  }, [{ path: '/period/year', code: 'year-out-of-range', clause: true }]),

  report('Báo cáo năm 2023 có tỷ lệ nghèo đa chiều chỉ giảm 0,6% (chỉ tiêu duy trì mức giảm 1,0 - 1,5%/năm)', (d) => {
    const s = d.sections['giamNgheo'];
    if (s?.indicators) s.indicators['mucGiamTyLeNgheoDaChieu'] = 0.6;
  }, [{ path: '/sections/giamNgheo/indicators/mucGiamTyLeNgheoDaChieu', code: 'target-not-met', clause: true }]),

  report('Báo cáo năm 2023 bỏ trống mức giảm tỷ lệ nghèo đa chiều (số liệu bắt buộc của mục II.1)', (d) => {
    const s = d.sections['giamNgheo'];
    if (s?.indicators) delete s.indicators['mucGiamTyLeNgheoDaChieu'];
  }, [{ path: '/sections/giamNgheo/indicators/mucGiamTyLeNgheoDaChieu', code: 'indicator-missing', clause: true }]),

  // ---- Nomination: quotas ----
  {
    name: 'Huyện Đam Rông đề nghị 12 trường hợp trong sơ kết 2023 (không quá 04 trường hợp)',
    kind: 'nomination',
    data: largeLamDongDossier(12),
    expect: [{ path: '/nominees', code: 'quota-max', clause: true }],
  },

  nomination('UBND thành phố Bảo Lộc đề nghị 03 trường hợp trong sơ kết 2023 (các thành phố không quá 02 trường hợp)', (d) => {
    d.header.agency = 'Ủy ban nhân dân thành phố Bảo Lộc';
    d.header.unitType = 'thanh-pho';
    delete d.header.unitCode;
    d.header.place = 'Bảo Lộc';
    d.nominees = d.nominees.slice(0, 3);
  }, [{ path: '/nominees', code: 'quota-max', clause: true }]),

  nomination('UBND huyện Lạc Dương đề nghị 04 trường hợp trong sơ kết 2023 (các huyện không quá 03 trường hợp; chỉ huyện Đam Rông được 04)', (d) => {
    d.header.agency = 'Ủy ban nhân dân huyện Lạc Dương';
    delete d.header.unitCode;
    d.header.place = 'Lạc Dương';
  }, [{ path: '/nominees', code: 'quota-max', clause: true }]),

  {
    name: 'Huyện Đam Rông đề nghị 06 trường hợp trong tổng kết 2025 (không quá 05 trường hợp)',
    kind: 'nomination',
    data: (() => {
      const d = largeLamDongDossier(6);
      d.phase = 'tong-ket-2025';
      d.header.date = '2025-02-20';
      return d;
    })(),
    expect: [{ path: '/nominees', code: 'quota-max', clause: true }],
  },

  nominationSo('Sở Lao động - Thương binh và Xã hội đề nghị Bằng khen tỉnh sơ kết 2023 chỉ cho 02 tập thể (phải từ 03 đến 05 tập thể)', (d) => {
    d.phase = 'so-ket-2023';
    d.awardForm = 'bang-khen-chu-tich-ubnd-tinh';
    d.header.date = '2023-10-25';
    d.councilMinutes.date = '2023-10-20';
    for (const n of d.nominees) n.reportDate = '2023-10-16';
    // A fourth individual keeps the individuals within 04–06, so only the collectives fall short.
    const extra: IndividualNominee = structuredClone(d.nominees[4] as IndividualNominee);
    extra.id = 'c4';
    extra.profile.fullName = 'Đinh Thị Thu Trang';
    extra.profile.gender = 'nu';
    extra.profile.birthDate = '1988-06-02';
    extra.confirmations['nguoiBaoCao'] = { title: 'CHUYÊN VIÊN', fullName: 'Đinh Thị Thu Trang' };
    d.nominees.push(extra);
  }, [{ path: '/nominees', code: 'quota-min', clause: true }]),

  nominationSo('Sở Nông nghiệp và Phát triển nông thôn đề nghị 02 tập thể trong tổng kết 2025 (mỗi sở chọn 01 tập thể)', (d) => {
    d.header.agency = 'Sở Nông nghiệp và Phát triển nông thôn';
    delete d.header.unitCode;
    d.header.number = '48/TTr-SNN';
    collective(d, 0).name = 'Chi cục Phát triển nông thôn, Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng';
    collective(d, 1).name = 'Trung tâm Khuyến nông tỉnh Lâm Đồng';
    d.nominees = d.nominees.slice(0, 4); // 02 tập thể, 02 cá nhân
  }, [{ path: '/nominees', code: 'quota-max', clause: true }]),

  // ---- Nomination: thresholds ----
  nomination('Xã đặc biệt khó khăn có một năm chỉ giảm 1,2% tỷ lệ nghèo và quy mô hộ nghèo, cận nghèo giảm chưa tới 50%', (d) => {
    const ev = evidence(d, 0);
    ev['tyLeNgheoDaChieu'] = [
      { year: 2019, value: 31.45 },
      { year: 2020, value: 28.37 },
      { year: 2021, value: 23.68 },
      { year: 2022, value: 22.48 },
    ];
  }, [{ path: '/nominees/0/evidence/tyLeNgheoDaChieu', code: 'threshold-not-met', clause: true }]),

  nomination('Xã đặc biệt khó khăn không kê khai số liệu chứng minh tiêu chí giảm nghèo', (d) => {
    delete d.nominees[0]!.evidence;
  }, [{ path: '/nominees/0/evidence', code: 'threshold-evidence-missing', clause: true }]),

  nomination('Xã khu vực vùng đồng bào dân tộc thiểu số có quy mô hộ nghèo, cận nghèo chỉ giảm 8% (phải giảm trên 50%)', (d) => {
    const n = collective(d, 0);
    n.category = 'xa-khu-vuc-dtts';
    n.criteriaMet = ['c-2'];
  }, [{ path: '/nominees/0/evidence/quyMoHoNgheoCanNgheo', code: 'threshold-not-met', clause: true }]),

  nomination('Thôn có quy mô hộ nghèo, cận nghèo chỉ giảm 40% so với đầu kỳ (phải giảm trên 50%)', (d) => {
    evidence(d, 2)['quyMoHoNgheoCanNgheo'] = [
      { year: 2021, value: 124 },
      { year: 2022, value: 98 },
      { year: 2023, value: 74 },
    ];
  }, [{ path: '/nominees/2/evidence/quyMoHoNgheoCanNgheo', code: 'threshold-not-met', clause: true }]),

  // ---- Nomination: award forms, groups, categories, criteria ----
  nomination('Đề nghị Huân chương Lao động cho hộ gia đình trong tổng kết 2025 (Huân chương Lao động không xét cho hộ gia đình)', (d) => {
    d.phase = 'tong-ket-2025';
    d.awardForm = 'huan-chuong-lao-dong';
    d.header.date = '2025-02-20';
  }, [{ path: '/nominees/3', code: 'award-not-allowed-for-type', clause: true }]),

  nomination('Đề nghị Bằng khen của Thủ tướng Chính phủ trong sơ kết 2023 (sơ kết chỉ xét Bằng khen của Chủ tịch UBND tỉnh, Giấy khen)', (d) => {
    d.awardForm = 'bang-khen-thu-tuong';
  }, [{ path: '/awardForm', code: 'award-not-allowed-in-phase', clause: true }]),

  nomination('Hộ gia đình khai nhóm “Cán bộ, công chức, viên chức, người làm công tác giảm nghèo”', (d) => {
    d.nominees[3]!.group = 'can-bo-giam-ngheo';
  }, [{ path: '/nominees/3/group', code: 'group-not-allowed-for-type', clause: true }]),

  nomination('Xã khai tiêu chí h-1 của doanh nghiệp, hợp tác xã', (d) => {
    d.nominees[0]!.criteriaMet = ['c-1', 'h-1'];
  }, [{ path: '/nominees/0/criteriaMet/1', code: 'criterion-not-in-group', clause: true }]),

  nomination('Xã không chọn phân loại (xã đặc biệt khó khăn, xã khu vực, xã khác)', (d) => {
    delete d.nominees[0]!.category;
  }, [{ path: '/nominees/0/category', code: 'category-required', clause: true }]),

  nomination('Thôn khai phân loại “Xã đặc biệt khó khăn” của nhóm cấp xã', (d) => {
    d.nominees[2]!.category = 'xa-dac-biet-kho-khan';
  }, [{ path: '/nominees/2/category', code: 'category-unknown', clause: true }]),

  nomination('Hồ sơ do UBND xã gửi thẳng lên tỉnh (Kế hoạch giao huyện, thành phố, sở, ngành, đoàn thể tỉnh đề nghị)', (d) => {
    d.header.parentAgency = 'UBND HUYỆN ĐAM RÔNG';
    d.header.agency = 'Ủy ban nhân dân xã Đạ Tông';
    d.header.unitType = 'xa';
    delete d.header.unitCode;
    d.header.place = 'Đạ Tông';
  }, [{ path: '/header/unitType', code: 'submitter-not-allowed', clause: true }]),

  // ---- Nomination: council minutes and dossier consistency ----
  nomination('Số phiếu đồng ý (17) nhiều hơn tổng số thành viên Hội đồng (15)', (d) => {
    d.nominees[1]!.votesAgree = 17;
  }, [{ path: '/nominees/1/votesAgree', code: 'votes-exceed-members' }]),

  nomination('Số thành viên có mặt (17) nhiều hơn tổng số thành viên Hội đồng (15)', (d) => {
    d.councilMinutes.membersPresent = 17;
  }, [{ path: '/councilMinutes/membersPresent', code: 'present-exceed-total' }]),

  nomination('Biên bản ghi giờ kết thúc (07:30) trước giờ bắt đầu (08:00)', (d) => {
    d.councilMinutes.endTime = '07:30';
  }, [{ path: '/councilMinutes/endTime', code: 'time-order' }]),

  nomination('Kết quả kiểm phiếu không khớp: 13 phiếu thu về nhưng chỉ 12 phiếu hợp lệ và 0 phiếu không hợp lệ', (d) => {
    d.councilMinutes.ballots = { issued: 13, returned: 13, valid: 12, invalid: 0 };
  }, [{ path: '/councilMinutes/ballots', code: 'ballots-inconsistent' }]),

  nomination('Hai đối tượng trùng mã “n1” trong hồ sơ', (d) => {
    d.nominees[2]!.id = 'n1';
  }, [{ path: '/nominees/2/id', code: 'duplicate-id' }]),

  nomination('Báo cáo thành tích hộ gia đình thiếu xác nhận của Ủy ban nhân dân xã', (d) => {
    delete d.nominees[3]!.confirmations['ubndXa'];
  }, [{ path: '/nominees/3/confirmations/ubndXa', code: 'confirmation-missing' }]),

  nomination('Họ tên chủ hộ chỉ gồm khoảng trắng', (d) => {
    const n = d.nominees[3];
    if (n?.type === 'household') n.profile.householder = '   ';
  }, [{ path: '/nominees/3/profile/householder', code: 'required' }]),

  // ---- Rounds are time windows, baselines are the plan's, dates in order ----
  // “Khen thưởng tổng kết Phong trào thi đua vào năm 2025” (mục IV.2.c): the 2025 quotas do not apply in 2023.
  nominationSo('Hồ sơ tổng kết 2025 đề ngày 20/10/2023 (“Khen thưởng tổng kết Phong trào thi đua vào năm 2025”)', (d) => {
    d.header.date = '2023-10-20';
    d.councilMinutes.date = '2023-10-17';
    for (const n of d.nominees) n.reportDate = '2023-10-10';
  }, [{ path: '/header/date', code: 'date-outside-round', clause: true }]),

  // “Khen thưởng sơ kết Phong trào thi đua vào năm 2023” (mục IV.2.c; V.3).
  nomination('Hồ sơ sơ kết 2023 đề ngày 10/3/2025 (“Khen thưởng sơ kết Phong trào thi đua vào năm 2023”)', (d) => {
    d.header.date = '2025-03-10';
  }, [{ path: '/header/date', code: 'date-outside-round', clause: true }]),

  // “Năm 2022: Ủy ban nhân dân tỉnh ban hành Kế hoạch” — Quyết định 1479/QĐ-UBND ngày 24/8/2022.
  nomination('Hồ sơ đề ngày 20/12/2021, trước khi Kế hoạch ban hành (Quyết định 1479/QĐ-UBND ngày 24/8/2022)', (d) => {
    d.header.date = '2021-12-20';
    d.councilMinutes.date = '2021-12-15';
    for (const n of d.nominees) n.reportDate = '2021-12-10';
  }, [{ path: '/header/date', code: 'date-before-plan', clause: true }]),

  nomination('Hồ sơ sơ kết đề ngày 20/10/2023 kê khai số liệu hộ nghèo, cận nghèo của thôn cho năm 2024 và 2025', (d) => {
    evidence(d, 2)['quyMoHoNgheoCanNgheo']!.push({ year: 2024, value: 41 }, { year: 2025, value: 30 });
  }, [
    { path: '/nominees/2/evidence/quyMoHoNgheoCanNgheo/3/year', code: 'year-after-date', clause: false },
    { path: '/nominees/2/evidence/quyMoHoNgheoCanNgheo/4/year', code: 'year-after-date', clause: false },
  ]),

  // “quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ” (mục IV.1.d): đầu kỳ is 2021, the start of giai đoạn 2021 - 2025.
  nomination('Thôn chỉ kê khai năm 2022 (120 hộ) và 2023 (50 hộ): “giảm trên 50% so với đầu kỳ” phải so với năm 2021', (d) => {
    evidence(d, 2)['quyMoHoNgheoCanNgheo'] = [{ year: 2022, value: 120 }, { year: 2023, value: 50 }];
  }, [{ path: '/nominees/2/evidence/quyMoHoNgheoCanNgheo', code: 'threshold-not-met', clause: true }]),

  // “Định kỳ trước ngày 15 tháng 11 hằng năm” (mục VI.6): a yearly report reports on a year already lived.
  report('Báo cáo năm 2025 đề ngày 08/11/2023 (số liệu của năm chưa tới)', (d) => {
    d.period.year = 2025;
  }, [{ path: '/period/year', code: 'year-after-date', clause: false }]),

  // “Năm 2023: … chủ động tiến hành sơ kết” (mục V.3): the mid-term report is the 2023 one.
  report('Báo cáo sơ kết năm 2023 ghi năm 2024', (d) => {
    d.period = { type: 'so-ket-2023', year: 2024 };
  }, [{ path: '/period/year', code: 'period-year-mismatch', clause: true }]),

  // Bad input: no date, and dates that contradict each other.
  nomination('Hồ sơ không ghi ngày tờ trình', (d) => {
    delete (d.header as Partial<NominationSubmission['header']>).date;
  }, [{ path: '/header/date', code: 'required', clause: false }]),

  nomination('Báo cáo thành tích của xã Đạ Tông đề ngày 25/10/2023, sau ngày tờ trình 20/10/2023', (d) => {
    d.nominees[0]!.reportDate = '2023-10-25';
  }, [{ path: '/nominees/0/reportDate', code: 'date-order', clause: false }]),

  // ---- Levels and routes: who files with whom ----
  // IV.2.e: “Sở Lao động Thương binh và Xã hội là đầu mối chủ trì, tiếp nhận, tổng hợp hồ sơ đề nghị khen thưởng theo chuyên đề này”.
  nomination('Hồ sơ của UBND huyện gửi thẳng Sở Nội vụ, không gửi Sở Lao động - Thương binh và Xã hội, “đầu mối chủ trì, tiếp nhận, tổng hợp hồ sơ”', (d) => {
    d.coverLetter.to = ['Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)'];
  }, [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }]),

  // IV.2.c: “Khen thưởng hằng năm: … các cơ quan, địa phương, đơn vị lựa chọn, xem xét tặng Giấy khen theo thẩm quyền”.
  nomination('UBND huyện trình tỉnh Giấy khen hằng năm, hình thức huyện “xem xét tặng … theo thẩm quyền”', (d) => {
    d.phase = 'hang-nam';
    d.awardForm = 'giay-khen';
  }, [{ path: '/coverLetter/to', code: 'route-wrong-addressee', clause: true }]),

  // The same sentence for “các cơ quan”: the department's director gives its Giấy khen; nothing goes to the province.
  nominationSo('Sở Lao động - Thương binh và Xã hội trình tỉnh Giấy khen hằng năm, hình thức sở “xem xét tặng … theo thẩm quyền”', (d) => {
    d.phase = 'hang-nam';
    d.awardForm = 'giay-khen';
  }, [{ path: '/awardForm', code: 'route-not-allowed', clause: true }]),

  // VI.6: “báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Lao động Thương binh và Xã hội … đồng thời gửi Sở Nội vụ (Ban Thi đua - Khen thưởng)”.
  report('Báo cáo năm gửi Ủy ban nhân dân tỉnh, không gửi Sở Lao động - Thương binh và Xã hội hay Sở Nội vụ', (d) => {
    d.to = ['Ủy ban nhân dân tỉnh Lâm Đồng'];
  }, [{ path: '/to', code: 'report-wrong-recipient', clause: true }]),

  // ---- Seed readings: the 2025 minimum and the condition on state-level awards ----
  nominationSo('Sở Tài chính gửi hồ sơ tổng kết 2025 chỉ có 01 cá nhân, không có tập thể (“lựa chọn 01 tập thể, 01 đến 02 cá nhân”)', (d) => {
    d.header.agency = 'Sở Tài chính';
    delete d.header.unitCode;
    d.header.number = '52/TTr-STC';
    d.nominees = d.nominees.filter((n) => n.type === 'individual').slice(0, 1);
  }, [{ path: '/nominees', code: 'quota-min', clause: true }]),

  nominationSo('Sở Lao động - Thương binh và Xã hội gửi hồ sơ tổng kết 2025 chỉ 01 tập thể, 03 cá nhân (“Riêng Sở Lao động Thương binh và Xã hội lựa chọn 02 tập thể, 03 cá nhân”)', (d) => {
    d.nominees = d.nominees.filter((n, i) => n.type !== 'collective' || i === 0);
  }, [{ path: '/nominees', code: 'quota-min', clause: true }]),

  nomination('Huyện Đam Rông đề nghị Huân chương Lao động trong sơ kết 2023 (“Khen thưởng cấp Nhà nước: thực hiện khi có hướng dẫn của Ban Thi đua - Khen thưởng Trung ương”)', (d) => {
    d.awardForm = 'huan-chuong-lao-dong';
  }, [{ path: '/awardForm', code: 'award-not-allowed-in-phase', clause: true }]),
  // ---- National law cited as in force on the dossier's date ----
  // Mục IV.2.a: "Hình thức khen thưởng: - Huân chương Lao động; …"; the Labour Order has no household
  // route in the law of any regime, so each dossier below fails, citing the law of its own date.
  nomination('Huân chương Lao động cho hộ gia đình, hồ sơ ngày 20/10/2023: căn cứ Luật Thi đua, Khen thưởng 2003 và Nghị định 91/2017', (d) => {
    d.awardForm = 'huan-chuong-lao-dong';
  }, [{ path: '/nominees/3', code: 'award-not-allowed-for-type', clause: true }]),

  nomination('Huân chương Lao động cho hộ gia đình, hồ sơ tổng kết ngày 15/7/2025: căn cứ Luật Thi đua, Khen thưởng 2022, Điều 44 và Nghị định 152/2025', (d) => {
    d.phase = 'tong-ket-2025';
    d.awardForm = 'huan-chuong-lao-dong';
    d.councilMinutes.date = '2025-07-10';
    d.header.date = '2025-07-15';
  }, [{ path: '/nominees/3', code: 'award-not-allowed-for-type', clause: true }]),
  // "Căn cứ" must name the law in force on the dossier's date (Nghị định 98/2023/NĐ-CP took force on
  // 01/01/2024 and gave way to Nghị định 152/2025/NĐ-CP on 01/7/2025).
  nomination('Hồ sơ ngày 20/10/2023 căn cứ Nghị định 98/2023/NĐ-CP, chưa có hiệu lực', (d) => {
    d.coverLetter.legalBases[1] = 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
  }, [{ path: '/coverLetter/legalBases/1', code: 'legal-basis-not-in-force', clause: true }]),

  nominationSo('Hồ sơ tổng kết ngày 15/7/2025 vẫn căn cứ Nghị định 98/2023/NĐ-CP, đã được thay bằng Nghị định 152/2025/NĐ-CP', (d) => {
    d.councilMinutes.date = '2025-07-10';
    d.header.date = '2025-07-15';
  }, [{ path: '/coverLetter/legalBases/1', code: 'legal-basis-not-in-force', clause: true }]),
  // ---- Achievement figures ----
  nomination('Hộ ông Nông Văn Thịnh ghi mức cho vay “từ 40 đến 20 triệu đồng/hộ”: khoảng bị ngược', (d) => {
    d.nominees[3]!.figures = [{ what: 'Mức cho hộ nghèo vay không lấy lãi', value: 40, upTo: 20, unit: 'triệu đồng/hộ' }];
  }, [{ path: '/nominees/3/figures/0/upTo', code: 'figure-range-reversed' }]),

  // “giảm tỷ lệ nghèo đa chiều từ 1,5%/năm trở lên, trong 3 năm liên tục trước khi trình khen thưởng”: a “khoảng” figure is no yearly series.
  nomination('Xã Đạ Tông chỉ ghi “tỷ lệ hộ nghèo giảm khoảng 3%/năm”, không có số liệu từng năm (“giảm tỷ lệ nghèo đa chiều từ 1,5%/năm trở lên, trong 3 năm liên tục”)', (d) => {
    delete d.nominees[0]!.evidence;
    d.nominees[0]!.figures = [{ what: 'Tỷ lệ hộ nghèo đa chiều giảm bình quân mỗi năm', qualifier: 'khoang', value: 3, unit: '%', fromYear: 2020, toYear: 2022, indicator: 'tyLeNgheoDaChieu' }];
  }, [{ path: '/nominees/0/figures/0', code: 'threshold-figure-inexact', clause: true }]),

  nomination('Xã Đạ Tông ghi tỷ lệ hộ nghèo năm 2022 là 21,9% trong số liệu thành tích, 22,48% trong số liệu chứng minh tiêu chí', (d) => {
    d.nominees[0]!.figures = [{ what: 'Tỷ lệ hộ nghèo đa chiều cuối năm 2022', value: 21.9, unit: '%', year: 2022, indicator: 'tyLeNgheoDaChieu' }];
  }, [{ path: '/nominees/0/figures/0/value', code: 'figure-evidence-mismatch' }]),
  // ---- Identity and honours: who the nominee is, how an honour was given ----
  nomination('Báo cáo thành tích cá nhân không ghi ngày sinh, năm sinh hay tuổi', (d) => {
    delete individual(d, 1).profile.birthDate;
  }, [{ path: '/nominees/1/profile', code: 'any-required' }]),

  nomination('Cán bộ, công chức không ghi cơ quan, đơn vị công tác', (d) => {
    delete individual(d, 1).profile.workplace;
  }, [{ path: '/nominees/1/profile/workplace', code: 'required-when' }]),

  nomination('Danh hiệu đã nhận không có quyết định, cũng không ghi cách được ghi nhận', (d) => {
    const row = individual(d, 1).pastAwards.emulationTitles[0]!;
    delete row.decision;
  }, [{ path: '/nominees/1/pastAwards/emulationTitles/0', code: 'any-required' }]),

  nomination('Công dân đề nghị theo nhóm “g) Đối với cán bộ, công chức, viên chức, người làm công tác giảm nghèo:”', (d) => {
    individual(d, 1).profile.standing = 'citizen';
  }, [{ path: '/nominees/1/group', code: 'standing-not-in-group', clause: true }]),

  // ---- Real documents: template lines and outline parts a real document lacks (warnings) ----
  nomination('Báo cáo thành tích của xã Đạ Tông không có dòng “Trụ sở chính” và “Quá trình thành lập và phát triển” của mẫu báo cáo thành tích tập thể (Nghị định 91/2017/NĐ-CP, Mẫu số 01, mục I)', (d) => {
    const c = d.nominees[0] as CollectiveNominee;
    delete c.profile.headquarters;
    delete c.profile.history;
  }, [
    { path: '/nominees/0/profile/headquarters', code: 'template-line-missing', clause: true },
    { path: '/nominees/0/profile/history', code: 'template-line-missing', clause: true },
  ]),
  report('Báo cáo năm 2023 không có phần “Ưu điểm” của đề cương (mục VI.6: báo cáo tình hình tổ chức thực hiện Phong trào thi đua)', (d) => {
    delete (d.sections as Record<string, unknown>)['uuDiem'];
  }, [{ path: '/sections/uuDiem', code: 'section-missing', clause: true }]),
];
