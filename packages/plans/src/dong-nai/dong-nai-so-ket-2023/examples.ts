// Valid, realistic submissions for Kế hoạch 148/KH-UBND (sơ kết 03 năm Phong trào “Vì người nghèo”).
// Units and people are illustrative; unit names are those of Đồng Nai in 2023.

import type { NominationSubmission, PlanExample, ReportSubmission } from '@thidua/core';

const MOVEMENT = 'Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025';

export const reportXuanLoc = {
  planId: 'dong-nai-so-ket-2023',
  kind: 'report',
  schemaVersion: '1.0.0',
  header: {
    parentAgency: 'TỈNH ĐỒNG NAI',
    agency: 'ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC',
    unitType: 'huyen',
    number: '214/BC-UBND',
    place: 'Xuân Lộc',
    date: '2023-06-16',
  },
  period: { type: 'so-ket-2021-2023', year: 2023 },
  to: ['Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai'],
  sections: {
    dacDiemTinhHinh: {},
    thuanLoi: {
      text: 'Huyện Xuân Lộc có 14 xã, 01 thị trấn; kinh tế nông nghiệp giữ vai trò chủ đạo, hạ tầng giao thông nông thôn được đầu tư đồng bộ sau khi huyện đạt chuẩn nông thôn mới. Cấp ủy, chính quyền các cấp quan tâm lãnh đạo, chỉ đạo công tác giảm nghèo; Ủy ban Mặt trận Tổ quốc và các đoàn thể phối hợp chặt chẽ trong vận động nguồn lực hỗ trợ người nghèo.',
    },
    khoKhan: {
      text: 'Dịch bệnh Covid-19 năm 2021 làm nhiều lao động mất việc làm, thu nhập giảm; giá vật tư nông nghiệp tăng cao trong năm 2022 ảnh hưởng đến sinh kế của hộ nông dân. Chuẩn nghèo đa chiều của tỉnh giai đoạn 2022 - 2025 cao hơn giai đoạn trước nên số hộ nghèo đầu kỳ tăng; một bộ phận hộ nghèo không còn khả năng lao động, thoát nghèo khó bền vững.',
    },
    congTacTrienKhai: {},
    lanhDaoChiDao: {},
    vanBanLanhDao: {
      text: 'UBND huyện ban hành Kế hoạch số 318/KH-UBND ngày 02/11/2022 triển khai Phong trào thi đua trên địa bàn huyện; Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện ban hành 06 văn bản chỉ đạo, hướng dẫn; 15/15 xã, thị trấn xây dựng kế hoạch hưởng ứng và phát động tại cơ sở.',
    },
    phanCongNhiemVu: {
      text: 'Phân công Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, các phòng, ban phụ trách từng xã; tổ chức 02 đợt kiểm tra mỗi năm tại 15 xã, thị trấn, kịp thời đôn đốc các địa phương chậm triển khai và đánh giá kết quả vào dịp tổng kết cuối năm.',
    },
    tuyenTruyen: {},
    ketQuaTuyenTruyen: {
      text: 'Tổ chức 186 buổi tuyên truyền tại ấp, khu phố với hơn 9.400 lượt người dự; phát 312 tin, bài trên Đài Truyền thanh huyện và trang thông tin điện tử của huyện; cán bộ, công chức, viên chức và nhân dân tích cực đóng góp Quỹ “Vì người nghèo” với tổng số tiền 3.860 triệu đồng trong 03 năm.',
      // Achievement figures: "hơn 9.400 lượt người dự", "3.860 triệu đồng trong 03 năm" as the text writes them.
      figures: [
        { what: 'Số lượt người dự các buổi tuyên truyền', qualifier: 'hon', value: 9400, unit: 'lượt người', fromYear: 2021, toYear: 2023 },
        { what: 'Đóng góp Quỹ “Vì người nghèo”', value: 3860, unit: 'triệu đồng', fromYear: 2021, toYear: 2023 },
      ],
    },
    danhGiaTuyenTruyen: {
      text: 'Công tác tuyên truyền được thực hiện thường xuyên, nội dung gắn với chính sách cụ thể; cách làm hiệu quả là lồng ghép tuyên truyền vào các buổi sinh hoạt chi hội, tổ vay vốn và giới thiệu gương hộ thoát nghèo tiêu biểu ngay tại ấp.',
    },
    ketQuaDatDuoc: {},
    ketQuaHuongUng: {},
    chinhSachQuyDinh: {
      text: 'Huyện triển khai đầy đủ các chính sách hỗ trợ hộ nghèo, hộ cận nghèo về y tế, giáo dục, nhà ở, tín dụng; ban hành quy định phân công cơ quan, đơn vị giúp đỡ xã, ấp có tỷ lệ hộ nghèo cao.',
    },
    giamNgheoHoTro: {
      text: 'Theo chuẩn nghèo đa chiều của tỉnh giai đoạn 2022 - 2025, tỷ lệ hộ nghèo giảm từ 1,42% (cuối năm 2022) xuống còn 0,98% (tháng 5/2023); năm 2021 (theo chuẩn nghèo giai đoạn trước) tỷ lệ hộ nghèo là 0,5%; trong 03 năm có 702 hộ thoát nghèo; xây mới, sửa chữa 68 căn nhà cho hộ nghèo; 100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế.',
      indicators: {
        soHoNgheo: [
          { year: 2021, value: 312 },
          { year: 2022, value: 893 },
          { year: 2023, value: 617 },
        ],
        tyLeHoNgheo: [
          { year: 2021, value: 0.5 },
          { year: 2022, value: 1.42 },
          { year: 2023, value: 0.98 },
        ],
        soHoCanNgheo: [
          { year: 2021, value: 541 },
          { year: 2022, value: 1127 },
          { year: 2023, value: 964 },
        ],
        soHoThoatNgheo: 702,
      },
    },
    toChucSanXuatKinhDoanh: {
      text: 'Các hợp tác xã và doanh nghiệp trên địa bàn phối hợp hỗ trợ 14 mô hình sinh kế (nuôi bò sinh sản, trồng bưởi, sầu riêng liên kết tiêu thụ) cho 226 hộ nghèo, hộ cận nghèo.',
      indicators: { soMoHinhDuAnGiamNgheo: 14 },
      // Achievement figures: a count with no plan indicator ("cho 226 hộ nghèo, hộ cận nghèo").
      figures: [{ what: 'Số hộ nghèo, hộ cận nghèo được hỗ trợ mô hình sinh kế', value: 226, unit: 'hộ' }],
    },
    nganHangTinDung: {
      text: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân kịp thời, đúng đối tượng; nợ quá hạn dưới 0,1% tổng dư nợ; 100% tổ tiết kiệm và vay vốn được củng cố.',
      indicators: { doanhSoChoVay: 286450, soLuotHoVay: 6218 },
      // Achievement figures: "nợ quá hạn dưới 0,1% tổng dư nợ".
      figures: [{ what: 'Nợ quá hạn', qualifier: 'duoi', value: 0.1, unit: '% tổng dư nợ' }],
    },
    dayNgheViecLam: {
      text: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức 41 lớp đào tạo nghề ngắn hạn cho lao động nông thôn thuộc hộ nghèo, hộ cận nghèo; phối hợp các doanh nghiệp trong khu công nghiệp giới thiệu việc làm.',
      indicators: { soNguoiDuocDayNghe: 1085, soNguoiCoViecLam: 1642 },
    },
    cachLamHay: {
      text: 'Mô hình “Cơ quan, đơn vị nhận đỡ đầu hộ nghèo” với 42 cơ quan nhận giúp đỡ 96 hộ; mô hình “Tổ hợp tác nuôi bò sinh sản” tại xã Xuân Hưng giúp 19 hộ thoát nghèo; nhiều cán bộ, công chức đóng góp ngày công xây nhà cho hộ nghèo.',
    },
    tacDongHieuQua: {
      text: 'Phong trào thi đua góp phần hoàn thành chỉ tiêu giảm nghèo của Nghị quyết Đại hội Đảng bộ huyện, giữ vững chuẩn huyện nông thôn mới; gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, cán bộ, đảng viên gương mẫu giúp đỡ người nghèo tại nơi cư trú.',
    },
    kiemTraDonDoc: {
      text: 'Ban Chỉ đạo huyện tổ chức 06 đợt kiểm tra tại 15 xã, thị trấn; qua kiểm tra đã hướng dẫn rà soát hộ nghèo đúng quy trình, khắc phục tình trạng chậm cập nhật dữ liệu.',
    },
    bieuDuongKhenThuong: {
      text: 'Chủ tịch UBND huyện tặng Giấy khen cho 24 tập thể và 37 cá nhân có thành tích tiêu biểu trong 03 năm thực hiện Phong trào thi đua.',
      indicators: { soTapTheDuocKhenThuong: 24, soCaNhanDuocKhenThuong: 37 },
    },
    danhGiaChung: {},
    ketQuaChung: {
      text: 'Phong trào thi đua được triển khai sâu rộng, huy động được sự tham gia của cả hệ thống chính trị và nhân dân; tỷ lệ hộ nghèo giảm nhanh, đời sống hộ nghèo được cải thiện rõ rệt.',
    },
    tonTaiHanChe: {
      text: 'Một số xã chưa chủ động xây dựng mô hình giảm nghèo; việc nhân rộng mô hình sinh kế còn chậm; số hộ tái nghèo và phát sinh nghèo vẫn còn.',
    },
    nguyenNhan: {},
    nguyenNhanKhachQuan: {
      text: 'Ảnh hưởng của dịch bệnh, thiên tai và biến động giá cả thị trường; chuẩn nghèo mới cao hơn giai đoạn trước.',
    },
    nguyenNhanChuQuan: {
      text: 'Một bộ phận người nghèo còn tư tưởng trông chờ, ỷ lại; năng lực của một số cán bộ làm công tác giảm nghèo cấp xã còn hạn chế, thường xuyên thay đổi.',
    },
    baiHocKinhNghiem: {
      text: 'Phải có sự lãnh đạo sát sao của cấp ủy, phát huy vai trò người đứng đầu; hỗ trợ phải gắn với điều kiện của từng hộ, ưu tiên hỗ trợ sinh kế, tránh cấp phát bình quân.',
    },
    deXuatKienNghi: {
      text: 'Đề nghị UBND tỉnh tiếp tục phân bổ vốn ủy thác qua Ngân hàng Chính sách xã hội; Sở Lao động - Thương binh và Xã hội tổ chức tập huấn nghiệp vụ cho cán bộ giảm nghèo cấp xã.',
    },
    phuongHuong: {
      text: 'Tiếp tục đẩy mạnh Phong trào thi đua đến năm 2025, phấn đấu mỗi năm giảm 0,3% tỷ lệ hộ nghèo theo chuẩn của tỉnh; nhân rộng các mô hình sinh kế hiệu quả; kịp thời khen thưởng các tập thể, cá nhân tiêu biểu.',
    },
  },
  signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Lê Thị Ngọc Loan' },
  recipients: [
    'Như trên',
    'Thường trực Huyện ủy',
    'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    'Phòng Lao động - Thương binh và Xã hội huyện',
    'Lưu: VT, LĐTBXH',
  ],
} satisfies ReportSubmission;

export const nominationXuanLoc = {
  planId: 'dong-nai-so-ket-2023',
  kind: 'nomination',
  schemaVersion: '1.0.0',
  phase: 'so-ket-2023',
  awardForm: 'bang-khen-chu-tich-ubnd-tinh',
  header: {
    parentAgency: 'TỈNH ĐỒNG NAI',
    agency: 'ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC',
    unitType: 'huyen',
    number: '97/TTr-UBND',
    place: 'Xuân Lộc',
    date: '2023-06-19',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai'],
    legalBases: [
      'Luật Thi đua, Khen thưởng năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005 và năm 2013',
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng',
      'Kế hoạch số 148/KH-UBND ngày 06 tháng 6 năm 2023 của Chủ tịch UBND tỉnh về sơ kết thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Đồng Nai',
      'Biên bản họp Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc ngày 15 tháng 6 năm 2023',
    ],
    body: `Thực hiện Kế hoạch số 148/KH-UBND ngày 06/6/2023 của Chủ tịch UBND tỉnh, UBND huyện Xuân Lộc đã tổ chức sơ kết 03 năm thực hiện ${MOVEMENT}. Căn cứ thành tích đạt được, đã được Hội đồng Thi đua - Khen thưởng huyện xét duyệt, thông qua, UBND huyện Xuân Lộc kính trình Chủ tịch UBND tỉnh xem xét, tặng Bằng khen cho 02 tập thể và 01 cá nhân có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua (có danh sách và báo cáo thành tích kèm theo).`,
    signer: { authority: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Lê Thị Ngọc Loan' },
    recipients: ['Như trên', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)', 'Lưu: VT, NV'],
  },
  nominees: [
    {
      id: 'n1',
      type: 'collective',
      group: 'co-quan-don-vi-dia-phuong',
      criteriaMet: ['tap-the-thanh-tich-noi-bat', 'tap-the-giai-phap-mo-hinh'],
      name: 'Ủy ban nhân dân xã Xuân Hưng, huyện Xuân Lộc',
      summary: 'Giảm tỷ lệ hộ nghèo từ 2,1% (cuối năm 2022) xuống 1,2% (tháng 5/2023); xây dựng mô hình “Tổ hợp tác nuôi bò sinh sản” giúp 19 hộ thoát nghèo; vận động xây mới 09 căn nhà đại đoàn kết.',
      votesAgree: 13,
      pastAwards: {
        emulationTitles: [{ year: 2022, title: 'Tập thể lao động tiên tiến', decision: { number: '1204/QĐ-UBND', date: '2022-12-28', issuer: 'Chủ tịch UBND huyện Xuân Lộc' } }],
        commendations: [{ year: 2021, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '987/QĐ-UBND', date: '2021-12-20', issuer: 'Chủ tịch UBND huyện Xuân Lộc' } }],
      },
      confirmations: {
        capTrinh: { agency: 'UBND huyện Xuân Lộc', title: 'PHÓ CHỦ TỊCH', fullName: 'Lê Thị Ngọc Loan' },
        thuTruong: { agency: 'UBND xã Xuân Hưng', title: 'CHỦ TỊCH', fullName: 'Trần Văn Thạnh' },
      },
      profile: {
        superior: 'Ủy ban nhân dân huyện Xuân Lộc',
        headquarters: 'Ấp 4, xã Xuân Hưng, huyện Xuân Lộc, tỉnh Đồng Nai',
        phone: '0251 3751 226',
        history: 'Xã Xuân Hưng được thành lập năm 1979; đạt chuẩn nông thôn mới năm 2015 và nông thôn mới nâng cao năm 2021.',
        structure: 'Đảng bộ xã có 14 chi bộ với 312 đảng viên; bộ máy chính quyền gồm 21 cán bộ, công chức; Ủy ban Mặt trận Tổ quốc và 05 đoàn thể chính trị - xã hội.',
        staffCount: 21,
        functions: 'Quản lý nhà nước trên địa bàn xã theo Luật Tổ chức chính quyền địa phương; trực tiếp tổ chức thực hiện các chính sách giảm nghèo tại cơ sở.',
      },
      report: {
        results: 'Trong 03 năm 2021 - 2023, xã giảm 64 hộ nghèo theo chuẩn của tỉnh; 100% hộ nghèo được tiếp cận vốn vay ưu đãi; giải quyết việc làm cho 215 lao động; không còn nhà tạm, dột nát.',
        measures: 'Phân công cán bộ, đảng viên giúp đỡ từng hộ nghèo; liên kết Hợp tác xã Nông nghiệp Xuân Hưng bao tiêu sản phẩm cho hộ tham gia mô hình sinh kế.',
      },
      reportPlace: 'Xuân Hưng',
      reportDate: '2023-06-12',
    },
    {
      id: 'n2',
      type: 'collective',
      group: 'ngan-hang-to-chuc-tin-dung',
      criteriaMet: ['nh-tin-dung-hieu-qua'],
      name: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện Xuân Lộc',
      summary: 'Doanh số cho vay 03 năm đạt 286.450 triệu đồng với 6.218 lượt hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo được vay vốn; nợ quá hạn dưới 0,1%.',
      votesAgree: 14,
      pastAwards: {
        emulationTitles: [{ year: 2022, title: 'Tập thể lao động xuất sắc', decision: { number: '45/QĐ-NHCS', date: '2023-01-12', issuer: 'Tổng Giám đốc Ngân hàng Chính sách xã hội' } }],
        commendations: [],
      },
      confirmations: {
        capTrinh: { agency: 'UBND huyện Xuân Lộc', title: 'PHÓ CHỦ TỊCH', fullName: 'Lê Thị Ngọc Loan' },
        thuTruong: { agency: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện Xuân Lộc', title: 'GIÁM ĐỐC', fullName: 'Nguyễn Hữu Phước' },
      },
      profile: {
        headquarters: 'Quốc lộ 1A, thị trấn Gia Ray, huyện Xuân Lộc, tỉnh Đồng Nai',
        history: 'Thành lập năm 2003 trên cơ sở Ngân hàng phục vụ người nghèo; là đơn vị trực thuộc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đồng Nai.',
        structure: 'Ban Giám đốc, tổ Kế toán - Ngân quỹ, tổ Tín dụng; chi bộ trực thuộc Đảng bộ Chi nhánh; công đoàn cơ sở và chi đoàn thanh niên.',
        staffCount: 18,
        functions: 'Cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và các đối tượng chính sách khác trên địa bàn huyện theo ủy thác qua các tổ chức chính trị - xã hội.',
      },
      report: {
        results: 'Tổng dư nợ đến 31/5/2023 đạt 812.300 triệu đồng, tăng 21% so với năm 2020; 100% xã, thị trấn có điểm giao dịch định kỳ.',
        measures: 'Phối hợp các hội, đoàn thể nhận ủy thác kiểm tra sử dụng vốn; thực hiện giải ngân tại điểm giao dịch xã.',
      },
      reportPlace: 'Xuân Lộc',
      reportDate: '2023-06-12',
    },
    {
      id: 'n3',
      type: 'individual',
      group: 'ca-nhan',
      criteriaMet: ['ca-nhan-thanh-tich-noi-bat', 'ca-nhan-cach-lam-sang-tao'],
      summary: 'Tham mưu mô hình “Cơ quan, đơn vị nhận đỡ đầu hộ nghèo” với 42 cơ quan tham gia, giúp 96 hộ; theo dõi, cập nhật dữ liệu hộ nghèo đúng quy trình.',
      votesAgree: 12,
      pastAwards: {
        emulationTitles: [
          { year: 2021, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '990/QĐ-UBND', date: '2021-12-20', issuer: 'Chủ tịch UBND huyện Xuân Lộc' } },
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '1206/QĐ-UBND', date: '2022-12-28', issuer: 'Chủ tịch UBND huyện Xuân Lộc' } },
        ],
        commendations: [],
      },
      confirmations: {
        thuTruong: { agency: 'Phòng Lao động - Thương binh và Xã hội huyện Xuân Lộc', title: 'TRƯỞNG PHÒNG', fullName: 'Đỗ Văn Khánh' },
        nguoiBaoCao: { title: 'CHUYÊN VIÊN', fullName: 'Phạm Thị Thu Hà' },
        capTrinh: { agency: 'UBND huyện Xuân Lộc', title: 'PHÓ CHỦ TỊCH', fullName: 'Lê Thị Ngọc Loan' },
      },
      profile: {
        fullName: 'Phạm Thị Thu Hà',
        standing: 'official',
        birthDate: '1986-09-14',
        gender: 'nu',
        ethnicity: 'Kinh',
        religion: 'Không',
        hometown: 'Xã Xuân Hiệp, huyện Xuân Lộc, tỉnh Đồng Nai',
        residence: 'Khu phố 3, thị trấn Gia Ray, huyện Xuân Lộc, tỉnh Đồng Nai',
        workplace: 'Phòng Lao động - Thương binh và Xã hội huyện Xuân Lộc',
        position: 'Chuyên viên, phụ trách công tác giảm nghèo',
        politicalTheory: 'Trung cấp',
        qualification: 'Cử nhân Công tác xã hội',
      },
      report: {
        duties: 'Tham mưu UBND huyện triển khai các chương trình, chính sách giảm nghèo; hướng dẫn rà soát hộ nghèo, hộ cận nghèo hằng năm.',
        results: 'Tham mưu ban hành 06 văn bản chỉ đạo; hướng dẫn 15 xã, thị trấn rà soát đúng quy trình; đề xuất mô hình nhận đỡ đầu hộ nghèo được nhân rộng toàn huyện.',
      },
      reportPlace: 'Xuân Lộc',
      reportDate: '2023-06-12',
    },
  ],
  councilMinutes: {
    number: '08/BB-HĐTĐKT',
    date: '2023-06-15',
    startTime: '08:00',
    endTime: '10:30',
    location: 'Phòng họp UBND huyện Xuân Lộc',
    council: 'Hội đồng Thi đua - Khen thưởng huyện Xuân Lộc',
    chair: { fullName: 'Võ Văn Phi', title: 'Chủ tịch UBND huyện, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Nguyễn Thị Mỹ Dung', title: 'Chuyên viên Phòng Nội vụ' },
    membersTotal: 15,
    membersPresent: 14,
    absentees: [{ fullName: 'Hoàng Văn Sơn', reason: 'Đi công tác', votedInWriting: true }],
    votingMethod: 'bo-phieu-kin',
    countingBoard: [
      { fullName: 'Lê Văn Hùng', role: 'Trưởng ban' },
      { fullName: 'Trần Thị Bích Ngọc', role: 'Thành viên' },
      { fullName: 'Phạm Quốc Bảo', role: 'Thành viên' },
    ],
    ballots: { issued: 15, returned: 15, valid: 15, invalid: 0 },
    discussion: 'Các thành viên Hội đồng thống nhất với danh sách do Phòng Nội vụ huyện trình; đề nghị nêu rõ số hộ được vay vốn và số hộ thoát nghèo trong báo cáo thành tích của Phòng giao dịch Ngân hàng Chính sách xã hội huyện.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 01 cá nhân có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua.',
  },
} satisfies NominationSubmission;

// Reports as they really come: the province's own three-year review, sent to the central level
// (III.3.a: “tổng hợp, báo cáo tham mưu UBND tỉnh báo cáo sơ kết 03 năm thực hiện Phong trào thi đua”),
// stating its span, before the văn thư has given it a number it would be a draft; here it has one.
export const reportUbndTinh = {
  planId: 'dong-nai-so-ket-2023',
  kind: 'report',
  schemaVersion: '1.0.0',
  header: {
    agency: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
    unitType: 'ubnd-tinh',
    number: '265/BC-UBND',
    place: 'Đồng Nai',
    date: '2023-07-20',
  },
  period: { type: 'so-ket-2021-2023', year: 2023, fromYear: 2021 },
  to: ['Bộ Lao động - Thương binh và Xã hội', 'Ban Thi đua - Khen thưởng Trung ương'],
  sections: {
    thuanLoi: { text: 'Tỉnh có 11 đơn vị hành chính cấp huyện; kinh tế tăng trưởng khá, nguồn lực xã hội hóa cho công tác giảm nghèo dồi dào; cấp ủy, chính quyền và Ủy ban Mặt trận Tổ quốc các cấp quan tâm lãnh đạo, chỉ đạo Phong trào thi đua.' },
    khoKhan: { text: 'Dịch bệnh Covid-19 năm 2021 ảnh hưởng đến việc làm, thu nhập của người lao động; chuẩn nghèo đa chiều của tỉnh giai đoạn 2022 - 2025 cao hơn giai đoạn trước nên số hộ nghèo đầu kỳ tăng.' },
    vanBanLanhDao: { text: 'UBND tỉnh ban hành kế hoạch triển khai Phong trào thi đua giai đoạn 2021 - 2025 và Kế hoạch số 148/KH-UBND ngày 06/6/2023 về sơ kết 03 năm; các sở, ban, ngành, UBND các huyện, thành phố ban hành kế hoạch hưởng ứng.' },
    phanCongNhiemVu: { text: 'Sở Lao động - Thương binh và Xã hội là cơ quan thường trực, phối hợp Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Phong trào thi đua.' },
    ketQuaTuyenTruyen: { text: 'Các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền thường xuyên về Phong trào thi đua; cán bộ, công chức, viên chức và nhân dân tích cực ủng hộ Quỹ “Vì người nghèo” các cấp.' },
    danhGiaTuyenTruyen: { text: 'Công tác tuyên truyền được thực hiện đa dạng, gắn với giới thiệu gương điển hình thoát nghèo, góp phần thay đổi nhận thức của người nghèo về tự lực vươn lên.' },
    chinhSachQuyDinh: { text: 'Tỉnh triển khai đầy đủ chính sách hỗ trợ hộ nghèo, hộ cận nghèo về y tế, giáo dục, nhà ở, tín dụng; ban hành chuẩn nghèo đa chiều của tỉnh giai đoạn 2022 - 2025.' },
    giamNgheoHoTro: { text: 'Tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm qua từng năm; các chính sách hỗ trợ người nghèo được thực hiện kịp thời, đúng đối tượng.' },
    toChucSanXuatKinhDoanh: { text: 'Các doanh nghiệp, hợp tác xã liên kết với hộ nghèo trong sản xuất, tiêu thụ sản phẩm; nhiều mô hình sinh kế được nhân rộng.' },
    nganHangTinDung: { text: 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh cho vay đúng đối tượng, kịp thời; vốn ủy thác từ ngân sách địa phương tăng hằng năm.' },
    dayNgheViecLam: { text: 'Các cơ sở giáo dục nghề nghiệp tổ chức đào tạo nghề ngắn hạn cho lao động thuộc hộ nghèo, hộ cận nghèo; các phiên giao dịch việc làm được tổ chức định kỳ.' },
    cachLamHay: { text: 'Mô hình “Cơ quan, đơn vị nhận đỡ đầu hộ nghèo” được triển khai ở tất cả các huyện, thành phố.' },
    tacDongHieuQua: { text: 'Phong trào thi đua góp phần hoàn thành chỉ tiêu giảm nghèo của Nghị quyết Đại hội Đảng bộ tỉnh, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.' },
    kiemTraDonDoc: { text: 'Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh kiểm tra hằng năm tại các huyện, thành phố, kịp thời hướng dẫn tháo gỡ vướng mắc.' },
    ketQuaChung: { text: 'Phong trào thi đua được triển khai sâu rộng, huy động được sự tham gia của cả hệ thống chính trị và nhân dân.' },
    tonTaiHanChe: { text: 'Việc nhân rộng mô hình sinh kế còn chậm; số hộ tái nghèo và phát sinh nghèo vẫn còn.' },
    nguyenNhanKhachQuan: { text: 'Ảnh hưởng của dịch bệnh và biến động giá cả thị trường; chuẩn nghèo mới cao hơn giai đoạn trước.' },
    nguyenNhanChuQuan: { text: 'Một bộ phận người nghèo còn tâm lý trông chờ, ỷ lại; cán bộ làm công tác giảm nghèo cấp xã thường xuyên thay đổi.' },
    baiHocKinhNghiem: { text: 'Phát huy vai trò người đứng đầu; hỗ trợ gắn với điều kiện của từng hộ, ưu tiên hỗ trợ sinh kế.' },
    deXuatKienNghi: { text: 'Đề nghị Bộ Lao động - Thương binh và Xã hội sớm hướng dẫn tiêu chí đánh giá, khen thưởng tổng kết Phong trào thi đua năm 2025.' },
    phuongHuong: { text: 'Tiếp tục đẩy mạnh Phong trào thi đua đến năm 2025, nhân rộng các mô hình giảm nghèo hiệu quả.' },
  },
  signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Thị Hoàng' },
  recipients: ['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'Lưu: VT, KGVX'],
} satisfies ReportSubmission;

export const examples: PlanExample[] = [
  { name: 'Báo cáo sơ kết 03 năm của UBND huyện Xuân Lộc', kind: 'report', data: reportXuanLoc },
  { name: 'Hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh của UBND huyện Xuân Lộc', kind: 'nomination', data: nominationXuanLoc },
  // Reports as they really come: the province's own report to the central level.
  { name: 'Báo cáo sơ kết 03 năm (2021 - 2023) của UBND tỉnh gửi Bộ Lao động - Thương binh và Xã hội, Ban Thi đua - Khen thưởng Trung ương', kind: 'report', data: reportUbndTinh },
];
