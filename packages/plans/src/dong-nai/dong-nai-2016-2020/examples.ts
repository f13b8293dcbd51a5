// Complete, valid, realistic submissions for dong-nai-2016-2020. People and figures are
// illustrative; units are those of Đồng Nai in 2017–2020 (Long Khánh still a thị xã in 2017).

import type { NominationSubmission, PlanExample, ReportSubmission } from '@thidua/core';

const PLAN = 'dong-nai-2016-2020';
const VERSION = '1.0.0';

/** Yearly report 2019 of huyện Xuân Lộc. */
export const reportXuanLoc = {
  planId: PLAN,
  kind: 'report',
  schemaVersion: VERSION,
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'Ủy ban nhân dân huyện Xuân Lộc',
    unitType: 'huyen',
    number: '412/BC-UBND',
    place: 'Xuân Lộc',
    date: '2019-12-12',
  },
  period: { type: 'hang-nam', year: 2019 },
  to: ['Ban Thi đua - Khen thưởng tỉnh Đồng Nai', 'Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai'],
  sections: {
    congTacTrienKhai: {},
    keHoachHuongDan: {
      text: 'UBND huyện ban hành Kế hoạch thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” năm 2019, giao chỉ tiêu giảm hộ nghèo cho 15 xã, thị trấn; lồng ghép với kế hoạch thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững theo Kế hoạch số 12560/KH-UBND của UBND tỉnh.',
    },
    tuyenTruyen: {
      text: 'Đài Truyền thanh huyện phát 36 tin, bài; tổ chức 45 buổi tuyên truyền tại ấp, khu phố với 3.200 lượt người dự; giới thiệu mô hình trồng tiêu sạch và nuôi dê sinh sản có hộ nghèo tham gia.',
    },
    kiemTra: {
      text: 'Phối hợp đoàn kiểm tra của Hội đồng Thi đua - Khen thưởng tỉnh kiểm tra tại 03 xã; huyện tự kiểm tra 06 xã về công tác rà soát, quản lý hộ nghèo.',
    },
    ketQuaNoiDung: {},
    chinhSachGiaiPhap: {
      text: 'Phòng Lao động - Thương binh và Xã hội tham mưu hỗ trợ vay vốn, đào tạo nghề và giới thiệu việc làm; 100% cán bộ giảm nghèo cấp xã được tập huấn nghiệp vụ.',
    },
    giaiPhapDiaPhuong: {
      text: 'Huy động ngân sách, doanh nghiệp và nhà hảo tâm đầu tư đường giao thông nông thôn, hỗ trợ con giống cho hộ nghèo các xã Xuân Tâm, Xuân Hưng, Xuân Thành; gắn với xây dựng nông thôn mới nâng cao.',
      indicators: { kinhPhiHuyDong: 24380 },
    },
    matTranDoanThe: {
      text: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động Quỹ “Ngày vì người nghèo”, xây mới và sửa chữa nhà tình thương cho hộ nghèo; Hội Nông dân, Hội Phụ nữ nhận giúp đỡ 215 hộ nghèo.',
      indicators: { quyNgayViNguoiNgheo: 2150, soNhaTinhThuong: 28 },
    },
    apKhuPho: {
      text: '92/92 ấp xây dựng quy ước giúp đỡ hộ nghèo; nhiều ấp tổ chức tổ hùn vốn xoay vòng, ngày công lao động giúp hộ nghèo.',
    },
    hoGiaDinh: {
      text: '486 hộ đăng ký thoát nghèo; 451 hộ thoát nghèo trong năm, không phát sinh hộ tái nghèo.',
      indicators: { soHoThoatNgheo: 451 },
    },
    moHinhDienHinh: {
      text: 'Nhân rộng 05 mô hình: trồng tiêu sạch, nuôi dê sinh sản, nuôi gà thả vườn, tổ hợp tác may gia công, tổ tiết kiệm vay vốn.',
      indicators: { soMoHinhGiamNgheo: 5 },
    },
    ketQuaMucTieu: {
      text: 'Cuối năm 2019, toàn huyện còn 742 hộ nghèo theo chuẩn nghèo của tỉnh, chiếm 1,04%; thu nhập bình quân đầu người hộ nghèo tăng 1,42 lần so với cuối năm 2015.',
      indicators: {
        tyLeHoNgheo: 1.04,
        soHoNgheo: 742,
        thuNhapBinhQuanHoNgheo: 17.6,
        heSoTangThuNhapHoNgheo: 1.42,
        heSoTangThuNhapHoNgheoVungSauVungXa: 1.81,
        heSoTangThuNhapHoNgheoDtts: 1.76,
      },
    },
    soKetTongKetKhenThuong: {},
    soKetTongKet: {},
    ketQuaKhenThuong: {
      text: 'Chủ tịch UBND huyện tặng Giấy khen cho 06 tập thể, 09 cá nhân và 04 hộ gia đình có thành tích tiêu biểu.',
      indicators: { soTapTheDuocKhenThuong: 6, soCaNhanDuocKhenThuong: 9, soHoGiaDinhDuocKhenThuong: 4 },
    },
    danhGiaChung: {},
    uuDiem: {
      text: 'Phong trào được cấp ủy, chính quyền quan tâm chỉ đạo; huy động được nhiều nguồn lực xã hội; hộ nghèo có ý thức tự vươn lên.',
    },
    hanCheKhoKhan: {
      text: 'Một số hộ nghèo thuộc diện già cả, neo đơn, không còn khả năng lao động; giá nông sản giảm ảnh hưởng thu nhập của hộ mới thoát nghèo.',
    },
    baiHocKinhNghiem: {
      text: 'Giao chỉ tiêu cụ thể, phân công cán bộ, đảng viên phụ trách từng hộ nghèo; hỗ trợ theo nhu cầu thực tế của hộ.',
    },
    phuongHuong: {
      text: 'Năm 2020 phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 1%, tổ chức tổng kết Phong trào thi đua giai đoạn 2016 - 2020 và đề nghị khen thưởng.',
    },
    deXuatKienNghi: {
      text: 'Đề nghị UBND tỉnh có chính sách hỗ trợ riêng cho hộ nghèo không còn khả năng lao động.',
    },
  },
  signer: {
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    title: 'PHÓ CHỦ TỊCH',
    fullName: 'Nguyễn Thị Kim Liên',
  },
  recipients: ['Như trên', 'Thường trực Huyện ủy', 'Chủ tịch, các PCT UBND huyện', 'Phòng Nội vụ huyện', 'Lưu: VT'],
} satisfies ReportSubmission;

/** 2020 final-review report of thành phố Biên Hòa, with the end-2020 targets met. */
export const reportBienHoa = {
  planId: PLAN,
  kind: 'report',
  schemaVersion: VERSION,
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'Ủy ban nhân dân thành phố Biên Hòa',
    unitType: 'thanh-pho',
    unitCode: 'thanh-pho-bien-hoa',
    number: '598/BC-UBND',
    place: 'Biên Hòa',
    date: '2020-11-05',
  },
  period: { type: 'tong-ket-2020', year: 2020 },
  to: ['Ban Thi đua - Khen thưởng tỉnh Đồng Nai', 'Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai'],
  sections: {
    congTacTrienKhai: {},
    keHoachHuongDan: {
      text: 'Giai đoạn 2017 - 2020, UBND thành phố ban hành kế hoạch thực hiện Phong trào thi đua và hướng dẫn 30 phường, xã xây dựng kế hoạch với chỉ tiêu cụ thể hằng năm.',
    },
    tuyenTruyen: {
      text: 'Tuyên truyền trên Đài Truyền thanh thành phố, trang thông tin điện tử và tại 100% khu phố, ấp; biểu dương 18 điển hình tiên tiến.',
    },
    kiemTra: {
      text: 'Mỗi năm kiểm tra 08 - 10 phường, xã; kết hợp kiểm tra của Hội đồng Thi đua - Khen thưởng tỉnh năm 2018 và năm 2020.',
    },
    ketQuaNoiDung: {},
    chinhSachGiaiPhap: {
      text: 'Tham mưu chính sách hỗ trợ học nghề, vay vốn giải quyết việc làm cho người nghèo đô thị; cán bộ giảm nghèo phường, xã bám sát từng hộ.',
    },
    giaiPhapDiaPhuong: {
      text: 'Huy động doanh nghiệp trong các khu công nghiệp tuyển dụng lao động thuộc hộ nghèo; ưu tiên vốn cho các xã Hóa An, Tân Hạnh, Hiệp Hòa.',
      indicators: { kinhPhiHuyDong: 86400 },
    },
    matTranDoanThe: {
      text: 'Quỹ “Ngày vì người nghèo” các cấp vận động hằng năm; xây mới, sửa chữa nhà tình thương cho hộ nghèo giai đoạn 2017 - 2020.',
      indicators: { quyNgayViNguoiNgheo: 12850, soNhaTinhThuong: 164 },
    },
    apKhuPho: {
      text: 'Các khu phố, ấp duy trì tổ tương trợ, vận động hộ khá giúp hộ nghèo vốn, việc làm.',
    },
    hoGiaDinh: {
      text: 'Năm 2020 có 338 hộ thoát nghèo; nhiều hộ sau thoát nghèo tham gia giúp đỡ hộ khác.',
      indicators: { soHoThoatNgheo: 338 },
    },
    moHinhDienHinh: {
      text: 'Nhân rộng 09 mô hình giảm nghèo đô thị: tổ hợp tác dịch vụ, may gia công, trồng rau an toàn.',
      indicators: { soMoHinhGiamNgheo: 9 },
    },
    ketQuaMucTieu: {
      text: 'Cuối năm 2020, tỷ lệ hộ nghèo theo chuẩn nghèo của tỉnh còn 0,38%; thu nhập bình quân đầu người hộ nghèo tăng 1,61 lần so với cuối năm 2015, hộ nghèo dân tộc thiểu số tăng 2,05 lần.',
      indicators: {
        tyLeHoNgheo: 0.38,
        soHoNgheo: 1012,
        thuNhapBinhQuanHoNgheo: 21.4,
        heSoTangThuNhapHoNgheo: 1.61,
        heSoTangThuNhapHoNgheoDtts: 2.05,
      },
    },
    soKetTongKetKhenThuong: {},
    soKetTongKet: {
      text: 'Sơ kết giữa kỳ tháng 9/2018 và tổng kết giai đoạn 2016 - 2020 tháng 10/2020 tại thành phố và 30 phường, xã.',
    },
    ketQuaKhenThuong: {
      text: 'Giai đoạn 2017 - 2020, Chủ tịch UBND thành phố tặng Giấy khen cho 42 tập thể, 65 cá nhân và 20 hộ gia đình.',
      indicators: { soTapTheDuocKhenThuong: 42, soCaNhanDuocKhenThuong: 65, soHoGiaDinhDuocKhenThuong: 20 },
    },
    danhGiaChung: {},
    uuDiem: { text: 'Hoàn thành vượt các mục tiêu giảm nghèo của giai đoạn; nguồn lực xã hội hóa lớn.' },
    hanCheKhoKhan: { text: 'Người nghèo đô thị thiếu việc làm ổn định; dân nhập cư đông gây khó khăn cho công tác quản lý hộ nghèo.' },
    baiHocKinhNghiem: { text: 'Gắn giảm nghèo với giải quyết việc làm tại các khu công nghiệp; phát huy vai trò khu phố, ấp.' },
    phuongHuong: { text: 'Triển khai chuẩn nghèo đa chiều giai đoạn mới, duy trì kết quả giảm nghèo bền vững.' },
    deXuatKienNghi: {},
  },
  signer: {
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    title: 'PHÓ CHỦ TỊCH',
    fullName: 'Trần Văn Khánh',
  },
  recipients: ['Như trên', 'Thường trực Thành ủy', 'Chủ tịch, các PCT UBND thành phố', 'Lưu: VT'],
} satisfies ReportSubmission;

/** 2020 tổng kết dossier of huyện Xuân Lộc proposing the provincial chairman's certificate of merit. */
export const nominationXuanLoc = {
  planId: PLAN,
  kind: 'nomination',
  schemaVersion: VERSION,
  phase: 'tong-ket-2020',
  awardForm: 'bang-khen-chu-tich-ubnd-tinh',
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'Ủy ban nhân dân huyện Xuân Lộc',
    unitType: 'huyen',
    number: '268/TTr-UBND',
    place: 'Xuân Lộc',
    date: '2020-10-28',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai', 'Ban Thi đua - Khen thưởng tỉnh'],
    legalBases: [
      'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Kế hoạch của UBND tỉnh tổ chức thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020 trên địa bàn tỉnh',
      'Biên bản họp Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc ngày 23 tháng 10 năm 2020',
    ],
    body: 'Qua tổng kết Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020, Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc đã xét duyệt, thông qua và đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể, 02 cá nhân và 01 hộ gia đình có thành tích tiêu biểu (có danh sách và báo cáo thành tích kèm theo).',
    signer: { authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', fullName: 'Võ Văn Phi' },
    recipients: ['Như trên', 'Phòng Nội vụ huyện', 'Lưu: VT'],
  },
  nominees: [
    {
      id: 'xa-xuan-hung',
      type: 'collective',
      group: 'dia-phuong',
      criteriaMet: ['tc-3-2-1', 'tc-3-2-2'],
      name: 'Ủy ban nhân dân xã Xuân Hưng, huyện Xuân Lộc',
      summary: 'Giảm hộ nghèo theo chuẩn của tỉnh từ 312 hộ (cuối năm 2016) xuống 41 hộ (năm 2020); đạt chuẩn nông thôn mới năm 2018.',
      votesAgree: 14,
      pastAwards: {
        emulationTitles: [
          { year: 2019, title: 'Tập thể lao động xuất sắc', decision: { number: '402/QĐ-UBND', date: '2020-02-14', issuer: 'Chủ tịch UBND tỉnh Đồng Nai' } },
        ],
        commendations: [],
      },
      confirmations: {
        capTrinh: { agency: 'Ủy ban nhân dân huyện Xuân Lộc', title: 'CHỦ TỊCH', fullName: 'Võ Văn Phi' },
        thuTruong: { agency: 'Ủy ban nhân dân xã Xuân Hưng', title: 'CHỦ TỊCH', fullName: 'Phạm Văn Tuấn' },
      },
      reportPlace: 'Xuân Hưng',
      reportDate: '2020-10-15',
      profile: {
        superior: 'Ủy ban nhân dân huyện Xuân Lộc',
        headquarters: 'Ấp 1, xã Xuân Hưng, huyện Xuân Lộc, tỉnh Đồng Nai',
        phone: '0251 3751 202',
        history: 'Xã Xuân Hưng thuộc vùng sâu của huyện Xuân Lộc, có 06 ấp với 4.850 hộ.',
        structure: 'Ủy ban nhân dân xã có Chủ tịch, 02 Phó Chủ tịch và 12 công chức chuyên môn.',
        staffCount: 22,
        functions: 'Quản lý nhà nước trên địa bàn xã; tổ chức thực hiện chương trình giảm nghèo và xây dựng nông thôn mới.',
      },
      report: {
        results: 'Giai đoạn 2016 - 2020 giảm 271 hộ nghèo; 100% hộ nghèo được cấp thẻ bảo hiểm y tế; hoàn thành 19/19 tiêu chí nông thôn mới năm 2018.',
        measures: 'Phân công đảng viên giúp đỡ hộ nghèo; hỗ trợ con giống, vốn vay; gắn giảm nghèo với xây dựng nông thôn mới.',
      },
    },
    {
      id: 'ap-binh-hoa',
      type: 'collective',
      group: 'ap-khu-pho',
      criteriaMet: ['tc-3-4-1'],
      name: 'Ấp Bình Hòa, xã Xuân Phú, huyện Xuân Lộc',
      summary: 'Tổ hùn vốn xoay vòng giúp 37 hộ nghèo thoát nghèo giai đoạn 2016 - 2020; không còn hộ nghèo theo chuẩn của tỉnh.',
      votesAgree: 13,
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        capTrinh: { agency: 'Ủy ban nhân dân huyện Xuân Lộc', title: 'CHỦ TỊCH', fullName: 'Võ Văn Phi' },
        thuTruong: { agency: 'Ủy ban nhân dân xã Xuân Phú', title: 'CHỦ TỊCH', fullName: 'Lê Hoàng Sơn' },
      },
      reportPlace: 'Xuân Phú',
      reportDate: '2020-10-14',
      profile: {
        superior: 'Ủy ban nhân dân xã Xuân Phú',
        headquarters: 'Nhà văn hóa ấp Bình Hòa, xã Xuân Phú, huyện Xuân Lộc, tỉnh Đồng Nai',
        history: 'Ấp Bình Hòa có 612 hộ, chủ yếu sản xuất nông nghiệp.',
        structure: 'Chi bộ ấp, Ban điều hành ấp, Ban Công tác Mặt trận và các chi hội đoàn thể.',
        functions: 'Tự quản cộng đồng dân cư; vận động nhân dân giúp đỡ hộ nghèo.',
      },
      report: {
        results: 'Vận động 52 hộ khá giúp 37 hộ nghèo vốn, giống, ngày công; 37/37 hộ thoát nghèo, không có hộ tái nghèo.',
        measures: 'Duy trì tổ hùn vốn xoay vòng; họp ấp hằng quý đánh giá từng hộ.',
      },
    },
    {
      id: 'hoi-nong-dan',
      type: 'individual',
      group: 'mttq-doan-the',
      criteriaMet: ['tc-3-3-1'],
      summary: 'Chủ tịch Hội Nông dân xã vận động hội viên giúp đỡ 64 hộ nghèo phát triển sản xuất giai đoạn 2016 - 2020.',
      votesAgree: 14,
      pastAwards: {
        emulationTitles: [],
        commendations: [
          { year: 2018, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '3120/QĐ-UBND', date: '2018-09-20', issuer: 'Chủ tịch UBND huyện Xuân Lộc' } },
        ],
      },
      confirmations: {
        thuTruong: { agency: 'Hội Nông dân xã Xuân Tâm', title: 'CHỦ TỊCH', fullName: 'Lê Văn Tấn' },
        nguoiBaoCao: { title: 'CHỦ TỊCH HỘI NÔNG DÂN XÃ', fullName: 'Lê Văn Tấn' },
        capTrinh: { agency: 'Ủy ban nhân dân huyện Xuân Lộc', title: 'CHỦ TỊCH', fullName: 'Võ Văn Phi' },
      },
      reportPlace: 'Xuân Tâm',
      reportDate: '2020-10-13',
      profile: {
        fullName: 'Lê Văn Tấn',
        standing: 'official',
        birthDate: '1972-03-08',
        gender: 'nam',
        ethnicity: 'Kinh',
        religion: 'Công giáo',
        hometown: 'Xã Xuân Tâm, huyện Xuân Lộc, tỉnh Đồng Nai',
        residence: 'Ấp 3, xã Xuân Tâm, huyện Xuân Lộc, tỉnh Đồng Nai',
        workplace: 'Hội Nông dân xã Xuân Tâm',
        position: 'Chủ tịch Hội Nông dân xã',
        politicalTheory: 'Trung cấp',
        qualification: 'Trung cấp Nông nghiệp',
      },
      report: {
        duties: 'Lãnh đạo Hội Nông dân xã với 1.240 hội viên; phụ trách phong trào nông dân sản xuất, kinh doanh giỏi.',
        results: 'Vận động hội viên giúp 64 hộ nghèo vốn, giống, kỹ thuật; 58 hộ thoát nghèo; thành lập 02 tổ hợp tác trồng tiêu sạch.',
      },
    },
    {
      id: 'ho-dieu-van-ngoc',
      type: 'household',
      group: 'ho-gia-dinh',
      criteriaMet: ['tc-3-5-1'],
      summary: 'Hộ đồng bào Chơro vươn lên thoát nghèo năm 2017 nhờ trồng tiêu, nuôi dê; hướng dẫn 05 hộ nghèo cùng ấp làm theo.',
      votesAgree: 14,
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        chuHo: { title: 'CHỦ HỘ', fullName: 'Điểu Văn Ngọc' },
        ubndXa: { agency: 'Ủy ban nhân dân xã Xuân Trường', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Bình' },
        capTrinh: { agency: 'Ủy ban nhân dân huyện Xuân Lộc', title: 'CHỦ TỊCH', fullName: 'Võ Văn Phi' },
      },
      reportPlace: 'Xuân Trường',
      reportDate: '2020-10-12',
      profile: {
        householder: 'Điểu Văn Ngọc',
        birthYear: 1975,
        gender: 'nam',
        members: 6,
        address: { village: 'Ấp Trung Lương', commune: 'xã Xuân Trường', district: 'huyện Xuân Lộc' },
      },
      report: {
        contributions: 'Vay vốn Ngân hàng Chính sách xã hội trồng 1.200 trụ tiêu và nuôi 15 con dê; hướng dẫn kỹ thuật, cho mượn giống 05 hộ nghèo cùng ấp.',
        labourDays: 60,
        results: 'Thoát nghèo năm 2017; thu nhập năm 2020 đạt 46 triệu đồng/người; 04/05 hộ được giúp đỡ đã thoát nghèo.',
      },
    },
    {
      id: 'doanh-nhan',
      type: 'individual',
      group: 'to-chuc-ca-nhan-khac',
      criteriaMet: ['tc-1-1-b-1', 'tc-1-1-b-2'],
      summary: 'Chủ cơ sở chế biến hạt điều, hỗ trợ 320 triệu đồng xây nhà tình thương và nhận 25 lao động thuộc hộ nghèo vào làm việc.',
      votesAgree: 12,
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        thuTruong: { agency: 'Ủy ban nhân dân xã Suối Cát', title: 'CHỦ TỊCH', fullName: 'Trịnh Văn Hùng' },
        nguoiBaoCao: { title: 'CHỦ CƠ SỞ', fullName: 'Nguyễn Thị Thu Vân' },
        capTrinh: { agency: 'Ủy ban nhân dân huyện Xuân Lộc', title: 'CHỦ TỊCH', fullName: 'Võ Văn Phi' },
      },
      reportPlace: 'Suối Cát',
      reportDate: '2020-10-12',
      profile: {
        fullName: 'Nguyễn Thị Thu Vân',
        standing: 'citizen',
        birthDate: '1978-11-21',
        gender: 'nu',
        ethnicity: 'Kinh',
        religion: 'Không',
        hometown: 'Xã Suối Cát, huyện Xuân Lộc, tỉnh Đồng Nai',
        residence: 'Ấp Suối Cát 1, xã Suối Cát, huyện Xuân Lộc, tỉnh Đồng Nai',
        workplace: 'Cơ sở chế biến hạt điều Thu Vân',
        position: 'Chủ cơ sở',
        qualification: 'Trung cấp Kế toán',
      },
      report: {
        duties: 'Điều hành cơ sở chế biến hạt điều với 60 lao động.',
        results: 'Giai đoạn 2016 - 2020 hỗ trợ 320 triệu đồng xây 08 nhà tình thương; tuyển dụng 25 lao động thuộc hộ nghèo, 19 hộ đã thoát nghèo.',
      },
    },
  ],
  councilMinutes: {
    number: '09/BB-HĐTĐKT',
    date: '2020-10-23',
    startTime: '08:30',
    endTime: '11:00',
    location: 'Hội trường UBND huyện Xuân Lộc',
    council: 'Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc',
    chair: { fullName: 'Võ Văn Phi', title: 'Chủ tịch UBND huyện, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Đặng Thị Ngọc Hân', title: 'Trưởng phòng Nội vụ huyện' },
    membersTotal: 15,
    membersPresent: 14,
    absentees: [{ fullName: 'Hoàng Văn Lợi', reason: 'Nghỉ phép', votedInWriting: false }],
    votingMethod: 'bo-phieu-kin',
    countingBoard: [
      { fullName: 'Lê Văn Hùng', role: 'Trưởng ban' },
      { fullName: 'Nguyễn Thị Thu Thảo', role: 'Thành viên' },
      { fullName: 'Phạm Quốc Bảo', role: 'Thành viên' },
    ],
    ballots: { issued: 14, returned: 14, valid: 14, invalid: 0 },
    discussion: 'Các thành viên Hội đồng thống nhất với danh sách do Phòng Nội vụ huyện trình; thống nhất đánh giá các trường hợp đề nghị đều có thành tích tiêu biểu trong 05 năm thực hiện Phong trào.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể, 02 cá nhân và 01 hộ gia đình.',
  },
} satisfies NominationSubmission;

// ---- Indicators and targets by scope ----

/**
 * 2020 final report of the Ban Thi đua - Khen thưởng tỉnh, the province's own report (mục VI.5:
 * "Ban Thi đua - Khen thưởng tỉnh … hàng năm báo cáo Hội đồng Thi đua - Khen thưởng tỉnh và Chủ
 * tịch UBND tỉnh"): the report the province's 2020 targets of mục II.1.b are checked on.
 */
export const reportProvince2020 = {
  ...reportBienHoa,
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'Ban Thi đua - Khen thưởng tỉnh',
    unitType: 'so-ban-nganh',
    unitCode: 'ban-thi-dua-khen-thuong-tinh',
    number: '112/BC-BTDKT',
    place: 'Đồng Nai',
    date: '2020-11-20',
  },
  to: ['Hội đồng Thi đua - Khen thưởng tỉnh Đồng Nai', 'Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai'],
  sections: {
    ...reportBienHoa.sections,
    keHoachHuongDan: { text: 'Ban Thi đua - Khen thưởng tỉnh phối hợp Sở Lao động - Thương binh và Xã hội hướng dẫn các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa xây dựng kế hoạch thực hiện Phong trào thi đua.' },
    tuyenTruyen: { text: 'Báo Đồng Nai, Đài Phát thanh - Truyền hình Đồng Nai duy trì chuyên mục về giảm nghèo; biểu dương các điển hình tiên tiến của Phong trào.' },
    kiemTra: { text: 'Hội đồng Thi đua - Khen thưởng tỉnh kiểm tra việc thực hiện Phong trào tại các huyện, thị xã, thành phố năm 2018 và năm 2020.' },
    chinhSachGiaiPhap: { text: 'Các sở, ngành tham mưu chính sách hỗ trợ học nghề, vay vốn, giải quyết việc làm cho người nghèo trên địa bàn tỉnh.' },
    giaiPhapDiaPhuong: { text: 'Các huyện, thị xã, thành phố huy động nguồn lực xã hội hóa cho xã, ấp còn nhiều hộ nghèo.' },
    apKhuPho: { text: 'Các ấp, khu phố trong tỉnh duy trì tổ tương trợ, vận động hộ khá giúp hộ nghèo vốn, việc làm.' },
    hoGiaDinh: { text: 'Nhiều hộ sau thoát nghèo tham gia giúp đỡ hộ khác vươn lên.' },
    moHinhDienHinh: { text: 'Các địa phương phát hiện, nhân rộng nhiều mô hình giảm nghèo hiệu quả.' },
    ketQuaMucTieu: {
      text: 'Cuối năm 2020, tỷ lệ hộ nghèo theo chuẩn nghèo của tỉnh còn 0,17%; thu nhập bình quân đầu người hộ nghèo của tỉnh tăng 1,58 lần so với cuối năm 2015, hộ nghèo ở các huyện, xã vùng sâu, vùng xa tăng 2,1 lần, hộ nghèo dân tộc thiểu số tăng 2,04 lần.',
      indicators: { tyLeHoNgheo: 0.17, heSoTangThuNhapHoNgheo: 1.58, heSoTangThuNhapHoNgheoVungSauVungXa: 2.1, heSoTangThuNhapHoNgheoDtts: 2.04 },
    },
    soKetTongKet: { text: 'Sơ kết giữa kỳ năm 2018 và tổng kết giai đoạn 2016 - 2020 năm 2020 ở cấp tỉnh và tại các huyện, thị xã, thành phố.' },
    ketQuaKhenThuong: { text: 'Giai đoạn 2017 - 2020, Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu trong Phong trào.' },
    uuDiem: { text: 'Hoàn thành các mục tiêu giảm nghèo của tỉnh giai đoạn 2016 - 2020.' },
    hanCheKhoKhan: { text: 'Nguồn lực của một số địa phương còn hạn chế; người nghèo đô thị thiếu việc làm ổn định.' },
    baiHocKinhNghiem: { text: 'Gắn Phong trào với chương trình mục tiêu quốc gia giảm nghèo bền vững và phát huy vai trò cơ sở.' },
    phuongHuong: { text: 'Triển khai chuẩn nghèo đa chiều giai đoạn 2021 - 2025.' },
  },
  signer: { authority: [], title: 'TRƯỞNG BAN', fullName: 'Nguyễn Văn Hùng' },
  recipients: ['Như trên', 'Sở Lao động - Thương binh và Xã hội', 'Lưu: VT'],
} satisfies ReportSubmission;

/**
 * "phấn đấu đến cuối năm 2020 giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1%" (mục II.1.b) is the
 * province's target: a city whose own rate is 1,2% neither meets nor misses it.
 */
export const reportBienHoaAboveProvinceTarget = {
  ...reportBienHoa,
  sections: {
    ...reportBienHoa.sections,
    ketQuaMucTieu: {
      text: 'Cuối năm 2020, tỷ lệ hộ nghèo theo chuẩn nghèo của tỉnh trên địa bàn thành phố còn 1,2%; thu nhập bình quân đầu người hộ nghèo tăng 1,3 lần so với cuối năm 2015, hộ nghèo dân tộc thiểu số tăng 1,85 lần.',
      indicators: { tyLeHoNgheo: 1.2, soHoNgheo: 3196, thuNhapBinhQuanHoNgheo: 18.2, heSoTangThuNhapHoNgheo: 1.3, heSoTangThuNhapHoNgheoDtts: 1.85 },
    },
  },
} satisfies ReportSubmission;

/**
 * "Hàng năm, các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể tỉnh, Ủy ban nhân dân các huyện …
 * báo cáo tình hình tổ chức thực hiện Phong trào thi đua" (mục VI.4): a sở reports how it carried
 * the movement out; the poor-household figures belong to districts, so it gives none.
 */
export const reportSoXayDung2019 = {
  ...reportXuanLoc,
  header: {
    parentAgency: 'UBND TỈNH ĐỒNG NAI',
    agency: 'Sở Xây dựng',
    unitType: 'so-ban-nganh',
    number: '1520/BC-SXD',
    place: 'Đồng Nai',
    date: '2019-12-10',
  },
  sections: {
    ...reportXuanLoc.sections,
    ketQuaMucTieu: { text: 'Sở không quản lý địa bàn dân cư nên không có số liệu hộ nghèo; Sở phối hợp UBND các huyện hướng dẫn thiết kế mẫu nhà tình thương cho hộ nghèo.' },
  },
} satisfies ReportSubmission;

export const examples: PlanExample[] = [
  { name: 'Báo cáo năm 2019 của UBND huyện Xuân Lộc', kind: 'report', data: reportXuanLoc },
  { name: 'Báo cáo tổng kết năm 2020 của UBND thành phố Biên Hòa', kind: 'report', data: reportBienHoa },
  { name: 'Hồ sơ tổng kết 2020 của UBND huyện Xuân Lộc đề nghị Bằng khen của Chủ tịch UBND tỉnh', kind: 'nomination', data: nominationXuanLoc },
  // ---- Seed readings: the 2018 review is not limited to provincial awards ----
  { name: 'Hồ sơ sơ kết 2018 của UBND huyện Xuân Lộc đề nghị Bằng khen của Thủ tướng Chính phủ (“Năm 2018: Tiến hành sơ kết giữa kỳ, khen thưởng.”)', kind: 'nomination', data: xuanLocThuTuong2018() },
  // Indicators and targets by scope: accepted, because the figure or the target is not this unit's.
  { name: 'Báo cáo tổng kết 2020 của Ban Thi đua - Khen thưởng tỉnh (báo cáo của tỉnh, mục VI.5)', kind: 'report', data: reportProvince2020 },
  { name: 'Báo cáo tổng kết 2020 của thành phố Biên Hòa có tỷ lệ hộ nghèo 1,2%: “giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1%” là chỉ tiêu của tỉnh', kind: 'report', data: reportBienHoaAboveProvinceTarget },
  { name: 'Báo cáo năm 2019 của Sở Xây dựng không có số liệu hộ nghèo: số liệu này gắn với địa bàn huyện, thị xã, thành phố', kind: 'report', data: reportSoXayDung2019 },
];

function xuanLocThuTuong2018(): NominationSubmission {
  const d = structuredClone(nominationXuanLoc) as unknown as NominationSubmission;
  d.phase = 'so-ket-2018';
  d.awardForm = 'bang-khen-thu-tuong';
  d.header.number = '241/TTr-UBND';
  d.header.date = '2018-10-26';
  d.coverLetter.legalBases[3] = 'Biên bản họp Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc ngày 22 tháng 10 năm 2018';
  d.coverLetter.body = 'Qua sơ kết giữa kỳ Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020, Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc đã xét duyệt, thông qua và kính trình Chủ tịch UBND tỉnh xem xét, đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể có thành tích xuất sắc (có báo cáo thành tích kèm theo).';
  const xa = d.nominees[0];
  if (xa?.type !== 'collective') throw new Error('example: the first nominee of nominationXuanLoc is the commune');
  xa.summary = 'Giảm hộ nghèo theo chuẩn của tỉnh từ 312 hộ (cuối năm 2016) xuống 118 hộ (năm 2018); đạt chuẩn nông thôn mới năm 2018.';
  xa.pastAwards = {
    emulationTitles: [
      { year: 2017, title: 'Tập thể lao động xuất sắc', decision: { number: '455/QĐ-UBND', date: '2018-02-09', issuer: 'Chủ tịch UBND tỉnh Đồng Nai' } },
    ],
    commendations: [],
  };
  xa.reportDate = '2018-10-15';
  xa.report.results = 'Năm 2016 - 2018 giảm 194 hộ nghèo; 100% hộ nghèo được cấp thẻ bảo hiểm y tế; hoàn thành 19/19 tiêu chí nông thôn mới năm 2018.';
  d.nominees = [xa];
  d.councilMinutes.number = '07/BB-HĐTĐKT';
  d.councilMinutes.date = '2018-10-22';
  d.councilMinutes.conclusion = 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh trình Thủ tướng Chính phủ tặng Bằng khen cho Ủy ban nhân dân xã Xuân Hưng.';
  return d;
}
