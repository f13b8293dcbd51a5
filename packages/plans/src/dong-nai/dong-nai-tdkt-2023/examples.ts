// Valid, realistic submissions for Kế hoạch 274/KH-UBND (công tác thi đua, khen thưởng năm 2023).
// Units and people are illustrative; unit names are those of Đồng Nai in 2023.

import type { NominationSubmission, PlanExample, ReportSubmission } from '@thidua/core';

const LEGAL_BASES = [
  'Luật Thi đua, Khen thưởng năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005 và năm 2013',
  'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng',
  'Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP',
  'Kế hoạch số 274/KH-UBND ngày 23 tháng 12 năm 2022 của UBND tỉnh về công tác thi đua, khen thưởng năm 2023',
];

export const reportLongKhanh6Thang = {
  planId: 'dong-nai-tdkt-2023',
  kind: 'report',
  schemaVersion: '1.0.0',
  header: {
    parentAgency: 'TỈNH ĐỒNG NAI',
    agency: 'ỦY BAN NHÂN DÂN THÀNH PHỐ LONG KHÁNH',
    unitType: 'thanh-pho',
    number: '156/BC-UBND',
    place: 'Long Khánh',
    date: '2023-06-14',
  },
  period: { type: 'sau-thang-2023', year: 2023 },
  to: ['Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Nội vụ (Ban Thi đua - Khen thưởng)'],
  sections: {
    toChucPhongTrao: {},
    lanhDaoXayDungKeHoach: {
      text: 'UBND thành phố ban hành Kế hoạch số 58/KH-UBND ngày 10/3/2023 về công tác thi đua, khen thưởng năm 2023 và gửi Sở Nội vụ (Ban Thi đua - Khen thưởng) đúng thời hạn; 15/15 phường, xã và 100% cơ quan, đơn vị trực thuộc xây dựng kế hoạch, phát động thi đua ngay từ đầu năm.',
    },
    phongTraoThuongXuyen: {
      text: 'Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023 gắn với các chỉ tiêu Nghị quyết Đại hội Đảng bộ thành phố; 6 tháng đầu năm tổng thu ngân sách trên địa bàn đạt 54,2% dự toán.',
      indicators: { soPhongTraoPhatDong: 9 },
    },
    phongTraoChuyenDe: {},
    nongThonMoi: {
      text: 'Tiếp tục duy trì, nâng chất các tiêu chí của 05 xã đạt chuẩn nông thôn mới nâng cao; xã Bảo Quang đang hoàn thiện hồ sơ đề nghị công nhận xã nông thôn mới kiểu mẫu.',
    },
    viNguoiNgheo: {
      text: 'Tổ chức sơ kết 03 năm thực hiện phong trào; tỷ lệ hộ nghèo theo chuẩn của tỉnh còn 0,61%; vận động Quỹ “Vì người nghèo” được 1.245 triệu đồng.',
    },
    doanhNghiepHoiNhap: {
      text: 'Tổ chức 02 buổi đối thoại với doanh nghiệp, tháo gỡ 17 kiến nghị về thủ tục đất đai, xây dựng; thành lập mới 112 doanh nghiệp trong 6 tháng.',
    },
    vanHoaCongSo: {
      text: '100% cơ quan, đơn vị thực hiện quy tắc ứng xử, đeo thẻ công chức và niêm yết công khai thủ tục hành chính; không có trường hợp vi phạm văn hóa công sở bị phản ánh.',
    },
    caiCachHanhChinh: {
      text: 'Tỷ lệ hồ sơ giải quyết đúng hạn tại Bộ phận một cửa thành phố đạt 99,3%; triển khai thanh toán trực tuyến phí, lệ phí tại 15/15 phường, xã, góp phần nâng cao chỉ số Par Index, PCI và Papi của tỉnh.',
    },
    phongTraoChuyenDeKhac: {
      text: 'Phong trào thi đua “Long Khánh chung tay xây dựng đô thị văn minh” được các phường hưởng ứng với 43 tuyến đường hoa, đường sáng - xanh - sạch - đẹp.',
    },
    hoatDongCumKhoi: {
      text: 'Thành phố tham gia ký kết giao ước thi đua năm 2023 trong Cụm thi đua các huyện, thành phố của tỉnh; hoàn thành báo cáo, chấm điểm thi đua năm 2022 theo hướng dẫn của Cụm trưởng.',
    },
    kyNiemNgayLe: {
      text: 'Tổ chức các hoạt động chào mừng Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh và 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023), tuyên dương 25 điển hình tiên tiến.',
    },
    congTacKhenThuong: {},
    ketQuaKhenThuong: {},
    khenThuongCapNhaNuoc: {
      text: 'Đã trình UBND tỉnh hồ sơ đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 01 tập thể và 01 cá nhân về thành tích kinh tế - xã hội năm 2022; chưa có quyết định trong kỳ báo cáo.',
      indicators: { soHuanChuongLaoDong: 0, soBangKhenThuTuong: 0, soCoThiDuaChinhPhu: 0 },
    },
    khenThuongCapTinh: {
      text: 'Được Chủ tịch UBND tỉnh công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2022 cho 02 cá nhân và tặng Bằng khen cho 06 tập thể, 11 cá nhân.',
      indicators: { soChienSiThiDuaCapTinh: 2, soBangKhenChuTichTinh: 17 },
    },
    khenThuongTheoThamQuyen: {
      text: 'Chủ tịch UBND thành phố tặng Giấy khen cho 78 tập thể, 214 cá nhân về thành tích năm 2022 và các đợt thi đua.',
      indicators: { soKhenThuongTheoThamQuyen: 292 },
    },
    khenThuongChuyenDeDotXuat: {
      text: 'Khen thưởng chuyên đề 41 trường hợp (sơ kết phong trào “Vì người nghèo”, công tác tuyển quân năm 2023); khen thưởng đột xuất 05 trường hợp (phá án, cứu người trong vụ cháy nhà tại phường Xuân Trung).',
      indicators: { soKhenThuongChuyenDe: 41, soKhenThuongDotXuat: 5 },
    },
    khenThuongNguoiLaoDong: {
      text: 'Khen thưởng 18 tổ, ấp, khu phố và 96 công nhân, nông dân, người lao động trực tiếp, chiếm 32,9% tổng số cá nhân được khen.',
      indicators: { soKhenThuongTapTheNho: 18, soKhenThuongNguoiLaoDongTrucTiep: 96 },
    },
    thucHienQuyDinhKhenThuong: {
      text: 'Việc bình xét khen thưởng được thực hiện công khai tại Hội đồng Thi đua - Khen thưởng thành phố, đúng quy trình, đúng đối tượng; không có đơn thư khiếu nại về khen thưởng.',
    },
    dienHinhTienTien: {},
    tuyenTruyen: {
      text: 'Đài Truyền thanh thành phố duy trì chuyên mục “Người tốt, việc tốt” hằng tuần; đăng 36 tin, bài về phong trào thi đua trên Cổng thông tin điện tử thành phố.',
    },
    nhanRongDienHinh: {
      text: 'Tuyên dương, giới thiệu 25 điển hình tiên tiến tại Lễ kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc; nhân rộng mô hình “Dân vận khéo” trong vận động hiến đất làm đường.',
      indicators: { soDienHinhTienTien: 25 },
    },
    hoiDongKiemTra: {},
    hoatDongHoiDong: {
      text: 'Hội đồng Thi đua - Khen thưởng thành phố họp 03 phiên xét khen thưởng tổng kết năm 2022, chuyên đề và đột xuất; kiện toàn thành viên Hội đồng do thay đổi nhân sự.',
      indicators: { soCuocHopHoiDong: 3 },
    },
    kiemTraGiamSat: {
      text: 'Ban hành kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2023; đã kiểm tra 04 phường, xã, qua đó chấn chỉnh việc lưu trữ hồ sơ khen thưởng chưa đầy đủ.',
      indicators: { soCuocKiemTra: 4 },
    },
    tapHuanNghiepVu: {
      text: 'Cử 02 công chức Phòng Nội vụ dự tập huấn nghiệp vụ thi đua, khen thưởng do Ban Thi đua - Khen thưởng tỉnh tổ chức.',
    },
    danhGiaChung: {},
    uuDiem: {
      text: 'Các phong trào thi đua được phát động sớm, có nội dung, chỉ tiêu cụ thể; khen thưởng kịp thời, chú trọng người lao động trực tiếp và tập thể nhỏ.',
    },
    tonTaiHanChe: {
      text: 'Một số đơn vị phát động thi đua còn hình thức, chưa có sơ kết; hồ sơ đề nghị khen thưởng một số trường hợp gửi chậm. Nguyên nhân: công chức làm công tác thi đua, khen thưởng ở phường, xã kiêm nhiệm nhiều việc.',
    },
    phuongHuong: {},
    phuongHuongNhiemVu: {
      text: 'Tập trung thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2023; tổ chức sơ kết phong trào thi đua 6 tháng; chuẩn bị hồ sơ khen thưởng ngành Giáo dục và Đào tạo năm học 2022 - 2023; kiểm tra công tác thi đua, khen thưởng tại 05 đơn vị còn lại.',
    },
    deXuatKienNghi: {
      text: 'Đề nghị Ban Thi đua - Khen thưởng tỉnh tổ chức tập huấn chuyên sâu về Luật Thi đua, Khen thưởng năm 2022 cho cán bộ cấp xã trước khi Luật có hiệu lực.',
    },
  },
  signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Thị Hồng Nhung' },
  recipients: ['Như trên', 'Thường trực Thành ủy', 'Hội đồng Thi đua - Khen thưởng thành phố', 'Lưu: VT, NV'],
} satisfies ReportSubmission;

export const reportSoYTeNam = {
  ...structuredClone(reportLongKhanh6Thang),
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'SỞ Y TẾ',
    unitType: 'so-ban-nganh',
    number: '5128/BC-SYT',
    place: 'Đồng Nai',
    date: '2023-12-13',
  },
  period: { type: 'nam-2023', year: 2023 },
  sections: {
    ...structuredClone(reportLongKhanh6Thang.sections),
    lanhDaoXayDungKeHoach: {
      text: 'Sở Y tế ban hành Kế hoạch số 612/KH-SYT ngày 08/3/2023 về công tác thi đua, khen thưởng năm 2023, gửi Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 15/3/2023; 100% đơn vị trực thuộc ký kết giao ước thi đua.',
    },
    phongTraoThuongXuyen: {
      text: 'Phát động phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”; tỷ lệ hài lòng của người bệnh nội trú đạt 93,6%.',
      indicators: { soPhongTraoPhatDong: 6 },
    },
    nongThonMoi: { text: '100% xã đạt tiêu chí y tế trong bộ tiêu chí nông thôn mới; 71 trạm y tế xã được sửa chữa, bổ sung trang thiết bị.' },
    viNguoiNgheo: { text: 'Cấp miễn phí 100% thẻ bảo hiểm y tế cho người thuộc hộ nghèo; các bệnh viện khám, phát thuốc miễn phí cho 4.820 lượt người nghèo.' },
    doanhNghiepHoiNhap: { text: 'Hướng dẫn 58 doanh nghiệp dược, trang thiết bị y tế hoàn thiện thủ tục cấp phép trực tuyến; rút ngắn 30% thời gian giải quyết.' },
    vanHoaCongSo: { text: '100% cơ sở khám, chữa bệnh công lập thực hiện quy tắc ứng xử của công chức, viên chức, người lao động ngành y tế.' },
    caiCachHanhChinh: { text: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,1%; 100% bệnh viện công lập triển khai thanh toán viện phí không dùng tiền mặt.' },
    phongTraoChuyenDeKhac: { text: 'Phong trào thi đua phòng, chống dịch sốt xuất huyết năm 2023 được triển khai tại tất cả các xã, phường, thị trấn trên địa bàn tỉnh.' },
    hoatDongCumKhoi: { text: 'Sở Y tế tham gia Khối thi đua các cơ quan văn hóa - xã hội của tỉnh; ký kết giao ước thi đua, tham dự sơ kết 6 tháng và tự chấm điểm thi đua năm 2023.' },
    kyNiemNgayLe: { text: 'Tổ chức kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2023) và hưởng ứng 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.' },
    khenThuongCapNhaNuoc: {
      text: 'Được Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể, 02 cá nhân; Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 01 tập thể.',
      indicators: { soHuanChuongLaoDong: 1, soBangKhenThuTuong: 3, soCoThiDuaChinhPhu: 0 },
    },
    khenThuongCapTinh: {
      text: 'Chủ tịch UBND tỉnh công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 04 cá nhân; tặng Bằng khen cho 09 tập thể, 27 cá nhân.',
      indicators: { soChienSiThiDuaCapTinh: 4, soBangKhenChuTichTinh: 36 },
    },
    khenThuongTheoThamQuyen: {
      text: 'Giám đốc Sở tặng Giấy khen cho 64 tập thể, 402 cá nhân.',
      indicators: { soKhenThuongTheoThamQuyen: 466 },
    },
    khenThuongChuyenDeDotXuat: {
      text: 'Khen thưởng chuyên đề 52 trường hợp trong phòng, chống dịch sốt xuất huyết; khen thưởng đột xuất 07 trường hợp cấp cứu thành công người bệnh nguy kịch.',
      indicators: { soKhenThuongChuyenDe: 52, soKhenThuongDotXuat: 7 },
    },
    khenThuongNguoiLaoDong: {
      text: 'Khen thưởng 21 khoa, phòng, trạm y tế và 138 nhân viên y tế trực tiếp, hộ lý, điều dưỡng.',
      indicators: { soKhenThuongTapTheNho: 21, soKhenThuongNguoiLaoDongTrucTiep: 138 },
    },
    thucHienQuyDinhKhenThuong: {
      text: 'Hồ sơ khen thưởng được Hội đồng Thi đua - Khen thưởng ngành Y tế xét công khai, biểu quyết bằng phiếu kín; danh sách đề nghị được niêm yết tại đơn vị trước khi trình; không có khiếu nại.',
    },
    tuyenTruyen: {
      text: 'Phối hợp Báo Đồng Nai, Đài Phát thanh - Truyền hình Đồng Nai đăng, phát 64 tin, bài, phóng sự về phong trào thi đua của ngành; cập nhật chuyên mục thi đua, khen thưởng trên Trang thông tin điện tử Sở Y tế.',
    },
    nhanRongDienHinh: {
      text: 'Giới thiệu 18 gương “Thầy thuốc như mẹ hiền” trên Báo Đồng Nai và Đài Phát thanh - Truyền hình Đồng Nai.',
      indicators: { soDienHinhTienTien: 18 },
    },
    hoatDongHoiDong: {
      text: 'Hội đồng Thi đua - Khen thưởng ngành Y tế họp 05 phiên; ban hành quy chế hoạt động mới của Hội đồng.',
      indicators: { soCuocHopHoiDong: 5 },
    },
    kiemTraGiamSat: {
      text: 'Kiểm tra công tác thi đua, khen thưởng tại 09 đơn vị trực thuộc theo kế hoạch năm 2023.',
      indicators: { soCuocKiemTra: 9 },
    },
    tapHuanNghiepVu: { text: 'Tổ chức 01 lớp tập huấn Luật Thi đua, Khen thưởng năm 2022 cho 120 cán bộ làm công tác thi đua của các đơn vị.' },
    uuDiem: { text: 'Phong trào thi đua gắn với nhiệm vụ chuyên môn, nâng cao chất lượng khám, chữa bệnh; khen thưởng kịp thời, chú trọng người lao động trực tiếp.' },
    tonTaiHanChe: { text: 'Một số đơn vị chưa sơ kết phong trào thi đua chuyên đề; tỷ lệ khen thưởng người lao động trực tiếp ở tuyến huyện còn thấp. Nguyên nhân: thiếu nhân lực chuyên trách.' },
    phuongHuongNhiemVu: { text: 'Năm 2024, triển khai Luật Thi đua, Khen thưởng năm 2022; phát động thi đua hoàn thành các chỉ tiêu y tế năm 2024; tăng tỷ lệ khen thưởng người lao động trực tiếp lên trên 40%.' },
    deXuatKienNghi: { text: 'Đề nghị UBND tỉnh bổ sung biên chế chuyên trách công tác thi đua, khen thưởng cho các sở có nhiều đơn vị trực thuộc.' },
  },
  signer: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', fullName: 'Trần Quang Thuận' },
  recipients: ['Như trên', 'Giám đốc, các Phó Giám đốc Sở', 'Hội đồng Thi đua - Khen thưởng ngành Y tế', 'Lưu: VT, TCCB'],
} satisfies ReportSubmission;

export const nominationTrangBom = {
  planId: 'dong-nai-tdkt-2023',
  kind: 'nomination',
  schemaVersion: '1.0.0',
  phase: 'hang-nam-2022',
  awardForm: 'bang-khen-chu-tich-ubnd-tinh',
  header: {
    parentAgency: 'TỈNH ĐỒNG NAI',
    agency: 'ỦY BAN NHÂN DÂN HUYỆN TRẢNG BOM',
    unitType: 'huyen',
    number: '38/TTr-UBND',
    place: 'Trảng Bom',
    date: '2023-02-20',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Nội vụ (Ban Thi đua - Khen thưởng)'],
    legalBases: [...LEGAL_BASES, 'Biên bản họp Hội đồng Thi đua - Khen thưởng huyện Trảng Bom ngày 14 tháng 02 năm 2023'],
    body: 'Căn cứ thành tích đạt được trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2022, đã được Hội đồng Thi đua - Khen thưởng huyện xét duyệt, thông qua, UBND huyện Trảng Bom kính trình Chủ tịch UBND tỉnh xem xét, tặng Bằng khen cho 02 tập thể và 02 cá nhân (có danh sách và báo cáo thành tích kèm theo).',
    signer: { authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thành' },
    recipients: ['Như trên', 'Thường trực Huyện ủy', 'Lưu: VT, NV'],
  },
  nominees: [
    {
      id: 'n1',
      type: 'collective',
      group: 'kinh-te-xa-hoi',
      criteriaMet: ['ktxh-cong-trang-2022', 'ktxh-dan-dau'],
      name: 'Phòng Tài chính - Kế hoạch huyện Trảng Bom',
      summary: 'Tham mưu thu ngân sách năm 2022 đạt 118% dự toán; giải ngân vốn đầu tư công đạt 97,6%; 02 năm liền đạt danh hiệu Tập thể lao động xuất sắc (2021, 2022).',
      votesAgree: 16,
      pastAwards: {
        emulationTitles: [
          { year: 2021, title: 'Tập thể lao động xuất sắc', decision: { number: '85/QĐ-UBND', date: '2022-01-12', issuer: 'Chủ tịch UBND tỉnh Đồng Nai' } },
          { year: 2022, title: 'Tập thể lao động xuất sắc', decision: { number: '41/QĐ-UBND', date: '2023-01-09', issuer: 'Chủ tịch UBND tỉnh Đồng Nai' } },
        ],
        commendations: [],
      },
      confirmations: {
        capTrinh: { agency: 'UBND huyện Trảng Bom', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thành' },
        thuTruong: { agency: 'Phòng Tài chính - Kế hoạch huyện Trảng Bom', title: 'TRƯỞNG PHÒNG', fullName: 'Lâm Thị Kim Oanh' },
      },
      profile: {
        superior: 'Ủy ban nhân dân huyện Trảng Bom',
        headquarters: 'Khu phố 3, thị trấn Trảng Bom, huyện Trảng Bom, tỉnh Đồng Nai',
        phone: '0251 3866 214',
        history: 'Thành lập năm 2008 trên cơ sở hợp nhất Phòng Tài chính và Phòng Kế hoạch - Đầu tư huyện.',
        structure: 'Trưởng phòng, 02 Phó Trưởng phòng và 12 công chức; chi bộ 11 đảng viên; công đoàn bộ phận.',
        staffCount: 15,
        functions: 'Tham mưu UBND huyện quản lý nhà nước về tài chính, ngân sách, kế hoạch và đầu tư, đăng ký kinh doanh, kinh tế tập thể.',
      },
      report: {
        results: 'Năm 2022 tổng thu ngân sách trên địa bàn đạt 2.356 tỷ đồng, bằng 118% dự toán; thẩm định 146 dự án đầu tư công đúng hạn.',
        measures: 'Ứng dụng phần mềm quản lý dự án đầu tư công; phối hợp Chi cục Thuế khu vực rà soát nguồn thu.',
      },
      reportPlace: 'Trảng Bom',
      reportDate: '2023-02-10',
    },
    {
      id: 'n2',
      type: 'collective',
      group: 'tap-the-nho-vung-kho-khan',
      criteriaMet: ['ttn-dan-dau'],
      name: 'Ban Nhân dân ấp Ngũ Phúc, xã Hố Nai 3, huyện Trảng Bom',
      summary: 'Dẫn đầu phong trào xây dựng khu dân cư kiểu mẫu năm 2022; vận động nhân dân đóng góp 1,8 tỷ đồng làm 2,4 km đường bê tông; không có tội phạm hình sự.',
      votesAgree: 15,
      pastAwards: {
        emulationTitles: [{ year: 2022, title: 'Khu dân cư văn hóa', decision: { number: '212/QĐ-UBND', date: '2022-12-26', issuer: 'Chủ tịch UBND xã Hố Nai 3' } }],
        commendations: [{ year: 2021, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '5120/QĐ-UBND', date: '2021-12-24', issuer: 'Chủ tịch UBND huyện Trảng Bom' } }],
      },
      confirmations: {
        capTrinh: { agency: 'UBND huyện Trảng Bom', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thành' },
        thuTruong: { agency: 'UBND xã Hố Nai 3', title: 'CHỦ TỊCH', fullName: 'Phạm Văn Hùng' },
      },
      profile: {
        superior: 'Ủy ban nhân dân xã Hố Nai 3',
        headquarters: 'Nhà văn hóa ấp Ngũ Phúc, xã Hố Nai 3, huyện Trảng Bom, tỉnh Đồng Nai',
        history: 'Ấp Ngũ Phúc được thành lập năm 1988; có 1.420 hộ với 6.150 nhân khẩu, phần lớn là đồng bào Công giáo.',
        structure: 'Ban Nhân dân ấp gồm Trưởng ấp, Phó Trưởng ấp và công an viên; chi bộ ấp 46 đảng viên; Ban công tác Mặt trận và 04 chi hội đoàn thể.',
        functions: 'Tổ chức thực hiện dân chủ ở cơ sở, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước tại khu dân cư.',
      },
      report: {
        results: 'Hoàn thành 100% chỉ tiêu xã giao năm 2022; 98,6% hộ đạt gia đình văn hóa; không có hộ nghèo theo chuẩn của tỉnh.',
        measures: 'Phát huy vai trò chức sắc tôn giáo trong vận động; công khai các khoản đóng góp tại nhà văn hóa ấp.',
      },
      reportPlace: 'Hố Nai 3',
      reportDate: '2023-02-08',
    },
    {
      id: 'n3',
      type: 'individual',
      group: 'kinh-te-xa-hoi',
      criteriaMet: ['ktxh-cong-trang-2022'],
      summary: 'Phó Chủ tịch UBND xã Sông Trầu phụ trách kinh tế; chỉ đạo xã hoàn thành 100% chỉ tiêu kinh tế - xã hội năm 2022; 02 năm liền Chiến sĩ thi đua cơ sở.',
      votesAgree: 16,
      pastAwards: {
        emulationTitles: [
          { year: 2021, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '5133/QĐ-UBND', date: '2021-12-24', issuer: 'Chủ tịch UBND huyện Trảng Bom' } },
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '5406/QĐ-UBND', date: '2022-12-27', issuer: 'Chủ tịch UBND huyện Trảng Bom' } },
        ],
        commendations: [],
      },
      confirmations: {
        thuTruong: { agency: 'UBND xã Sông Trầu', title: 'CHỦ TỊCH', fullName: 'Võ Thành Công' },
        nguoiBaoCao: { title: 'PHÓ CHỦ TỊCH UBND XÃ', fullName: 'Đinh Thị Thanh Hương' },
        capTrinh: { agency: 'UBND huyện Trảng Bom', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thành' },
      },
      profile: {
        fullName: 'Đinh Thị Thanh Hương',
        standing: 'official',
        birthDate: '1984-04-22',
        gender: 'nu',
        ethnicity: 'Kinh',
        religion: 'Không',
        hometown: 'Xã Sông Trầu, huyện Trảng Bom, tỉnh Đồng Nai',
        residence: 'Ấp 3, xã Sông Trầu, huyện Trảng Bom, tỉnh Đồng Nai',
        workplace: 'UBND xã Sông Trầu, huyện Trảng Bom',
        position: 'Đảng ủy viên, Phó Chủ tịch UBND xã',
        politicalTheory: 'Trung cấp',
        qualification: 'Cử nhân Kinh tế',
        phone: '0913 762 418',
      },
      report: {
        duties: 'Phụ trách khối kinh tế, ngân sách, đất đai, xây dựng cơ bản và chương trình xây dựng nông thôn mới nâng cao của xã.',
        results: 'Thu ngân sách xã năm 2022 đạt 126% dự toán; hoàn thành 2,6 km đường giao thông nông thôn; xã giữ vững chuẩn nông thôn mới nâng cao.',
        commitment: 'Cam kết trong 02 năm 2021, 2022 không vi phạm pháp luật, không bị xử lý kỷ luật.',
      },
      reportPlace: 'Sông Trầu',
      reportDate: '2023-02-09',
    },
    {
      id: 'n4',
      type: 'individual',
      group: 'nguoi-lao-dong-truc-tiep',
      criteriaMet: ['ldtt-dan-dau'],
      summary: 'Nông dân sản xuất, kinh doanh giỏi cấp tỉnh năm 2022; mô hình trồng sầu riêng theo tiêu chuẩn VietGAP 6,5 ha, tạo việc làm thường xuyên cho 14 lao động địa phương.',
      votesAgree: 17,
      pastAwards: {
        emulationTitles: [],
        commendations: [{ year: 2021, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '5140/QĐ-UBND', date: '2021-12-24', issuer: 'Chủ tịch UBND huyện Trảng Bom' } }],
      },
      confirmations: {
        thuTruong: { agency: 'UBND xã Bàu Hàm', title: 'CHỦ TỊCH', fullName: 'Lê Văn Tư' },
        nguoiBaoCao: { title: 'NÔNG DÂN', fullName: 'Huỳnh Văn Lộc' },
        capTrinh: { agency: 'UBND huyện Trảng Bom', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thành' },
      },
      profile: {
        fullName: 'Huỳnh Văn Lộc',
        standing: 'citizen',
        birthDate: '1971-11-03',
        gender: 'nam',
        ethnicity: 'Kinh',
        religion: 'Phật giáo',
        hometown: 'Xã Bàu Hàm, huyện Trảng Bom, tỉnh Đồng Nai',
        residence: 'Ấp 2, xã Bàu Hàm, huyện Trảng Bom, tỉnh Đồng Nai',
        workplace: 'Hộ sản xuất nông nghiệp, xã Bàu Hàm',
        position: 'Hội viên Hội Nông dân xã Bàu Hàm',
        qualification: 'Trung cấp Trồng trọt',
      },
      report: {
        duties: 'Trực tiếp sản xuất nông nghiệp; Tổ trưởng Tổ hợp tác trồng sầu riêng Ấp 2, xã Bàu Hàm.',
        results: 'Năm 2022 doanh thu 3,2 tỷ đồng, lợi nhuận 1,4 tỷ đồng; hướng dẫn kỹ thuật cho 23 hộ trong tổ hợp tác; đóng góp 60 triệu đồng xây dựng đường giao thông nông thôn.',
      },
      reportPlace: 'Bàu Hàm',
      reportDate: '2023-02-09',
    },
  ],
  councilMinutes: {
    number: '03/BB-HĐTĐKT',
    date: '2023-02-14',
    startTime: '14:00',
    endTime: '16:15',
    location: 'Phòng họp số 1, UBND huyện Trảng Bom',
    council: 'Hội đồng Thi đua - Khen thưởng huyện Trảng Bom',
    chair: { fullName: 'Nguyễn Văn Thành', title: 'Chủ tịch UBND huyện, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Trương Thị Ngọc Hân', title: 'Chuyên viên Phòng Nội vụ' },
    membersTotal: 17,
    membersPresent: 17,
    votingMethod: 'bo-phieu-kin',
    countingBoard: [
      { fullName: 'Đỗ Văn Minh', role: 'Trưởng ban' },
      { fullName: 'Lê Thị Kim Loan', role: 'Thành viên' },
      { fullName: 'Nguyễn Văn Lợi', role: 'Thành viên' },
    ],
    ballots: { issued: 17, returned: 17, valid: 17, invalid: 0 },
    discussion: 'Các thành viên Hội đồng thống nhất với danh sách do Phòng Nội vụ huyện trình; các trường hợp đề nghị đều hoàn thành xuất sắc nhiệm vụ năm 2022.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 02 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2022.',
  },
} satisfies NominationSubmission;

export const nominationSoYTeChienSi = {
  planId: 'dong-nai-tdkt-2023',
  kind: 'nomination',
  schemaVersion: '1.0.0',
  phase: 'hang-nam-2022',
  awardForm: 'chien-si-thi-dua-cap-tinh',
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'SỞ Y TẾ',
    unitType: 'so-ban-nganh',
    number: '214/TTr-SYT',
    place: 'Đồng Nai',
    date: '2023-02-16',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Nội vụ (Ban Thi đua - Khen thưởng)'],
    legalBases: [...LEGAL_BASES, 'Biên bản họp Hội đồng Thi đua - Khen thưởng ngành Y tế ngày 10 tháng 02 năm 2023'],
    body: 'Căn cứ thành tích đạt được năm 2022, đã được Hội đồng Thi đua - Khen thưởng ngành Y tế xét duyệt, thông qua, Sở Y tế kính trình Chủ tịch UBND tỉnh xem xét, công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm 2022 cho 02 cá nhân (có danh sách và báo cáo thành tích kèm theo).',
    signer: { title: 'GIÁM ĐỐC', fullName: 'Lương Minh Đức' },
    recipients: ['Như trên', 'Lưu: VT, TCCB'],
  },
  nominees: [
    {
      id: 'n1',
      type: 'individual',
      group: 'kinh-te-xa-hoi',
      criteriaMet: ['ktxh-cong-trang-2022', 'ktxh-dan-dau'],
      summary: 'Trưởng khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa Đồng Nai; chủ nhiệm 02 sáng kiến cấp tỉnh; 03 năm liên tục Chiến sĩ thi đua cơ sở (2020 - 2022).',
      votesAgree: 11,
      pastAwards: {
        emulationTitles: [
          { year: 2020, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '118/QĐ-SYT', date: '2021-01-15', issuer: 'Giám đốc Sở Y tế' } },
          { year: 2021, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '102/QĐ-SYT', date: '2022-01-14', issuer: 'Giám đốc Sở Y tế' } },
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '96/QĐ-SYT', date: '2023-01-12', issuer: 'Giám đốc Sở Y tế' } },
        ],
        commendations: [{ year: 2021, title: 'Bằng khen của Chủ tịch UBND tỉnh', decision: { number: '3310/QĐ-UBND', date: '2021-09-30', issuer: 'Chủ tịch UBND tỉnh Đồng Nai' } }],
      },
      confirmations: {
        thuTruong: { agency: 'Bệnh viện Đa khoa Đồng Nai', title: 'GIÁM ĐỐC', fullName: 'Lê Minh Hoàng' },
        nguoiBaoCao: { title: 'TRƯỞNG KHOA', fullName: 'Nguyễn Đức Trí' },
        capTrinh: { agency: 'Sở Y tế', title: 'GIÁM ĐỐC', fullName: 'Lương Minh Đức' },
      },
      profile: {
        fullName: 'Nguyễn Đức Trí',
        standing: 'official',
        birthDate: '1978-07-19',
        gender: 'nam',
        ethnicity: 'Kinh',
        religion: 'Không',
        hometown: 'Xã Hiệp Hòa, thành phố Biên Hòa, tỉnh Đồng Nai',
        residence: 'Phường Tam Hiệp, thành phố Biên Hòa, tỉnh Đồng Nai',
        workplace: 'Bệnh viện Đa khoa Đồng Nai',
        position: 'Trưởng khoa Hồi sức tích cực - Chống độc',
        politicalTheory: 'Cao cấp',
        qualification: 'Bác sĩ chuyên khoa II Hồi sức cấp cứu',
      },
      report: {
        duties: 'Quản lý khoa 62 giường bệnh; trực tiếp điều trị người bệnh nặng; đào tạo bác sĩ tuyến huyện.',
        results: 'Năm 2022 khoa điều trị 3.140 lượt người bệnh, tỷ lệ tử vong giảm 1,8 điểm % so với năm 2021; sáng kiến “Quy trình lọc máu liên tục tại giường” được công nhận phạm vi ảnh hưởng cấp tỉnh.',
        commitment: 'Cam kết trong 03 năm 2020 - 2022 không vi phạm pháp luật, không bị xử lý kỷ luật.',
      },
      reportPlace: 'Biên Hòa',
      reportDate: '2023-02-06',
    },
    {
      id: 'n2',
      type: 'individual',
      group: 'kinh-te-xa-hoi',
      criteriaMet: ['ktxh-cong-trang-2022'],
      summary: 'Điều dưỡng trưởng Khoa Nhi, Trung tâm Y tế huyện Định Quán; sáng kiến “Bảng theo dõi dấu hiệu nguy hiểm ở trẻ sốt xuất huyết” áp dụng toàn tỉnh; 03 năm liên tục Chiến sĩ thi đua cơ sở.',
      votesAgree: 10,
      pastAwards: {
        emulationTitles: [
          { year: 2020, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '118/QĐ-SYT', date: '2021-01-15', issuer: 'Giám đốc Sở Y tế' } },
          { year: 2021, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '102/QĐ-SYT', date: '2022-01-14', issuer: 'Giám đốc Sở Y tế' } },
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '96/QĐ-SYT', date: '2023-01-12', issuer: 'Giám đốc Sở Y tế' } },
        ],
        commendations: [],
      },
      confirmations: {
        thuTruong: { agency: 'Trung tâm Y tế huyện Định Quán', title: 'GIÁM ĐỐC', fullName: 'Bùi Văn Tâm' },
        nguoiBaoCao: { title: 'ĐIỀU DƯỠNG TRƯỞNG KHOA', fullName: 'Lâm Mỹ Hạnh' },
        capTrinh: { agency: 'Sở Y tế', title: 'GIÁM ĐỐC', fullName: 'Lương Minh Đức' },
      },
      profile: {
        fullName: 'Lâm Mỹ Hạnh',
        standing: 'official',
        birthDate: '1985-02-11',
        gender: 'nu',
        ethnicity: 'Hoa',
        religion: 'Phật giáo',
        hometown: 'Xã Thanh Sơn, huyện Định Quán, tỉnh Đồng Nai',
        residence: 'Thị trấn Định Quán, huyện Định Quán, tỉnh Đồng Nai',
        workplace: 'Trung tâm Y tế huyện Định Quán',
        position: 'Điều dưỡng trưởng Khoa Nhi',
        qualification: 'Cử nhân Điều dưỡng',
      },
      report: {
        duties: 'Tổ chức chăm sóc người bệnh nhi; quản lý 14 điều dưỡng của khoa.',
        results: 'Năm 2022 không để xảy ra sự cố y khoa nghiêm trọng; tỷ lệ hài lòng của người bệnh tại khoa đạt 96%; sáng kiến được Hội đồng sáng kiến tỉnh công nhận.',
      },
      reportPlace: 'Định Quán',
      reportDate: '2023-02-06',
    },
  ],
  councilMinutes: {
    number: '02/BB-HĐTĐKT',
    date: '2023-02-10',
    startTime: '08:30',
    endTime: '10:00',
    location: 'Hội trường Sở Y tế, phường Tân Tiến, thành phố Biên Hòa',
    council: 'Hội đồng Thi đua - Khen thưởng ngành Y tế tỉnh Đồng Nai',
    chair: { fullName: 'Lương Minh Đức', title: 'Giám đốc Sở Y tế, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Lý Thị Thu Trang', title: 'Chuyên viên Phòng Tổ chức cán bộ' },
    membersTotal: 11,
    membersPresent: 10,
    absentees: [{ fullName: 'Trần Văn Bình', reason: 'Nghỉ phép', votedInWriting: true }],
    votingMethod: 'bo-phieu-kin',
    countingBoard: [
      { fullName: 'Trần Văn Hậu', role: 'Trưởng ban' },
      { fullName: 'Ngô Thị Hồng Nhung', role: 'Thành viên' },
      { fullName: 'Phan Thanh Long', role: 'Thành viên' },
    ],
    ballots: { issued: 11, returned: 11, valid: 11, invalid: 0 },
    discussion: 'Các thành viên Hội đồng thống nhất với đề nghị của Phòng Tổ chức cán bộ; đề tài, sáng kiến của các cá nhân đã được Hội đồng Khoa học ngành công nhận.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm 2022 cho 02 cá nhân đạt tỷ lệ phiếu đồng ý từ 90% trở lên tổng số thành viên Hội đồng.',
  },
} satisfies NominationSubmission;

export const examples: PlanExample[] = [
  { name: 'Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của UBND thành phố Long Khánh', kind: 'report', data: reportLongKhanh6Thang },
  { name: 'Hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh (thành tích năm 2022) của UBND huyện Trảng Bom', kind: 'nomination', data: nominationTrangBom },
  { name: 'Báo cáo công tác thi đua, khen thưởng năm 2023 của Sở Y tế', kind: 'report', data: reportSoYTeNam },
  { name: 'Hồ sơ đề nghị danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm 2022 của Sở Y tế', kind: 'nomination', data: nominationSoYTeChienSi },
  // ---- Seed readings: the school-year round names no award form, so the Chiến sĩ thi đua title is open to it ----
  { name: 'Hồ sơ đề nghị danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm học 2022 - 2023 của Sở Giáo dục và Đào tạo (“Xét, khen thưởng thành tích công tác ngành Giáo dục và Đào tạo năm học 2022 - 2023”)', kind: 'nomination', data: soGddtChienSi() },
];

function soGddtChienSi(): NominationSubmission {
  const d = structuredClone(nominationSoYTeChienSi) as unknown as NominationSubmission;
  d.phase = 'giao-duc-nam-hoc-2022-2023';
  d.header = { ...d.header, agency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', number: '1875/TTr-SGDĐT', date: '2023-08-16' };
  d.coverLetter.legalBases = [...LEGAL_BASES, 'Biên bản họp Hội đồng Thi đua - Khen thưởng ngành Giáo dục và Đào tạo ngày 10 tháng 8 năm 2023'];
  d.coverLetter.body = 'Căn cứ thành tích đạt được năm học 2022 - 2023, đã được Hội đồng Thi đua - Khen thưởng ngành Giáo dục và Đào tạo xét duyệt, thông qua, Sở Giáo dục và Đào tạo kính trình Chủ tịch UBND tỉnh xem xét, công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm học 2022 - 2023 cho 01 cá nhân (có báo cáo thành tích kèm theo).';
  d.coverLetter.signer = { title: 'GIÁM ĐỐC', fullName: 'Phạm Thị Thanh Hương' };
  d.coverLetter.recipients = ['Như trên', 'Lưu: VT, TCCB'];
  const teacher = d.nominees[0];
  if (teacher?.type !== 'individual') throw new Error('example: the first nominee of nominationSoYTeChienSi is an individual');
  teacher.group = 'giao-duc-dao-tao';
  teacher.criteriaMet = ['gddt-thanh-tich-nam-hoc'];
  teacher.summary = 'Giáo viên Toán, Trường THPT Lương Thế Vinh, thành phố Biên Hòa; 02 sáng kiến cấp tỉnh; 03 năm học liên tục Chiến sĩ thi đua cơ sở (2020 - 2021 đến 2022 - 2023).';
  teacher.pastAwards = {
    emulationTitles: [
      { year: 2021, title: 'Chiến sĩ thi đua cơ sở năm học 2020 - 2021', decision: { number: '1904/QĐ-SGDĐT', date: '2021-08-12', issuer: 'Giám đốc Sở Giáo dục và Đào tạo' } },
      { year: 2022, title: 'Chiến sĩ thi đua cơ sở năm học 2021 - 2022', decision: { number: '1877/QĐ-SGDĐT', date: '2022-08-10', issuer: 'Giám đốc Sở Giáo dục và Đào tạo' } },
      { year: 2023, title: 'Chiến sĩ thi đua cơ sở năm học 2022 - 2023', decision: { number: '1702/QĐ-SGDĐT', date: '2023-07-28', issuer: 'Giám đốc Sở Giáo dục và Đào tạo' } },
    ],
    commendations: [],
  };
  teacher.confirmations = {
    thuTruong: { agency: 'Trường THPT Lương Thế Vinh', title: 'HIỆU TRƯỞNG', fullName: 'Đoàn Văn Khải' },
    nguoiBaoCao: { title: 'GIÁO VIÊN', fullName: 'Trịnh Thị Ngọc Diệp' },
    capTrinh: { agency: 'Sở Giáo dục và Đào tạo', title: 'GIÁM ĐỐC', fullName: 'Phạm Thị Thanh Hương' },
  };
  teacher.profile = {
    fullName: 'Trịnh Thị Ngọc Diệp',
    standing: 'official',
    birthDate: '1983-04-22',
    gender: 'nu',
    ethnicity: 'Kinh',
    religion: 'Không',
    hometown: 'Phường Bửu Long, thành phố Biên Hòa, tỉnh Đồng Nai',
    residence: 'Phường Tân Hiệp, thành phố Biên Hòa, tỉnh Đồng Nai',
    workplace: 'Trường THPT Lương Thế Vinh',
    position: 'Tổ trưởng tổ Toán',
    qualification: 'Thạc sĩ Lý luận và phương pháp dạy học bộ môn Toán',
  };
  teacher.report = {
    duties: 'Giảng dạy Toán 03 lớp 12; tổ trưởng chuyên môn tổ Toán gồm 11 giáo viên.',
    results: 'Năm học 2022 - 2023 có 04 học sinh đạt giải học sinh giỏi cấp tỉnh môn Toán; sáng kiến “Dạy học phân hóa chủ đề hàm số” được Hội đồng sáng kiến tỉnh công nhận.',
  };
  teacher.reportPlace = 'Biên Hòa';
  teacher.reportDate = '2023-08-04';
  teacher.votesAgree = 11;
  d.nominees = [teacher];
  d.councilMinutes = {
    ...d.councilMinutes,
    number: '05/BB-HĐTĐKT',
    date: '2023-08-10',
    location: 'Hội trường Sở Giáo dục và Đào tạo, thành phố Biên Hòa',
    council: 'Hội đồng Thi đua - Khen thưởng ngành Giáo dục và Đào tạo tỉnh Đồng Nai',
    chair: { fullName: 'Phạm Thị Thanh Hương', title: 'Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Võ Minh Thông', title: 'Chuyên viên Phòng Tổ chức cán bộ' },
    absentees: [{ fullName: 'Nguyễn Hữu Phước', reason: 'Đi công tác', votedInWriting: true }],
    countingBoard: [
      { fullName: 'Huỳnh Thị Mai', role: 'Trưởng ban' },
      { fullName: 'Đinh Công Trí', role: 'Thành viên' },
    ],
    discussion: 'Các thành viên Hội đồng thống nhất với đề nghị của Phòng Tổ chức cán bộ; sáng kiến của cá nhân đã được Hội đồng sáng kiến tỉnh công nhận.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm học 2022 - 2023 cho 01 cá nhân đạt tỷ lệ phiếu đồng ý từ 90% trở lên tổng số thành viên Hội đồng.',
  };
  return d;
}
