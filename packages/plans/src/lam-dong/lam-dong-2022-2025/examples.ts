// Valid, realistic submissions for the Lâm Đồng plan issued with QĐ 1479/QĐ-UBND (24/8/2022).
// Units are those of Lâm Đồng at the plan's time (huyện Đam Rông and its 08 communes, Sở Lao động -
// Thương binh và Xã hội); people, document numbers and figures are illustrative.

import type {
  CollectiveNominee, HouseholdNominee, IndividualNominee, NominationSubmission, Nominee, PlanExample, ReportSubmission,
} from '@thidua/core';

const MOVEMENT = 'Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2025';
const KH_1479 = 'Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2025 trên địa bàn tỉnh Lâm Đồng';

// ---------------------------------------------------------------------------------------------
// 1. Yearly report 2023 of UBND huyện Đam Rông (due before 15/11/2023, mục VI.6)
// ---------------------------------------------------------------------------------------------

export const reportDamRong2023 = {
  planId: 'lam-dong-2022-2025',
  kind: 'report',
  schemaVersion: '1.0.0',
  header: {
    parentAgency: 'UBND TỈNH LÂM ĐỒNG',
    agency: 'Ủy ban nhân dân huyện Đam Rông',
    unitType: 'huyen',
    unitCode: 'dam-rong',
    number: '318/BC-UBND',
    place: 'Đam Rông',
    date: '2023-11-08',
  },
  period: { type: 'hang-nam', year: 2023 },
  to: [
    'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
    'Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)',
  ],
  sections: {
    trienKhai: {
      text: 'Năm 2023 là năm thứ hai huyện Đam Rông triển khai Phong trào thi đua theo Kế hoạch ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh, gắn với mục tiêu thoát khỏi tình trạng huyện nghèo và đạt chuẩn huyện nông thôn mới vào năm 2025.',
    },
    lanhDaoChiDao: {
      text: 'Ủy ban nhân dân huyện ban hành Kế hoạch số 46/KH-UBND ngày 15/3/2023 thực hiện Phong trào thi đua năm 2023 và 07 văn bản chỉ đạo, hướng dẫn các xã triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Phân công 24 cơ quan, đơn vị của huyện giúp đỡ 08 xã; mỗi thành viên Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện phụ trách 01 xã, trực tiếp kiểm tra tại 08/08 xã mỗi quý. Phong trào được gắn với Phong trào thi đua “Cùng cả nước, Lâm Đồng chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025; 100% xã xây dựng kế hoạch hưởng ứng và phát động tại 47 thôn.',
    },
    tuyenTruyen: {
      text: 'Tổ chức 214 buổi tuyên truyền tại thôn, buôn bằng tiếng phổ thông và tiếng Cơ Ho, tiếng Mnông với 11.860 lượt người dự; Trung tâm Văn hóa - Thông tin và Thể thao huyện phát 168 tin, bài, phóng sự về gương hộ thoát nghèo. Ủy ban Mặt trận Tổ quốc Việt Nam huyện tổ chức Tháng cao điểm “Vì người nghèo” (17/10 - 18/11/2023), vận động Quỹ “Vì người nghèo” các cấp được 1.246 triệu đồng; vận động 2.134 hộ nghèo, hộ cận nghèo đăng ký thoát nghèo.',
    },
    huyDongNguonLuc: {
      text: 'Tổng nguồn lực xã hội hóa huy động hỗ trợ người nghèo trong năm đạt 18.650 triệu đồng: doanh nghiệp, hợp tác xã hỗ trợ 9.420 triệu đồng (xây dựng 46 căn nhà đại đoàn kết, cấp 38.000 cây cà phê giống, bò giống cho 62 hộ); cán bộ, công chức, viên chức đóng góp 1.130 triệu đồng; hộ khá giả cho hộ nghèo vay vốn không lấy lãi, cho mượn công cụ sản xuất trị giá 2.480 triệu đồng; các sở, ngành, đơn vị của tỉnh nhận giúp đỡ các xã Đạ Tông, Đạ Long, Đạ M\'Rông hỗ trợ 5.620 triệu đồng.',
      indicators: { nguonLucHuyDong: 18650 },
    },
    ketQuaChiTieu: {
      text: 'Số liệu năm 2023 là số ước thực hiện đến ngày 31/10/2023, sẽ được cập nhật theo kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm.',
    },
    giamNgheo: {
      text: 'Tỷ lệ hộ nghèo đa chiều toàn huyện ước giảm từ 12,86% (cuối năm 2022) xuống còn 10,21%, giảm 2,65%, tương ứng 318 hộ thoát nghèo; tỷ lệ hộ nghèo dân tộc thiểu số giảm từ 19,42% xuống còn 15,94% (giảm 3,48%). Số hộ tái nghèo, tái cận nghèo phát sinh trong năm là 52 hộ, bằng 2,1% tổng số hộ nghèo, hộ cận nghèo. Toàn huyện không còn hộ chính sách người có công là hộ nghèo.',
      indicators: {
        mucGiamTyLeNgheoDaChieu: 2.65,
        mucGiamTyLeHoNgheoDtts: 3.48,
        tyLeTaiNgheoTaiCanNgheo: 2.1,
        hoNguoiCoCongLaHoNgheo: 0,
      },
    },
    xaThonDbkk: {
      text: 'Huyện có 03 xã khu vực III (Đạ Tông, Đạ Long, Đạ M\'Rông) và 19 thôn đặc biệt khó khăn giai đoạn 2021 - 2025. Năm 2023, đã đầu tư 14 công trình hạ tầng thiết yếu (đường giao thông, kênh mương, nhà sinh hoạt cộng đồng) với tổng vốn 31.400 triệu đồng; 06/19 thôn đặc biệt khó khăn đạt các tiêu chí thoát khỏi tình trạng đặc biệt khó khăn. Xã Đạ M\'Rông đạt 15/19 tiêu chí nông thôn mới, phấn đấu đạt chuẩn năm 2024 để ra khỏi khu vực III theo lộ trình đến năm 2025 không còn xã đặc biệt khó khăn. Tỷ lệ xã, thôn đặc biệt khó khăn đã thoát nghèo đạt 27,27% (06/22); còn 03 xã đặc biệt khó khăn.',
      indicators: { tyLeXaThonDbkkThoatNgheo: 27.27, soXaDbkkConLai: 3 },
    },
    vonViecLam: {
      text: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân 96.820 triệu đồng cho 2.418 lượt hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo vay vốn, đáp ứng 100% hộ đủ điều kiện, có nhu cầu; dư nợ đến 31/10/2023 đạt 412.560 triệu đồng, nợ quá hạn 0,08%. Đào tạo nghề nông nghiệp (trồng, chăm sóc cà phê, dâu tằm, chăn nuôi bò) cho 636 người nghèo, người dân tộc thiểu số, đạt 100% người nghèo trong độ tuổi lao động có nhu cầu; giới thiệu 214 lao động làm việc tại các doanh nghiệp trong và ngoài tỉnh.',
      indicators: { tyLeHoDuocVayVon: 100, tyLeNguoiNgheoDuocDaoTaoNghe: 100 },
    },
    boiDuongCanBo: {
      text: 'Phối hợp Sở Lao động - Thương binh và Xã hội tổ chức 04 lớp tập huấn nghiệp vụ giảm nghèo, rà soát hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 cho 286 cán bộ huyện, xã, trưởng thôn và cộng tác viên giảm nghèo; 100% người làm công tác giảm nghèo các cấp được bồi dưỡng.',
      indicators: { tyLeCanBoDuocBoiDuong: 100 },
    },
    noiDungThiDua: {
      text: 'Các xã, thôn, cơ quan, đơn vị tập trung thi đua đổi mới cách hỗ trợ, chuyển từ cho không sang hỗ trợ có điều kiện gắn với cam kết thoát nghèo của từng hộ.',
    },
    moHinhSangKien: {
      text: 'Nhân rộng 09 mô hình giảm nghèo hiệu quả: mô hình trồng dâu nuôi tằm liên kết bao tiêu tại xã Đạ K\'Nàng, Phi Liêng (118 hộ tham gia, thu nhập bình quân 65 triệu đồng/ha/năm); mô hình tái canh cà phê xen cây ăn quả tại xã Rô Men, Liêng Srônh; mô hình nuôi bò sinh sản luân chuyển tại xã Đạ Rsal; mô hình “Tổ tiết kiệm và vay vốn” của Hội Liên hiệp Phụ nữ tại xã Đạ Long. Sáng kiến “Mỗi đảng viên giúp đỡ 01 hộ nghèo” của Đảng bộ xã Đạ Tông được Huyện ủy chỉ đạo nhân rộng, đã có 412 đảng viên nhận giúp đỡ 412 hộ.',
    },
    hoTroDamRong: {
      text: 'Là địa phương được Kế hoạch xác định ưu tiên hỗ trợ, năm 2023 huyện tiếp nhận sự giúp đỡ của 16 sở, ngành, doanh nghiệp của tỉnh với tổng giá trị 12.380 triệu đồng; huyện phân bổ tập trung 68% vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững cho 03 xã khu vực III và 19 thôn đặc biệt khó khăn; giao khoán quản lý bảo vệ rừng 31.250 ha cho 1.906 hộ, chi trả dịch vụ môi trường rừng 29.870 triệu đồng, trong đó 74% số hộ nhận khoán là hộ đồng bào dân tộc thiểu số tại chỗ.',
    },
    khenThuong: {
      text: 'Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho 12 tập thể, 25 cá nhân và 09 hộ gia đình có thành tích trong thực hiện Phong trào thi đua năm 2023; Ủy ban nhân dân các xã khen thưởng 41 hộ gia đình thoát nghèo tiêu biểu. Huyện đã tổ chức sơ kết Phong trào và đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 04 trường hợp theo chỉ tiêu sơ kết năm 2023.',
      indicators: { soTapTheDuocKhenThuong: 12, soCaNhanDuocKhenThuong: 25, soHoGiaDinhDuocKhenThuong: 9 },
    },
    danhGiaChung: {
      text: 'Phong trào thi đua được các cấp, các ngành và Nhân dân hưởng ứng tích cực, góp phần hoàn thành vượt chỉ tiêu giảm nghèo năm 2023 do Hội đồng nhân dân huyện giao (giảm 2,5%).',
    },
    uuDiem: {
      text: 'Cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo sát sao; nguồn lực được ưu tiên cho các xã, thôn đặc biệt khó khăn; nhiều hộ đồng bào dân tộc thiểu số chủ động đăng ký thoát nghèo; các mô hình sinh kế gắn với liên kết tiêu thụ sản phẩm mang lại thu nhập ổn định.',
    },
    tonTaiHanChe: {
      text: 'Tỷ lệ hộ nghèo của huyện vẫn cao nhất tỉnh; một bộ phận hộ nghèo còn tư tưởng trông chờ, ỷ lại; thiếu đất sản xuất, trình độ canh tác hạn chế; giải ngân vốn sự nghiệp các chương trình mục tiêu quốc gia chậm do hướng dẫn thực hiện một số dự án ban hành muộn. Nguyên nhân: địa bàn rộng, địa hình chia cắt, giao thông khó khăn; xuất phát điểm kinh tế thấp; đội ngũ cán bộ giảm nghèo cấp xã kiêm nhiệm, thường xuyên thay đổi.',
    },
    phuongHuong: {
      text: 'Năm 2024, huyện tiếp tục đẩy mạnh Phong trào thi đua, phấn đấu giảm tỷ lệ hộ nghèo đa chiều từ 2,5% trở lên.',
    },
    phuongHuongNhiemVu: {
      text: 'Tập trung hỗ trợ sinh kế gắn với chuỗi giá trị cà phê, dâu tằm, chăn nuôi bò; hoàn thành xóa nhà tạm cho 86 hộ nghèo còn lại; phấn đấu xã Đạ M\'Rông đạt chuẩn nông thôn mới năm 2024; đẩy mạnh đào tạo nghề, giới thiệu việc làm cho lao động thuộc hộ nghèo; kịp thời phát hiện, biểu dương, khen thưởng các điển hình tiên tiến.',
    },
    deXuatKienNghi: {
      text: 'Đề nghị Ủy ban nhân dân tỉnh tiếp tục phân công các sở, ngành, doanh nghiệp giúp đỡ 03 xã khu vực III của huyện đến năm 2025; tăng nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội để cho vay hộ mới thoát nghèo; Sở Lao động - Thương binh và Xã hội sớm hướng dẫn định mức hỗ trợ các dự án phát triển sản xuất cộng đồng.',
    },
  },
  signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Kră Jăn Ha Sơn' },
  recipients: [
    'Như trên',
    'Thường trực Huyện ủy',
    'Thường trực Hội đồng nhân dân huyện',
    'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    'Phòng Lao động - Thương binh và Xã hội huyện',
    'Phòng Nội vụ huyện',
    'Lưu: VT, LĐTBXH',
  ],
} satisfies ReportSubmission;

// ---------------------------------------------------------------------------------------------
// 2. Sơ kết 2023 dossier of UBND huyện Đam Rông: Bằng khen của Chủ tịch UBND tỉnh, 04 trường hợp
//    (Đam Rông's own quota, mục IV.2.c)
// ---------------------------------------------------------------------------------------------

const CAP_TRINH_DAM_RONG = { agency: 'Ủy ban nhân dân huyện Đam Rông', title: 'CHỦ TỊCH', fullName: 'Phan Văn Đạt' };

export const communeDaTong = {
  id: 'n1',
  type: 'collective',
  group: 'cap-xa',
  category: 'xa-dac-biet-kho-khan',
  criteriaMet: ['c-1'],
  name: 'Ủy ban nhân dân xã Đạ Tông, huyện Đam Rông',
  summary: 'Xã khu vực III giảm tỷ lệ hộ nghèo đa chiều liên tục 03 năm 2020 - 2022 (giảm 3,08%, 2,25% và 3,64%/năm); xây dựng sáng kiến “Mỗi đảng viên giúp đỡ 01 hộ nghèo” với 186 đảng viên nhận giúp đỡ 186 hộ.',
  votesAgree: 13,
  evidence: {
    tyLeNgheoDaChieu: [
      { year: 2019, value: 31.45 },
      { year: 2020, value: 28.37 },
      { year: 2021, value: 26.12 },
      { year: 2022, value: 22.48 },
    ],
    quyMoHoNgheoCanNgheo: [
      { year: 2021, value: 710 },
      { year: 2022, value: 651 },
    ],
  },
  pastAwards: {
    emulationTitles: [
      { year: 2022, title: 'Tập thể lao động tiên tiến', decision: { number: '2154/QĐ-UBND', date: '2022-12-26', issuer: 'Chủ tịch UBND huyện Đam Rông' } },
    ],
    commendations: [
      { year: 2021, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '1987/QĐ-UBND', date: '2021-12-24', issuer: 'Chủ tịch UBND huyện Đam Rông' } },
    ],
  },
  confirmations: {
    capTrinh: CAP_TRINH_DAM_RONG,
    thuTruong: { agency: 'Ủy ban nhân dân xã Đạ Tông', title: 'CHỦ TỊCH', fullName: 'Liêng Hót Ha Chiêng' },
  },
  profile: {
    superior: 'Ủy ban nhân dân huyện Đam Rông',
    headquarters: 'Thôn Đạ Nhar, xã Đạ Tông, huyện Đam Rông, tỉnh Lâm Đồng',
    phone: '0263 3690 112',
    history: 'Xã Đạ Tông là xã vùng cao, trực thuộc huyện Đam Rông từ khi huyện được thành lập theo Nghị định số 189/2004/NĐ-CP của Chính phủ; diện tích tự nhiên 24.950 ha, 2.186 hộ với 9.410 nhân khẩu, trong đó 91% là đồng bào Cơ Ho, Mnông; là xã khu vực III giai đoạn 2021 - 2025.',
    structure: 'Đảng bộ xã có 16 chi bộ trực thuộc với 348 đảng viên; Hội đồng nhân dân, Ủy ban nhân dân xã với 22 cán bộ, công chức; Ủy ban Mặt trận Tổ quốc Việt Nam xã và 05 tổ chức chính trị - xã hội; 07 thôn.',
    staffCount: 22,
    functions: 'Thực hiện chức năng quản lý nhà nước trên địa bàn xã theo Luật Tổ chức chính quyền địa phương; trực tiếp tổ chức thực hiện các chương trình mục tiêu quốc gia, chính sách giảm nghèo tại cơ sở.',
  },
  report: {
    results: 'Tỷ lệ hộ nghèo đa chiều giảm từ 31,45% (năm 2019) xuống 22,48% (năm 2022); quy mô hộ nghèo và hộ cận nghèo giảm từ 710 hộ (đầu kỳ 2021) xuống 651 hộ (năm 2022). Xây mới 58 căn nhà cho hộ nghèo; 100% hộ nghèo có nhu cầu được vay vốn ưu đãi; 100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế; bê tông hóa 12,6 km đường thôn.',
    measures: 'Phân công từng đảng viên, cán bộ, công chức giúp đỡ hộ nghèo cụ thể; hỗ trợ có điều kiện gắn với cam kết thoát nghèo; liên kết Hợp tác xã Nông nghiệp Đạ Tông bao tiêu cà phê cho 126 hộ; tuyên truyền bằng tiếng Cơ Ho tại các buổi sinh hoạt cộng đồng.',
    otherWork: 'Đảng bộ xã nhiều năm liền hoàn thành tốt nhiệm vụ; Ủy ban Mặt trận Tổ quốc và các đoàn thể xã hoàn thành tốt nhiệm vụ.',
  },
  reportPlace: 'Đạ Tông',
  reportDate: '2023-10-09',
  note: 'Tỷ lệ hộ nghèo năm 2019 - 2020 theo chuẩn nghèo giai đoạn 2016 - 2020; năm 2021 - 2022 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (Nghị định số 07/2021/NĐ-CP).',
} satisfies CollectiveNominee;

export const villagePangDung = {
  id: 'n3',
  type: 'collective',
  group: 'thon-buon-to-dan-pho',
  criteriaMet: ['d-1', 'd-2', 'd-3'],
  name: 'Thôn Păng Dung, xã Phi Liêng, huyện Đam Rông',
  summary: 'Quy mô hộ nghèo và hộ cận nghèo giảm từ 124 hộ (đầu kỳ 2021) xuống 57 hộ (tháng 9/2023), giảm 54%; 100% hộ có nhà ở kiên cố, sử dụng điện lưới và nước hợp vệ sinh.',
  votesAgree: 12,
  evidence: {
    quyMoHoNgheoCanNgheo: [
      { year: 2021, value: 124 },
      { year: 2022, value: 88 },
      { year: 2023, value: 57 },
    ],
  },
  pastAwards: {
    emulationTitles: [
      { year: 2022, title: 'Thôn văn hóa', decision: { number: '142/QĐ-UBND', date: '2022-12-20', issuer: 'Chủ tịch UBND xã Phi Liêng' } },
    ],
    commendations: [],
  },
  confirmations: {
    capTrinh: CAP_TRINH_DAM_RONG,
    thuTruong: { agency: 'Thôn Păng Dung', title: 'TRƯỞNG THÔN', fullName: 'Bon Niêng Ha Biên' },
  },
  profile: {
    superior: 'Ủy ban nhân dân xã Phi Liêng',
    headquarters: 'Nhà sinh hoạt cộng đồng thôn Păng Dung, xã Phi Liêng, huyện Đam Rông, tỉnh Lâm Đồng',
    history: 'Thôn Păng Dung được hình thành từ buôn cũ của đồng bào Cơ Ho Cil, có 286 hộ với 1.214 nhân khẩu, 94% là đồng bào dân tộc thiểu số; là thôn đặc biệt khó khăn giai đoạn 2021 - 2025.',
    structure: 'Chi bộ thôn có 38 đảng viên; Ban Điều hành thôn, Ban Công tác Mặt trận và các chi hội Phụ nữ, Nông dân, Cựu chiến binh, Chi đoàn thanh niên; 02 tổ tiết kiệm và vay vốn.',
    functions: 'Tự quản cộng đồng dân cư; tổ chức thực hiện các chủ trương, chính sách của Đảng, pháp luật của Nhà nước và các chương trình giảm nghèo trên địa bàn thôn.',
  },
  report: {
    results: 'Trong 03 năm 2021 - 2023 có 67 hộ thoát nghèo, thoát cận nghèo; thu nhập bình quân đầu người tăng từ 24 triệu đồng lên 36 triệu đồng/năm; 212 ha cà phê được tái canh, ghép cải tạo; 100% trẻ em trong độ tuổi đến trường; không còn nhà tạm.',
    measures: 'Huy động 1.460 ngày công và 386 triệu đồng của Nhân dân làm 3,2 km đường nội thôn; người có uy tín, già làng vận động hộ nghèo đăng ký thoát nghèo; hộ khá giả giúp hộ nghèo cây giống, kỹ thuật chăm sóc cà phê, dâu tằm.',
  },
  reportPlace: 'Phi Liêng',
  reportDate: '2023-10-09',
  note: 'Số liệu năm 2023 theo kết quả rà soát giữa kỳ tháng 9/2023 của Ủy ban nhân dân xã Phi Liêng.',
} satisfies CollectiveNominee;

export const officialCilMupKHuong = {
  id: 'n2',
  type: 'individual',
  group: 'can-bo-giam-ngheo',
  criteriaMet: ['g-1', 'g-2'],
  summary: 'Tham mưu Ủy ban nhân dân huyện ban hành quy trình hỗ trợ có điều kiện đối với hộ nghèo; trực tiếp hướng dẫn 08 xã rà soát hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 đúng quy trình, không có khiếu nại.',
  votesAgree: 13,
  pastAwards: {
    emulationTitles: [
      { year: 2021, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '1990/QĐ-UBND', date: '2021-12-24', issuer: 'Chủ tịch UBND huyện Đam Rông' } },
      { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '2158/QĐ-UBND', date: '2022-12-26', issuer: 'Chủ tịch UBND huyện Đam Rông' } },
    ],
    commendations: [
      { year: 2020, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '1745/QĐ-UBND', date: '2020-12-18', issuer: 'Chủ tịch UBND huyện Đam Rông' } },
    ],
  },
  confirmations: {
    thuTruong: { agency: 'Phòng Lao động - Thương binh và Xã hội huyện Đam Rông', title: 'TRƯỞNG PHÒNG', fullName: 'Trần Quốc Khánh' },
    nguoiBaoCao: { title: 'PHÓ TRƯỞNG PHÒNG', fullName: 'Cil Múp K\'Hương' },
    capTrinh: CAP_TRINH_DAM_RONG,
  },
  profile: {
    fullName: 'Cil Múp K\'Hương',
    standing: 'official',
    birthDate: '1986-03-12',
    gender: 'nu',
    ethnicity: 'Cơ Ho',
    religion: 'Công giáo',
    hometown: 'Xã Phi Liêng, huyện Đam Rông, tỉnh Lâm Đồng',
    residence: 'Thôn 2, xã Rô Men, huyện Đam Rông, tỉnh Lâm Đồng',
    workplace: 'Phòng Lao động - Thương binh và Xã hội huyện Đam Rông',
    partyMember: true,
    position: 'Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện; Chi hội trưởng Chi hội Phụ nữ cơ quan',
    politicalTheory: 'Trung cấp',
    qualification: 'Cử nhân Công tác xã hội',
    phone: '0918 462 315',
  },
  report: {
    duties: 'Giúp Trưởng phòng phụ trách lĩnh vực giảm nghèo, bảo trợ xã hội; là thành viên Tổ giúp việc Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện; theo dõi, tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo hằng năm.',
    results: 'Tham mưu ban hành 09 văn bản triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; đề xuất quy trình hỗ trợ có điều kiện (hộ nghèo ký cam kết, được hỗ trợ theo tiến độ thực hiện) áp dụng tại 08/08 xã, giúp 612 hộ thoát nghèo giai đoạn 2021 - 2023; biên soạn tài liệu tuyên truyền chính sách giảm nghèo bằng tiếng Cơ Ho; trực tiếp nhận giúp đỡ 03 hộ nghèo tại thôn Păng Dung, xã Phi Liêng, cả 03 hộ đã thoát nghèo năm 2022.',
    commitment: 'Bản thân không vi phạm kỷ luật, không bị xử lý hình sự trong thời gian đề nghị khen thưởng.',
  },
  reportPlace: 'Đam Rông',
  reportDate: '2023-10-10',
} satisfies IndividualNominee;

export const householdNongVanThinh = {
  id: 'n4',
  type: 'household',
  group: 'ho-gia-dinh',
  criteriaMet: ['e-1', 'e-2'],
  summary: 'Từ hộ nghèo tự nguyện đăng ký thoát nghèo năm 2019, nay thu nhập 420 triệu đồng/năm; hiến 520 m² đất mở đường liên thôn, đóng góp 45 ngày công và 48 triệu đồng (tiền, cây giống quy đổi) giúp 06 hộ nghèo phát triển sản xuất.',
  votesAgree: 12,
  pastAwards: {
    emulationTitles: [],
    commendations: [
      { year: 2022, title: 'Giấy khen của Chủ tịch UBND xã', decision: { number: '98/QĐ-UBND', date: '2022-12-15', issuer: 'Chủ tịch UBND xã Đạ Rsal' } },
    ],
  },
  confirmations: {
    chuHo: { title: 'CHỦ HỘ', fullName: 'Nông Văn Thịnh' },
    ubndXa: { agency: 'Ủy ban nhân dân xã Đạ Rsal', title: 'CHỦ TỊCH', fullName: 'Hoàng Văn Lục' },
    capTrinh: CAP_TRINH_DAM_RONG,
  },
  profile: {
    householder: 'Nông Văn Thịnh',
    birthYear: 1968,
    gender: 'nam',
    members: 6,
    address: { village: 'Thôn Trung Hưng', commune: 'Xã Đạ Rsal', district: 'Huyện Đam Rông' },
  },
  report: {
    contributions: 'Hiến 520 m² đất để mở rộng đường liên thôn Trung Hưng - Cil Múp; đóng góp 45 ngày công làm đường và nhà sinh hoạt cộng đồng; hỗ trợ 18 triệu đồng tiền mặt và 3.000 cây cà phê giống (trị giá 30 triệu đồng) cho 06 hộ nghèo; cho 02 hộ nghèo vay 40 triệu đồng không lấy lãi mua bò giống; hướng dẫn kỹ thuật ghép cải tạo cà phê cho 25 hộ trong thôn.',
    labourDays: 45,
    landArea: 520,
    moneyVnd: 48_000_000,
    results: 'Gia đình sử dụng 50 triệu đồng vốn vay Ngân hàng Chính sách xã hội đúng mục đích, trả gốc, lãi đúng hạn; phát triển 2,8 ha cà phê ghép, 1,2 ha dâu tằm, nuôi 06 con bò; thoát nghèo năm 2020, nay là hộ khá. 05/06 hộ nghèo được gia đình giúp đỡ đã thoát nghèo trong năm 2022 - 2023.',
  },
  reportPlace: 'Đạ Rsal',
  reportDate: '2023-10-06',
} satisfies HouseholdNominee;

const COUNCIL_DAM_RONG_2023 = {
  number: '09/BB-HĐTĐKT',
  date: '2023-10-17',
  startTime: '08:00',
  endTime: '10:15',
  location: 'Phòng họp Ủy ban nhân dân huyện Đam Rông',
  council: 'Hội đồng Thi đua - Khen thưởng huyện Đam Rông',
  chair: { fullName: 'Phan Văn Đạt', title: 'Chủ tịch UBND huyện, Chủ tịch Hội đồng' },
  secretary: { fullName: 'Nguyễn Thị Thanh Tâm', title: 'Phó Trưởng phòng Nội vụ huyện, Thư ký Hội đồng' },
  membersTotal: 15,
  membersPresent: 13,
  absentees: [
    { fullName: 'Đa Cát Ha Quý', reason: 'Đi học lớp Cao cấp lý luận chính trị', votedInWriting: false },
    { fullName: 'Lê Văn Hải', reason: 'Đi công tác tại tỉnh', votedInWriting: false },
  ],
  votingMethod: 'bo-phieu-kin',
  countingBoard: [
    { fullName: 'Trần Văn Nam', role: 'Trưởng ban' },
    { fullName: 'Liêng Jrang K’Hoa', role: 'Thành viên' },
    { fullName: 'Lê Đức Thịnh', role: 'Thành viên' },
  ],
  ballots: { issued: 13, returned: 13, valid: 13, invalid: 0 },
  discussion: 'Các thành viên Hội đồng thống nhất với danh sách do Phòng Nội vụ huyện trình; đề nghị ưu tiên các trường hợp là đồng bào dân tộc thiểu số, thôn đặc biệt khó khăn có mô hình giảm nghèo hiệu quả.',
  conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 04 trường hợp (02 tập thể, 01 cá nhân, 01 hộ gia đình) có thành tích tiêu biểu trong sơ kết Phong trào thi đua năm 2023, đúng chỉ tiêu phân bổ cho huyện Đam Rông.',
} satisfies NominationSubmission['councilMinutes'];

const LEGAL_BASES_2023 = [
  'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005 và năm 2013',
  'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng',
  'Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP',
  KH_1479,
];

export const nominationDamRong2023 = {
  planId: 'lam-dong-2022-2025',
  kind: 'nomination',
  schemaVersion: '1.0.0',
  phase: 'so-ket-2023',
  awardForm: 'bang-khen-chu-tich-ubnd-tinh',
  header: {
    parentAgency: 'UBND TỈNH LÂM ĐỒNG',
    agency: 'Ủy ban nhân dân huyện Đam Rông',
    unitType: 'huyen',
    unitCode: 'dam-rong',
    number: '142/TTr-UBND',
    place: 'Đam Rông',
    date: '2023-10-20',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng', 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng'],
    legalBases: [...LEGAL_BASES_2023, 'Biên bản họp Hội đồng Thi đua - Khen thưởng huyện Đam Rông ngày 17 tháng 10 năm 2023'],
    body: `Thực hiện Kế hoạch ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện Đam Rông đã tổ chức sơ kết ${MOVEMENT}. Căn cứ thành tích đạt được, đã được Hội đồng Thi đua - Khen thưởng huyện xét duyệt, thông qua, Ủy ban nhân dân huyện Đam Rông kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Bằng khen cho 04 trường hợp gồm 02 tập thể, 01 cá nhân và 01 hộ gia đình có thành tích tiêu biểu (có danh sách và báo cáo thành tích kèm theo).`,
    signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Kră Jăn Ha Sơn' },
    recipients: ['Như trên', 'Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)', 'Thường trực Huyện ủy', 'Lưu: VT, NV'],
  },
  nominees: [communeDaTong, officialCilMupKHuong, villagePangDung, householdNongVanThinh],
  councilMinutes: COUNCIL_DAM_RONG_2023,
} satisfies NominationSubmission;

// ---------------------------------------------------------------------------------------------
// 3. Tổng kết 2025 dossier of Sở Lao động - Thương binh và Xã hội: Bằng khen của Thủ tướng Chính
//    phủ, 02 tập thể và 03 cá nhân (the department's own 2025 quota, mục IV.2.c). Dated before
//    01/3/2025, when the department still existed under that name.
// ---------------------------------------------------------------------------------------------

const CAP_TRINH_TINH = { agency: 'Ủy ban nhân dân tỉnh Lâm Đồng', title: 'CHỦ TỊCH', fullName: 'Nguyễn Văn Thắng' };
const GIAM_DOC_SO = { agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng', title: 'GIÁM ĐỐC', fullName: 'Võ Thị Bích Hạnh' };

function bkTinh(year: number, n: string, date: string) {
  return { year, title: 'Bằng khen của Chủ tịch UBND tỉnh', decision: { number: `${n}/QĐ-UBND`, date, issuer: 'Chủ tịch UBND tỉnh Lâm Đồng' } };
}

export const nominationSoLdtbxh2025: NominationSubmission = {
  planId: 'lam-dong-2022-2025',
  kind: 'nomination',
  schemaVersion: '1.0.0',
  phase: 'tong-ket-2025',
  awardForm: 'bang-khen-thu-tuong',
  header: {
    parentAgency: 'UBND TỈNH LÂM ĐỒNG',
    agency: 'Sở Lao động - Thương binh và Xã hội',
    unitType: 'so-ban-nganh',
    unitCode: 'so-ldtbxh',
    number: '36/TTr-SLĐTBXH',
    place: 'Lâm Đồng',
    date: '2025-02-18',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng', 'Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)'],
    legalBases: [
      'Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022',
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng',
      'Hướng dẫn số 2357/HD-BTĐKT ngày 31 tháng 8 năm 2022 của Ban Thi đua - Khen thưởng Trung ương',
      KH_1479,
      'Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội ngày 13 tháng 02 năm 2025',
    ],
    body: `Là cơ quan thường trực theo dõi ${MOVEMENT} trên địa bàn tỉnh, Sở Lao động - Thương binh và Xã hội đã tổ chức tổng kết Phong trào tại Sở. Căn cứ thành tích đạt được, đã được Hội đồng Thi đua - Khen thưởng Sở xét duyệt, thông qua, Sở Lao động - Thương binh và Xã hội kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 tập thể và 03 cá nhân có thành tích xuất sắc (có danh sách và báo cáo thành tích kèm theo).`,
    signer: { title: 'GIÁM ĐỐC', fullName: 'Võ Thị Bích Hạnh' },
    recipients: ['Như trên', 'Ban Giám đốc Sở', 'Lưu: VT, BTXH'],
  },
  nominees: [
    {
      id: 't1',
      type: 'collective',
      group: 'so-nganh-doan-the',
      criteriaMet: ['a-1', 'a-2'],
      name: 'Phòng Bảo trợ xã hội, Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
      summary: 'Tham mưu Ủy ban nhân dân tỉnh ban hành 14 văn bản thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững; tỷ lệ hộ nghèo đa chiều của tỉnh giảm bình quân 1,2%/năm giai đoạn 2022 - 2024.',
      votesAgree: 9,
      pastAwards: {
        emulationTitles: [
          { year: 2022, title: 'Tập thể lao động xuất sắc', decision: { number: '112/QĐ-UBND', date: '2023-01-16', issuer: 'Chủ tịch UBND tỉnh Lâm Đồng' } },
          { year: 2023, title: 'Tập thể lao động xuất sắc', decision: { number: '98/QĐ-UBND', date: '2024-01-15', issuer: 'Chủ tịch UBND tỉnh Lâm Đồng' } },
        ],
        commendations: [bkTinh(2023, '2410', '2023-12-28')],
      },
      confirmations: { capTrinh: CAP_TRINH_TINH, thuTruong: GIAM_DOC_SO },
      profile: {
        superior: 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
        headquarters: 'Số 04 Trần Hưng Đạo, Phường 3, thành phố Đà Lạt, tỉnh Lâm Đồng',
        phone: '0263 3822 405',
        history: 'Được thành lập cùng với Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng, là phòng chuyên môn tham mưu về bảo trợ xã hội và giảm nghèo; từ năm 2021 là đầu mối tham mưu Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.',
        structure: 'Trưởng phòng, 02 Phó Trưởng phòng và 05 công chức; sinh hoạt tại Chi bộ Văn phòng Sở và Công đoàn cơ sở Sở.',
        staffCount: 8,
        functions: 'Tham mưu Giám đốc Sở quản lý nhà nước về giảm nghèo, bảo trợ xã hội; hướng dẫn, kiểm tra rà soát hộ nghèo, hộ cận nghèo; theo dõi Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”.',
      },
      report: {
        results: 'Tham mưu ban hành kế hoạch giảm nghèo hằng năm và giai đoạn; hướng dẫn rà soát hộ nghèo tại 12 huyện, thành phố; tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm từ 4,62% (đầu kỳ, cuối năm 2021) xuống còn 1,02% (cuối năm 2024); huyện Đam Rông giảm từ 16,32% xuống 7,06%.',
        measures: 'Đề xuất cơ chế phân công sở, ngành, doanh nghiệp giúp đỡ các xã, thôn đặc biệt khó khăn; xây dựng phần mềm quản lý dữ liệu hộ nghèo dùng chung cấp tỉnh, huyện, xã; tổ chức 36 lớp tập huấn cho cán bộ giảm nghèo các cấp.',
      },
      reportPlace: 'Lâm Đồng',
      reportDate: '2025-02-10',
    },
    {
      id: 't2',
      type: 'collective',
      group: 'so-nganh-doan-the',
      criteriaMet: ['a-2'],
      name: 'Trung tâm Dịch vụ việc làm tỉnh Lâm Đồng',
      summary: 'Tư vấn, giới thiệu việc làm cho 4.860 lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số giai đoạn 2022 - 2024; tổ chức 42 phiên giao dịch việc làm lưu động tại các huyện Đam Rông, Lạc Dương, Di Linh.',
      votesAgree: 8,
      // Achievement figures: "4.860 lao động … được giới thiệu việc làm, trong đó 3.120 người có việc làm ổn định; 620 lao động đi làm việc ở nước ngoài".
      figures: [
        { what: 'Lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số được giới thiệu việc làm', value: 4860, unit: 'lao động', fromYear: 2022, toYear: 2024 },
        { what: 'Trong đó có việc làm ổn định', value: 3120, of: 4860, unit: 'người', fromYear: 2022, toYear: 2024 },
        { what: 'Lao động đi làm việc ở nước ngoài theo hợp đồng được hỗ trợ chi phí', value: 620, unit: 'lao động' },
        { what: 'Phiên giao dịch việc làm lưu động', value: 42, unit: 'phiên', fromYear: 2022, toYear: 2024 },
      ],
      pastAwards: {
        emulationTitles: [
          { year: 2023, title: 'Tập thể lao động xuất sắc', decision: { number: '98/QĐ-UBND', date: '2024-01-15', issuer: 'Chủ tịch UBND tỉnh Lâm Đồng' } },
        ],
        commendations: [bkTinh(2022, '2235', '2022-12-27')],
      },
      confirmations: {
        capTrinh: CAP_TRINH_TINH,
        thuTruong: { agency: 'Trung tâm Dịch vụ việc làm tỉnh Lâm Đồng', title: 'GIÁM ĐỐC', fullName: 'Đặng Minh Tuấn' },
      },
      profile: {
        superior: 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
        headquarters: 'Số 01 Lê Hồng Phong, Phường 4, thành phố Đà Lạt, tỉnh Lâm Đồng',
        phone: '0263 3829 128',
        website: 'vieclamlamdong.vn',
        history: 'Đơn vị sự nghiệp công lập trực thuộc Sở Lao động - Thương binh và Xã hội, có chi nhánh tại thành phố Bảo Lộc và huyện Đức Trọng.',
        structure: 'Ban Giám đốc, 04 phòng chuyên môn và 02 chi nhánh; chi bộ trực thuộc Đảng bộ Sở; công đoàn cơ sở và chi đoàn thanh niên.',
        staffCount: 46,
        functions: 'Tư vấn, giới thiệu việc làm, cung ứng lao động; thu thập thông tin thị trường lao động; thực hiện chính sách bảo hiểm thất nghiệp.',
      },
      report: {
        results: '4.860 lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số được giới thiệu việc làm, trong đó 3.120 người có việc làm ổn định; 620 lao động đi làm việc ở nước ngoài theo hợp đồng được hỗ trợ chi phí theo chính sách giảm nghèo.',
        measures: 'Đưa phiên giao dịch việc làm lưu động về xã; phối hợp già làng, người có uy tín vận động thanh niên dân tộc thiểu số tham gia học nghề, đi làm việc tại doanh nghiệp.',
      },
      reportPlace: 'Lâm Đồng',
      reportDate: '2025-02-10',
    },
    {
      id: 'c1',
      type: 'individual',
      group: 'can-bo-giam-ngheo',
      criteriaMet: ['g-1'],
      summary: 'Trưởng phòng Bảo trợ xã hội; chủ trì tham mưu cơ chế hỗ trợ có điều kiện và phân công sở, ngành giúp đỡ xã, thôn đặc biệt khó khăn được Ủy ban nhân dân tỉnh ban hành, áp dụng toàn tỉnh.',
      votesAgree: 9,
      pastAwards: {
        emulationTitles: [
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '415/QĐ-SLĐTBXH', date: '2022-12-30', issuer: 'Giám đốc Sở Lao động - Thương binh và Xã hội' } },
          { year: 2023, title: 'Chiến sĩ thi đua cấp tỉnh', decision: { number: '215/QĐ-UBND', date: '2024-01-30', issuer: 'Chủ tịch UBND tỉnh Lâm Đồng' } },
        ],
        commendations: [bkTinh(2021, '2318', '2021-12-29')],
      },
      confirmations: { thuTruong: GIAM_DOC_SO, nguoiBaoCao: { title: 'TRƯỞNG PHÒNG', fullName: 'Trương Thị Thu Hằng' }, capTrinh: CAP_TRINH_TINH },
      profile: {
        fullName: 'Trương Thị Thu Hằng',
        standing: 'official',
        birthDate: '1976-08-22',
        gender: 'nu',
        ethnicity: 'Kinh',
        religion: 'Không',
        hometown: 'Xã Hòa Khánh, huyện Cái Bè, tỉnh Tiền Giang',
        residence: 'Phường 9, thành phố Đà Lạt, tỉnh Lâm Đồng',
        workplace: 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
        partyMember: true,
        position: 'Trưởng phòng Bảo trợ xã hội',
        politicalTheory: 'Cao cấp',
        qualification: 'Thạc sĩ Quản lý kinh tế',
      },
      report: {
        duties: 'Phụ trách Phòng Bảo trợ xã hội; thành viên Tổ giúp việc Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh; theo dõi Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”.',
        results: 'Chủ trì dự thảo 14 văn bản của Ủy ban nhân dân tỉnh về giảm nghèo; đề xuất cơ chế hỗ trợ có điều kiện gắn với cam kết thoát nghèo, áp dụng tại 12/12 huyện, thành phố; trực tiếp kiểm tra, hướng dẫn huyện Đam Rông 18 đợt trong giai đoạn 2022 - 2024.',
        commitment: 'Không vi phạm kỷ luật, không bị xử lý hình sự trong thời gian đề nghị khen thưởng.',
      },
      reportPlace: 'Lâm Đồng',
      reportDate: '2025-02-10',
    },
    {
      id: 'c2',
      type: 'individual',
      group: 'can-bo-giam-ngheo',
      criteriaMet: ['g-1', 'g-2'],
      summary: 'Chuyên viên phụ trách giảm nghèo; xây dựng phần mềm quản lý dữ liệu hộ nghèo dùng chung ba cấp; nhận giúp đỡ 02 hộ nghèo tại xã Đạ Long, huyện Đam Rông thoát nghèo.',
      votesAgree: 9,
      pastAwards: {
        emulationTitles: [
          { year: 2023, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '402/QĐ-SLĐTBXH', date: '2023-12-28', issuer: 'Giám đốc Sở Lao động - Thương binh và Xã hội' } },
          { year: 2024, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '398/QĐ-SLĐTBXH', date: '2024-12-27', issuer: 'Giám đốc Sở Lao động - Thương binh và Xã hội' } },
        ],
        commendations: [bkTinh(2023, '2410', '2023-12-28')],
      },
      confirmations: { thuTruong: GIAM_DOC_SO, nguoiBaoCao: { title: 'CHUYÊN VIÊN CHÍNH', fullName: 'Ka Sô Ha Thuyên' }, capTrinh: CAP_TRINH_TINH },
      profile: {
        fullName: 'Ka Sô Ha Thuyên',
        standing: 'official',
        birthDate: '1984-11-05',
        gender: 'nam',
        ethnicity: 'Cơ Ho',
        religion: 'Tin Lành',
        hometown: 'Xã Lát, huyện Lạc Dương, tỉnh Lâm Đồng',
        residence: 'Phường 7, thành phố Đà Lạt, tỉnh Lâm Đồng',
        workplace: 'Phòng Bảo trợ xã hội, Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
        partyMember: true,
        position: 'Chuyên viên chính',
        politicalTheory: 'Trung cấp',
        qualification: 'Cử nhân Kinh tế nông nghiệp',
      },
      report: {
        duties: 'Theo dõi, tổng hợp kết quả giảm nghèo, rà soát hộ nghèo, hộ cận nghèo toàn tỉnh; quản lý cơ sở dữ liệu hộ nghèo.',
        results: 'Đề xuất và phối hợp xây dựng phần mềm quản lý dữ liệu hộ nghèo dùng chung cấp tỉnh, huyện, xã, rút ngắn thời gian tổng hợp kết quả rà soát từ 30 ngày xuống 10 ngày; hướng dẫn 111 xã sử dụng; nhận giúp đỡ 02 hộ nghèo tại xã Đạ Long, huyện Đam Rông, cả 02 hộ thoát nghèo năm 2023.',
      },
      reportPlace: 'Lâm Đồng',
      reportDate: '2025-02-10',
    },
    {
      id: 'c3',
      type: 'individual',
      group: 'can-bo-giam-ngheo',
      criteriaMet: ['g-2'],
      summary: 'Phó Giám đốc Trung tâm Dịch vụ việc làm; tổ chức 42 phiên giao dịch việc làm lưu động, giúp 3.120 lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số có việc làm ổn định.',
      votesAgree: 8,
      pastAwards: {
        emulationTitles: [
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '415/QĐ-SLĐTBXH', date: '2022-12-30', issuer: 'Giám đốc Sở Lao động - Thương binh và Xã hội' } },
          { year: 2024, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '398/QĐ-SLĐTBXH', date: '2024-12-27', issuer: 'Giám đốc Sở Lao động - Thương binh và Xã hội' } },
        ],
        commendations: [bkTinh(2022, '2235', '2022-12-27')],
      },
      confirmations: {
        thuTruong: { agency: 'Trung tâm Dịch vụ việc làm tỉnh Lâm Đồng', title: 'GIÁM ĐỐC', fullName: 'Đặng Minh Tuấn' },
        nguoiBaoCao: { title: 'PHÓ GIÁM ĐỐC', fullName: 'Lê Hoàng Nam' },
        capTrinh: CAP_TRINH_TINH,
      },
      profile: {
        fullName: 'Lê Hoàng Nam',
        standing: 'official',
        birthDate: '1979-04-17',
        gender: 'nam',
        ethnicity: 'Kinh',
        religion: 'Phật giáo',
        hometown: 'Xã Nghi Xuân, huyện Nghi Lộc, tỉnh Nghệ An',
        residence: 'Phường 2, thành phố Bảo Lộc, tỉnh Lâm Đồng',
        workplace: 'Trung tâm Dịch vụ việc làm tỉnh Lâm Đồng',
        partyMember: true,
        position: 'Phó Giám đốc Trung tâm',
        politicalTheory: 'Cao cấp',
        qualification: 'Thạc sĩ Quản trị kinh doanh',
      },
      report: {
        duties: 'Phụ trách công tác tư vấn, giới thiệu việc làm và phiên giao dịch việc làm; chỉ đạo Chi nhánh Bảo Lộc.',
        results: 'Trực tiếp tổ chức 42 phiên giao dịch việc làm lưu động tại các huyện có đông đồng bào dân tộc thiểu số, trong đó 14 phiên tại huyện Đam Rông; kết nối 38 doanh nghiệp tuyển dụng lao động thuộc hộ nghèo; 3.120 lao động có việc làm ổn định, thu nhập bình quân 7,5 triệu đồng/tháng.',
      },
      reportPlace: 'Bảo Lộc',
      reportDate: '2025-02-10',
    },
  ],
  councilMinutes: {
    number: '02/BB-HĐTĐKT',
    date: '2025-02-13',
    startTime: '14:00',
    endTime: '16:00',
    location: 'Phòng họp Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng',
    council: 'Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội',
    chair: { fullName: 'Võ Thị Bích Hạnh', title: 'Giám đốc Sở, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Phạm Thị Ngọc Anh', title: 'Chánh Văn phòng Sở, Thư ký Hội đồng' },
    membersTotal: 9,
    membersPresent: 9,
    votingMethod: 'bieu-quyet',
    discussion: 'Các thành viên Hội đồng thống nhất với đề nghị của Văn phòng Sở; các tập thể, cá nhân đề nghị đều có thành tích xuất sắc, tiêu biểu trong 05 năm thực hiện Phong trào trên địa bàn tỉnh.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh trình Thủ tướng Chính phủ tặng Bằng khen cho 02 tập thể và 03 cá nhân có thành tích xuất sắc trong Phong trào thi đua giai đoạn 2022 - 2025.',
  },
} satisfies NominationSubmission;

// ---------------------------------------------------------------------------------------------
// Large Đam Rông dossier (benchmark: 20 nominees; quota test: 12 nominees exceed the quota of 04)
// ---------------------------------------------------------------------------------------------

const COMMUNES = ['Đạ Tông', 'Đạ Long', 'Đạ M\'Rông', 'Rô Men', 'Liêng Srônh', 'Phi Liêng', 'Đạ K\'Nàng', 'Đạ Rsal'];
const VILLAGES: [string, string][] = [
  ['Păng Dung', 'Phi Liêng'], ['Liêng Trang', 'Đạ Tông'], ['Đạ Nhinh', 'Đạ Long'], ['Chiêng Cọ', 'Đạ M\'Rông'],
  ['Liêng Hung', 'Liêng Srônh'], ['Pul', 'Đạ K\'Nàng'], ['Trung Hưng', 'Đạ Rsal'], ['Mê Ka', 'Rô Men'],
];
const OFFICIALS: [string, 'nam' | 'nu', string][] = [
  ['Cil Múp K\'Hương', 'nu', 'Cơ Ho'], ['Liêng Jrang Ha Dũng', 'nam', 'Cơ Ho'], ['Bon Niêng K\'Thúy', 'nu', 'Cơ Ho'],
  ['Hoàng Văn Bình', 'nam', 'Tày'], ['Păng Ting Ha Tuấn', 'nam', 'Cơ Ho'], ['Nguyễn Thị Lan Anh', 'nu', 'Kinh'],
  ['Rơ Ông K\'Linh', 'nu', 'Cơ Ho'], ['Đa Cát Ha Phúc', 'nam', 'Mnông'],
];
const HOUSEHOLDS: [string, 'nam' | 'nu', string, string][] = [
  ['Nông Văn Thịnh', 'nam', 'Thôn Trung Hưng', 'Đạ Rsal'], ['Liêng Hót Ha Blôn', 'nam', 'Thôn Liêng Trang', 'Đạ Tông'],
  ['Giàng A Chớ', 'nam', 'Thôn Đạ Nhinh', 'Đạ Long'], ['Kră Jăn K\'Mai', 'nu', 'Thôn Pul', 'Đạ K\'Nàng'],
  ['Lý Văn Sầu', 'nam', 'Thôn Mê Ka', 'Rô Men'], ['Cil K\'Dung', 'nu', 'Thôn Liêng Hung', 'Liêng Srônh'],
  ['Vi Văn Hòa', 'nam', 'Thôn Păng Dung', 'Phi Liêng'], ['Ka Sô Ha Nhiên', 'nam', 'Thôn Chiêng Cọ', 'Đạ M\'Rông'],
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function largeNominee(i: number): Nominee {
  const id = `n${i + 1}`;
  const round = Math.floor(i / 4);
  switch (i % 4) {
    case 0: {
      const commune = pick(COMMUNES, round);
      const n: CollectiveNominee = structuredClone(communeDaTong);
      n.id = id;
      n.name = `Ủy ban nhân dân xã ${commune}, huyện Đam Rông`;
      n.summary = `Xã ${commune} giảm tỷ lệ hộ nghèo đa chiều liên tục 03 năm 2020 - 2022, mỗi năm từ 1,5% trở lên.`;
      n.profile.headquarters = `Trụ sở Ủy ban nhân dân xã ${commune}, huyện Đam Rông, tỉnh Lâm Đồng`;
      n.confirmations['thuTruong'] = { agency: `Ủy ban nhân dân xã ${commune}`, title: 'CHỦ TỊCH', fullName: pick(OFFICIALS, round + 3)[0] };
      n.reportPlace = commune;
      return n;
    }
    case 1: {
      const [fullName, gender, ethnicity] = pick(OFFICIALS, round);
      const n: IndividualNominee = structuredClone(officialCilMupKHuong);
      n.id = id;
      n.profile.fullName = fullName;
      n.profile.gender = gender;
      n.profile.ethnicity = ethnicity;
      n.profile.birthDate = `${1978 + (round % 12)}-0${1 + (round % 9)}-1${round % 10}`;
      n.confirmations['nguoiBaoCao'] = { title: 'PHÓ TRƯỞNG PHÒNG', fullName };
      return n;
    }
    case 2: {
      const [village, commune] = pick(VILLAGES, round);
      const n: CollectiveNominee = structuredClone(villagePangDung);
      n.id = id;
      n.name = `Thôn ${village}, xã ${commune}, huyện Đam Rông`;
      n.summary = `Quy mô hộ nghèo và hộ cận nghèo của thôn ${village} giảm từ 124 hộ (đầu kỳ 2021) xuống 57 hộ (tháng 9/2023), giảm 54%; điều kiện sống của người nghèo được cải thiện rõ rệt.`;
      n.profile.headquarters = `Nhà sinh hoạt cộng đồng thôn ${village}, xã ${commune}, huyện Đam Rông, tỉnh Lâm Đồng`;
      n.confirmations['thuTruong'] = { agency: `Thôn ${village}`, title: 'TRƯỞNG THÔN', fullName: pick(HOUSEHOLDS, round + 1)[0] };
      n.reportPlace = commune;
      return n;
    }
    default: {
      const [householder, gender, village, commune] = pick(HOUSEHOLDS, round);
      const n: HouseholdNominee = structuredClone(householdNongVanThinh);
      n.id = id;
      n.profile.householder = householder;
      n.profile.gender = gender;
      n.profile.birthYear = 1960 + (round % 20);
      n.profile.address = { village, commune: `Xã ${commune}`, district: 'Huyện Đam Rông' };
      n.confirmations['chuHo'] = { title: 'CHỦ HỘ', fullName: householder };
      n.confirmations['ubndXa'] = { agency: `Ủy ban nhân dân xã ${commune}`, title: 'CHỦ TỊCH', fullName: pick(OFFICIALS, round + 5)[0] };
      n.reportPlace = commune;
      return n;
    }
  }
}

/** A valid-shaped Đam Rông sơ kết 2023 dossier with `n` nominees cycling commune, official, village, household. */
export function largeLamDongDossier(n: number): NominationSubmission {
  const d: NominationSubmission = structuredClone(nominationDamRong2023);
  d.nominees = Array.from({ length: n }, (_, i) => largeNominee(i));
  const count = (t: Nominee['type']) => d.nominees.filter((x) => x.type === t).length;
  const parts = `${count('collective')} tập thể, ${count('individual')} cá nhân và ${count('household')} hộ gia đình`;
  d.coverLetter.body = `Thực hiện Kế hoạch ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện Đam Rông kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Bằng khen cho ${n} trường hợp gồm ${parts} có thành tích tiêu biểu trong sơ kết ${MOVEMENT} (có danh sách và báo cáo thành tích kèm theo).`;
  d.councilMinutes.conclusion = `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho ${n} trường hợp (${parts}).`;
  return d;
}

/**
 * The same dossier as a yearly Giấy khen of the district chairman, which no quota binds: IV.2.c,
 * “xem xét tặng Giấy khen theo thẩm quyền”, so it goes to the district chairman, not to the province.
 */
export function largeDamRongGiayKhen(n: number): NominationSubmission {
  const d = largeLamDongDossier(n);
  d.phase = 'hang-nam';
  d.awardForm = 'giay-khen';
  d.coverLetter.to = ['Chủ tịch Ủy ban nhân dân huyện Đam Rông'];
  d.coverLetter.body = `Thực hiện Kế hoạch ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh, Phòng Nội vụ huyện Đam Rông kính trình Chủ tịch Ủy ban nhân dân huyện xem xét, tặng Giấy khen cho ${n} trường hợp có thành tích trong ${MOVEMENT} năm 2023 (có danh sách và báo cáo thành tích kèm theo).`;
  d.councilMinutes.conclusion = `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho ${n} trường hợp.`;
  return d;
}

/** A village head of an ethnic-minority village: his report gives his age, not a birth date, and no workplace. */
export const villageHeadKrajan = {
  id: 'n2',
  type: 'individual',
  group: 'ca-nhan-tieu-bieu',
  criteriaMet: ['cn-1', 'cn-2'],
  summary: 'Vận động 124/154 hộ của thôn thoát nghèo giai đoạn 2021 - 2023; hiến 500 m² đất làm nhà văn hóa thôn.',
  votesAgree: 13,
  pastAwards: {
    emulationTitles: [],
    commendations: [
      { year: 2022, title: 'Biểu dương người có uy tín tiêu biểu', recognition: 'Biểu dương tại Hội nghị tôn vinh người có uy tín tỉnh Lâm Đồng ngày 12/10/2022' },
      { year: 2021, title: 'Giấy khen của Chủ tịch UBND huyện', decision: { number: '1991/QĐ-UBND', issuer: 'Chủ tịch UBND huyện Đam Rông' } },
    ],
  },
  confirmations: {
    thuTruong: { agency: 'Ủy ban nhân dân xã Đạ Tông', title: 'CHỦ TỊCH', fullName: 'Cil Ha Lơn' },
    nguoiBaoCao: { title: 'TRƯỞNG THÔN', fullName: 'Kră Jăn Ha Bin' },
    capTrinh: CAP_TRINH_DAM_RONG,
  },
  profile: {
    fullName: 'Kră Jăn Ha Bin',
    standing: 'community-figure',
    age: 47,
    gender: 'nam',
    ethnicity: 'Cơ Ho',
    residence: 'Thôn Đạ Nhinh, xã Đạ Tông, huyện Đam Rông, tỉnh Lâm Đồng',
    position: 'Trưởng thôn Đạ Nhinh; người có uy tín trong đồng bào dân tộc thiểu số',
    partyMember: true,
    partyJoinedYear: 2005,
  },
  report: {
    duties: 'Trưởng thôn Đạ Nhinh từ năm 2014; người có uy tín trong đồng bào dân tộc thiểu số của xã Đạ Tông.',
    results: 'Vận động 124/154 hộ nghèo của thôn đăng ký và thoát nghèo giai đoạn 2021 - 2023; chuyển đổi 97 ha cà phê già cỗi sang giống mới; hiến 500 m² đất làm nhà văn hóa thôn.',
  },
  reportPlace: 'Đam Rông',
  reportDate: '2023-10-10',
} satisfies IndividualNominee;

export const examples: PlanExample[] = [
  { name: 'Báo cáo năm 2023 của UBND huyện Đam Rông về thực hiện Phong trào thi đua', kind: 'report', data: reportDamRong2023 },
  { name: 'Hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh (sơ kết 2023) của UBND huyện Đam Rông', kind: 'nomination', data: nominationDamRong2023 },
  { name: 'Hồ sơ đề nghị Bằng khen của Thủ tướng Chính phủ (tổng kết 2025) của Sở Lao động - Thương binh và Xã hội', kind: 'nomination', data: nominationSoLdtbxh2025 },
  // ---- Seed readings: the 2025 quota "lựa chọn 01 tập thể, 01 đến 02 cá nhân" met at its minimum ----
  { name: 'Hồ sơ tổng kết 2025 của Sở Y tế gồm 01 tập thể, 01 cá nhân (“lựa chọn 01 tập thể, 01 đến 02 cá nhân có thành tích xuất sắc”)', kind: 'nomination', data: soYTe2025() },
  // ---- Identity and honours: a village head who is not an official, known by his age, honoured once without a decision ----
  { name: 'Hồ sơ sơ kết 2023 của UBND huyện Đam Rông đề nghị Bằng khen cho một trưởng thôn, người có uy tín (“cá nhân tiêu biểu, xuất sắc”)', kind: 'nomination', data: damRongVillageHead2023() },
];

function damRongVillageHead2023(): NominationSubmission {
  const d: NominationSubmission = structuredClone(nominationDamRong2023);
  d.nominees = d.nominees.map((n) => (n.id === 'n2' ? structuredClone(villageHeadKrajan) : n));
  return d;
}

function soYTe2025(): NominationSubmission {
  const d: NominationSubmission = structuredClone(nominationSoLdtbxh2025);
  d.header.agency = 'Sở Y tế';
  delete d.header.unitCode;
  d.header.number = '41/TTr-SYT';
  d.nominees = [d.nominees[0], d.nominees[2]].filter((n): n is Nominee => n !== undefined);
  return d;
}
