// Kế hoạch 148/KH-UBND ngày 06/6/2023 của Chủ tịch UBND tỉnh Đồng Nai: sơ kết 03 năm (2021 - 2023)
// Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025.
// Its text: source.txt beside this file. The attached ĐỀ CƯƠNG BÁO CÁO is reproduced
// word for word (derived: false); the optional numeric indicators added to it are marked by hints.

import type { AwardForm, Indicator, OutlineNode, PlanDefinition } from '@thidua/core';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from '../../shared/law.js';
import { nationalRoutes, SO_LDTBXH, SO_NOI_VU, UBND_TINH } from '../../shared/routes.js';
import { BAN_TDKT_TW, BO_LDTBXH } from '../../shared/central-bodies.js';

const KH = 'Kế hoạch 148/KH-UBND';
const DC = `${KH}, Đề cương báo cáo`;
const MOVEMENT = 'Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”';

// ---- Award forms ----
// Mục III.1: units "khen thưởng theo thẩm quyền đối với các tập thể và cá nhân": the form the law gives
// heads of sở/ban/ngành and Chủ tịch UBND cấp huyện is the Giấy khen. Mục III.2.b, III.3.c: Chủ tịch UBND
// tỉnh khen thưởng (Bằng khen). The plan names only "tập thể và cá nhân", so households are not offered.
const giayKhen = {
  ...AWARD_FORMS.giayKhen,
  quote: 'tổ chức sơ kết 03 năm thực hiện Phong trào thi đua và khen thưởng theo thẩm quyền đối với các tập thể và cá nhân có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua',
  decidedBy: 'Thủ trưởng các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức đoàn thể chính trị - xã hội cấp tỉnh; Chủ tịch UBND các huyện, thành phố (khen thưởng theo thẩm quyền)',
  nomineeTypes: ['collective', 'individual'],
  clause: `${KH}, mục III.1 (khen thưởng theo thẩm quyền đối với các tập thể và cá nhân)`,
} satisfies AwardForm;

const bangKhenTinh = {
  ...AWARD_FORMS.bangKhenChuTichTinh,
  quote: 'Phối hợp Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) hoàn chỉnh hồ sơ trình Chủ tịch UBND tỉnh khen thưởng và tổ chức hội nghị sơ kết.',
  nomineeTypes: ['collective', 'individual'],
  clause: `${KH}, mục III.2.b và III.3.c (tham mưu Chủ tịch UBND tỉnh xem xét khen thưởng; hoàn chỉnh hồ sơ trình Chủ tịch UBND tỉnh khen thưởng)`,
} satisfies AwardForm;

// ---- Numeric indicators (optional, added to the outline; the outline's words stay as printed) ----
const indicators: Indicator[] = [
  {
    id: 'soHoNgheo',
    label: 'Số hộ nghèo (cuối mỗi năm)',
    labelEn: 'Number of poor households (end of each year)',
    kind: 'count', unit: 'hộ', unitEn: 'households', byYear: true,
    scope: { reportedBy: ['huyen', 'thanh-pho'] },
    clause: `${DC}, mục III.1.b`,
  },
  {
    id: 'tyLeHoNgheo',
    label: 'Tỷ lệ hộ nghèo (cuối mỗi năm)',
    labelEn: 'Poor-household rate (end of each year)',
    kind: 'percent', unit: '%', unitEn: '%', byYear: true,
    scope: { reportedBy: ['huyen', 'thanh-pho'] },
    clause: `${DC}, mục III.1.b`,
  },
  {
    id: 'soHoCanNgheo',
    label: 'Số hộ cận nghèo (cuối mỗi năm)',
    labelEn: 'Number of near-poor households (end of each year)',
    kind: 'count', unit: 'hộ', unitEn: 'households', byYear: true,
    scope: { reportedBy: ['huyen', 'thanh-pho'] },
    clause: `${DC}, mục III.1.b`,
  },
  {
    id: 'soHoThoatNgheo',
    label: 'Số hộ thoát nghèo trong 03 năm (2021 - 2023)',
    labelEn: 'Households that left poverty over the 3 years (2021–2023)',
    kind: 'count', unit: 'hộ', unitEn: 'households',
    scope: { reportedBy: ['huyen', 'thanh-pho'] },
    clause: `${DC}, mục III.1.b`,
  },
  {
    id: 'soMoHinhDuAnGiamNgheo',
    label: 'Số dự án, mô hình giảm nghèo được hỗ trợ phát triển',
    labelEn: 'Poverty-reduction projects and models supported',
    kind: 'count', unit: 'dự án, mô hình', unitEn: 'projects/models',
    clause: `${DC}, mục III.1.c`,
  },
  {
    id: 'doanhSoChoVay',
    label: 'Doanh số cho vay đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo',
    labelEn: 'Loans disbursed to poor, near-poor and newly non-poor households',
    kind: 'money', unit: 'triệu đồng', unitEn: 'million VND',
    clause: `${DC}, mục III.1.d`,
  },
  {
    id: 'soLuotHoVay',
    label: 'Số lượt hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo được vay vốn',
    labelEn: 'Loans to poor, near-poor and newly non-poor households (number of household loans)',
    kind: 'count', unit: 'lượt hộ', unitEn: 'household loans',
    clause: `${DC}, mục III.1.d`,
  },
  {
    id: 'soNguoiDuocDayNghe',
    label: 'Số người nghèo được dạy nghề',
    labelEn: 'Poor people given vocational training',
    kind: 'count', unit: 'người', unitEn: 'people',
    clause: `${DC}, mục III.1.đ`,
  },
  {
    id: 'soNguoiCoViecLam',
    label: 'Số người nghèo được tạo việc làm',
    labelEn: 'Poor people helped into employment',
    kind: 'count', unit: 'người', unitEn: 'people',
    clause: `${DC}, mục III.1.đ`,
  },
  {
    id: 'soTapTheDuocKhenThuong',
    label: 'Số tập thể được biểu dương, khen thưởng',
    labelEn: 'Collectives praised or commended',
    kind: 'count', unit: 'tập thể', unitEn: 'collectives',
    clause: `${DC}, mục III.5`,
  },
  {
    id: 'soCaNhanDuocKhenThuong',
    label: 'Số cá nhân được biểu dương, khen thưởng',
    labelEn: 'Individuals praised or commended',
    kind: 'count', unit: 'cá nhân', unitEn: 'individuals',
    clause: `${DC}, mục III.5`,
  },
];

// The printed outline asks for no figures: the form adds them, optional, so that rules can
// read the results. The officer is told only that they are optional.
const HINT_FIGURES = 'Số liệu kèm theo là không bắt buộc; ghi theo chuẩn nghèo áp dụng của từng năm.';
const HINT_FIGURES_EN = 'The figures are optional; use the poverty standard in force each year.';

// ---- ĐỀ CƯƠNG BÁO CÁO, word for word ----
const sections: OutlineNode[] = [
  {
    id: 'dacDiemTinhHinh', number: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH', titleEn: 'SITUATION', clause: `${DC}, mục I`,
    children: [
      { id: 'thuanLoi', number: '1.', title: 'Thuận lợi', titleEn: 'Advantages', clause: `${DC}, mục I.1` },
      { id: 'khoKhan', number: '2.', title: 'Khó khăn', titleEn: 'Difficulties', clause: `${DC}, mục I.2` },
    ],
  },
  {
    id: 'congTacTrienKhai', number: 'II.', title: 'CÔNG TÁC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA', titleEn: 'IMPLEMENTATION OF THE EMULATION MOVEMENT', clause: `${DC}, mục II`,
    children: [
      {
        id: 'lanhDaoChiDao', number: '1.', title: 'Công tác lãnh đạo, chỉ đạo, phát động Phong trào thi đua', titleEn: 'Leadership, direction and launch of the movement', clause: `${DC}, mục II.1`,
        children: [
          {
            id: 'vanBanLanhDao', number: 'a)',
            title: 'Kết quả xây dựng và ban hành các văn bản để lãnh đạo, chỉ đạo, phát động và triển khai thực hiện Phong trào thi đua.',
            titleEn: 'Documents drafted and issued to lead, direct, launch and implement the movement.',
            clause: `${DC}, mục II.1.a`,
          },
          {
            id: 'phanCongNhiemVu', number: 'b)',
            title: 'Phân công nhiệm vụ; tổ chức thực hiện, kiểm tra, đôn đốc đánh giá, kết quả chỉ đạo thực hiện phong trào thi đua của các cơ quan, đơn vị, địa phương.',
            titleEn: 'Assignment of tasks; implementation, inspection, follow-up and assessment; results of directing the movement in agencies, units and localities.',
            clause: `${DC}, mục II.1.b`,
          },
        ],
      },
      {
        id: 'tuyenTruyen', number: '2.', title: 'Công tác tuyên truyền', titleEn: 'Communication', clause: `${DC}, mục II.2`,
        children: [
          {
            id: 'ketQuaTuyenTruyen', number: 'a)',
            title: 'Kết quả thực hiện công tác tuyên truyền, vận động tạo ra sự chuyển biến mạnh mẽ về nhận thức và hành động của đội ngũ cán bộ, công chức, viên chức và quần chúng nhân dân tích cực tham gia, hưởng ứng phong trào thi đua.',
            titleEn: 'Results of communication and mobilisation bringing a strong change in the awareness and action of officials, civil servants, public employees and the people, who actively join and respond to the movement.',
            clause: `${DC}, mục II.2.a`,
          },
          {
            id: 'danhGiaTuyenTruyen', number: 'b)',
            title: 'Đánh giá kết quả công tác tuyên truyền, vận động đối với việc triển khai thực hiện Phong trào thi đua, trong đó nêu rõ những kinh nghiệm, cách làm hiệu quả sáng tạo trong thực hiện công tác tuyên truyền về Phong trào thi đua của các cơ quan, đơn vị, địa phương.',
            titleEn: 'Assessment of communication and mobilisation for the movement, stating the experience and effective, creative ways of communicating about the movement in agencies, units and localities.',
            clause: `${DC}, mục II.2.b`,
          },
        ],
      },
    ],
  },
  {
    id: 'ketQuaDatDuoc', number: 'III.', title: 'KẾT QUẢ ĐẠT ĐƯỢC', titleEn: 'RESULTS', clause: `${DC}, mục III`,
    children: [
      {
        id: 'ketQuaHuongUng', number: '1.', title: 'Kết quả hưởng ứng, thực hiện Phong trào thi đua', titleEn: 'Response to and implementation of the movement', clause: `${DC}, mục III.1`,
        children: [
          {
            id: 'chinhSachQuyDinh', number: 'a)',
            title: 'Đánh giá công tác xây dựng, ban hành các chính sách, quy định, nội dung thực hiện Phong trào thi đua.',
            titleEn: 'Assessment of the policies, regulations and contents drafted and issued to implement the movement.',
            clause: `${DC}, mục III.1.a`,
          },
          {
            id: 'giamNgheoHoTro', number: 'b)',
            title: 'Đánh giá thiết thực, hiệu quả trong thực hiện công tác giảm nghèo và hỗ trợ, giúp đỡ người nghèo.',
            titleEn: 'Assessment of how practical and effective poverty reduction and support for the poor have been.',
            hint: `${HINT_FIGURES} Số hộ nghèo, hộ cận nghèo và tỷ lệ hộ nghèo ghi theo từng năm 2021, 2022, 2023 (đầu kỳ và cuối kỳ sơ kết).`,
            hintEn: `${HINT_FIGURES_EN} Poor and near-poor households and the poverty rate are given per year 2021, 2022, 2023 (start and end of the review period).`,
            indicators: ['soHoNgheo', 'tyLeHoNgheo', 'soHoCanNgheo', 'soHoThoatNgheo'],
            clause: `${DC}, mục III.1.b`,
          },
          {
            id: 'toChucSanXuatKinhDoanh', number: 'c)',
            title: 'Đánh giá các tổ chức trong sản xuất kinh doanh hỗ trợ phát triển các dự án, mô hình giảm nghèo phù hợp với người nghèo.',
            titleEn: 'Assessment of businesses supporting poverty-reduction projects and models suited to the poor.',
            hint: HINT_FIGURES,
            hintEn: HINT_FIGURES_EN,
            indicators: ['soMoHinhDuAnGiamNgheo'],
            clause: `${DC}, mục III.1.c`,
          },
          {
            id: 'nganHangTinDung', number: 'd)',
            title: 'Đánh giá các Ngân hàng và các tổ chức tín dụng thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
            titleEn: 'Assessment of banks and credit institutions that effectively carry out credit policy for poor, near-poor and newly non-poor households.',
            hint: `${HINT_FIGURES} Doanh số cho vay và số lượt hộ vay tính lũy kế 03 năm (2021 - 2023).`,
            hintEn: `${HINT_FIGURES_EN} Loans disbursed and household loans are cumulative over 2021–2023.`,
            indicators: ['doanhSoChoVay', 'soLuotHoVay'],
            clause: `${DC}, mục III.1.d`,
          },
          {
            id: 'dayNgheViecLam', number: 'đ)',
            title: 'Đánh giá công tác tổ chức dạy nghề và tạo việc làm đối với người nghèo.',
            titleEn: 'Assessment of vocational training and job creation for the poor.',
            hint: `${HINT_FIGURES} Số người tính lũy kế 03 năm (2021 - 2023).`,
            hintEn: `${HINT_FIGURES_EN} People counted cumulatively over 2021–2023.`,
            indicators: ['soNguoiDuocDayNghe', 'soNguoiCoViecLam'],
            clause: `${DC}, mục III.1.đ`,
          },
        ],
      },
      {
        id: 'cachLamHay', number: '2.',
        title: 'Những cách làm hay, sáng tạo của các cơ quan, tổ chức, đơn vị, địa phương, cán bộ, công chức, viên chức trong thực hiện Phong trào thi đua',
        titleEn: 'Good and creative practices of agencies, organisations, units, localities, officials, civil servants and public employees in the movement',
        clause: `${DC}, mục III.2`,
      },
      {
        id: 'tacDongHieuQua', number: '3.',
        title: 'Đánh giá tác động, hiệu quả của Phong trào thi đua đối với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị, địa phương gắn với việc đẩy mạnh “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”',
        titleEn: 'Impact and effectiveness of the movement on the political tasks of the agency, unit or locality, together with “Studying and following Hồ Chí Minh’s thought, morality and style”',
        clause: `${DC}, mục III.3`,
      },
      {
        id: 'kiemTraDonDoc', number: '4.',
        title: 'Công tác kiểm tra, đôn đốc, hướng dẫn thực hiện Phong trào thi đua',
        titleEn: 'Inspection, follow-up and guidance of the movement',
        clause: `${DC}, mục III.4`,
      },
      {
        id: 'bieuDuongKhenThuong', number: '5.',
        title: 'Kết quả biểu dương, tôn vinh, khen thưởng Phong trào thi đua (nếu có)',
        titleEn: 'Praise, honours and commendations in the movement (if any)',
        optional: true,
        hint: HINT_FIGURES,
        hintEn: HINT_FIGURES_EN,
        indicators: ['soTapTheDuocKhenThuong', 'soCaNhanDuocKhenThuong'],
        clause: `${DC}, mục III.5`,
      },
    ],
  },
  {
    id: 'danhGiaChung', number: 'IV.', title: 'ĐÁNH GIÁ CHUNG, ĐỀ XUẤT, KIẾN NGHỊ', titleEn: 'OVERALL ASSESSMENT, PROPOSALS AND RECOMMENDATIONS', clause: `${DC}, mục IV`,
    children: [
      { id: 'ketQuaChung', number: '1.', title: 'Kết quả đạt được', titleEn: 'Achievements', clause: `${DC}, mục IV.1` },
      { id: 'tonTaiHanChe', number: '2.', title: 'Tồn tại, hạn chế', titleEn: 'Shortcomings and limitations', clause: `${DC}, mục IV.2` },
      {
        id: 'nguyenNhan', number: '3.', title: 'Một số nguyên nhân tồn tại, hạn chế', titleEn: 'Causes of the shortcomings and limitations', clause: `${DC}, mục IV.3`,
        children: [
          { id: 'nguyenNhanKhachQuan', number: 'a)', title: 'Nguyên nhân khách quan', titleEn: 'Objective causes', clause: `${DC}, mục IV.3.a` },
          { id: 'nguyenNhanChuQuan', number: 'b)', title: 'Nguyên nhân chủ quan', titleEn: 'Subjective causes', clause: `${DC}, mục IV.3.b` },
        ],
      },
      { id: 'baiHocKinhNghiem', number: '4.', title: 'Bài học kinh nghiệm', titleEn: 'Lessons learned', clause: `${DC}, mục IV.4` },
      {
        id: 'deXuatKienNghi', number: '5.', title: 'Đề xuất, kiến nghị để triển khai Phong trào thi đua đến năm 2025',
        titleEn: 'Proposals and recommendations for carrying the movement on to 2025', clause: `${DC}, mục IV.5`,
      },
    ],
  },
  {
    id: 'phuongHuong', number: 'V.',
    title: 'PHƯƠNG HƯỚNG TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA GIAI ĐOẠN (2023 - 2025)',
    titleEn: 'DIRECTIONS FOR CARRYING OUT THE MOVEMENT IN (2023–2025)',
    clause: `${DC}, mục V`,
  },
];

export const definition = {
  id: 'dong-nai-so-ket-2023',
  version: '1.0.0',
  title: `Kế hoạch sơ kết thực hiện ${MOVEMENT} giai đoạn 2021 - 2025 trên địa bàn tỉnh Đồng Nai`,
  titleEn: 'Plan for the mid-term review of the emulation movement “For the poor – Leave no one behind” 2021–2025 in Đồng Nai province',
  province: { name: 'Đồng Nai', nameEn: 'Đồng Nai', slug: 'dong-nai' },
  movement: { name: MOVEMENT, from: 2021, to: 2025 },
  // Dated 06/6/2023: before NĐ 98/2023 (31/12/2023) and Luật TĐKT 2022 (in force 01/01/2024).
  legalRegime: 'nd91-2017',
  document: {
    type: 'KẾ HOẠCH',
    summary: `Sơ kết thực hiện ${MOVEMENT} giai đoạn 2021 - 2025 trên địa bàn tỉnh Đồng Nai`,
    number: '148',
    symbol: 'KH-UBND',
    date: '2023-06-06',
    place: 'Đồng Nai',
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI' },
    signer: { authority: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Sơn Hùng' },
    legalBases: [
      {
        text: 'Căn cứ Quyết định số 666/QĐ-TTg ngày 02 tháng 6 năm 2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025;',
        clause: `${KH}, phần căn cứ`,
        kind: 'can-cu',
      },
      {
        text: 'Căn cứ Hướng dẫn số 2357/HD-BTĐKT ngày 31 tháng 8 năm 2022 của Ban Thi đua - Khen thưởng Trung ương về khen thưởng thành tích trong Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025;',
        clause: `${KH}, phần căn cứ`,
        kind: 'can-cu',
      },
      {
        text: 'Kế hoạch số 218/KH-UBND ngày 14 tháng 10 năm 2022 của UBND tỉnh (kế hoạch thực hiện Phong trào thi đua mà đợt sơ kết đánh giá)',
        clause: `${KH}, mục II.2`,
      },
    ],
    recipients: [
      'Bộ Lao động - Thương binh và Xã hội',
      'Ban Thi đua - Khen thưởng Trung ương',
      'Thường trực Tỉnh ủy (b/c)',
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      'Các cơ quan, đơn vị, địa phương tại Mục III',
      'Chánh, PCVP. UBND tỉnh (KGVX)',
      'Lưu: VT, HCTC, KGVX (P, T)',
    ],
  },
  purposes: [
    {
      text:
        'Đánh giá quá trình triển khai thực hiện và kết quả thực hiện của Phong trào thi đua trong 03 năm (2021 - 2023).',
      clause: `${KH}, mục I.1.a`,
    },
    {
      text:
        'Biểu dương, tôn vinh các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong thực hiện Phong trào thi đua; nhân rộng các điển hình tiên tiến, các sáng kiến, kinh nghiệm hay, các mô hình, cách làm sáng tạo hiệu quả trong thực hiện Phong trào thi đua.',
      clause: `${KH}, mục I.1.b`,
    },
    {
      text:
        'Rút ra những bài học kinh nghiệm, xác định mục tiêu, nội dung và các giải pháp tiếp tục đẩy mạnh Phong trào thi đua đến năm 2025.',
      clause: `${KH}, mục I.1.c`,
    },
  ],
  outline: {
    derived: false,
    source: `${KH}, Đề cương báo cáo kèm theo (mục III.1: “đề cương báo cáo kèm theo”)`,
    heading: 'ĐỀ CƯƠNG BÁO CÁO',
    summary: `Sơ kết 03 năm thực hiện ${MOVEMENT} giai đoạn 2021 - 2025 trên địa bàn tỉnh Đồng Nai`,
    summaryEn: 'Three-year review of the emulation movement “For the poor – Leave no one behind” 2021–2025 in Đồng Nai province',
    attachedTo: '(Kèm theo Kế hoạch số 148/KH-UBND ngày 06 tháng 6 năm 2023 của Chủ tịch UBND tỉnh)',
    sections,
  },
  indicators,
  participantGroups: [
    {
      id: 'co-quan-don-vi-dia-phuong',
      quote: 'Trong đó, tập trung đánh giá các giải pháp, mô hình, cách làm sáng tạo, góp phần thực hiện hiệu quả Phong trào thi đua ở các sở, ban, ngành; các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc, Lực lượng vũ trang và các đoàn thể nhân dân, đơn vị sự nghiệp công lập từ tỉnh đến cấp cơ sở; các doanh nghiệp nhà nước; UBND các huyện, thành phố; UBND các xã, phường, thị trấn (gọi tắt là các cơ quan, đơn vị, địa phương).',
      label: 'Các sở, ban, ngành; các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc, Lực lượng vũ trang và các đoàn thể nhân dân, đơn vị sự nghiệp công lập từ tỉnh đến cấp cơ sở; UBND các huyện, thành phố; UBND các xã, phường, thị trấn',
      labelEn: 'Provincial departments and agencies; Party, State, Fatherland Front, armed-forces and mass organisations, public service units from province to grassroots; district and city People’s Committees; commune, ward and township People’s Committees',
      nomineeTypes: ['collective'],
      criteria: [
        { id: 'tap-the-thanh-tich-noi-bat', text: 'Có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua', clause: `${KH}, mục III.1` },
        { id: 'tap-the-tieu-bieu-xuat-sac', text: 'Có thành tích tiêu biểu, xuất sắc trong thực hiện Phong trào thi đua', clause: `${KH}, mục I.1.b` },
        { id: 'tap-the-giai-phap-mo-hinh', text: 'Có giải pháp, mô hình, cách làm sáng tạo, góp phần thực hiện hiệu quả Phong trào thi đua', clause: `${KH}, mục II.2` },
        { id: 'tap-the-sang-kien-giam-ngheo', text: 'Có sáng kiến hay, mô hình, cách làm sáng tạo trong thực hiện chính sách, chương trình giảm nghèo', clause: `${KH}, mục I.2.b` },
      ],
      clause: `${KH}, mục II.2`,
    },
    {
      id: 'doanh-nghiep-to-chuc-sxkd',
      quote: 'Đánh giá các tổ chức trong sản xuất kinh doanh hỗ trợ phát triển các dự án, mô hình giảm nghèo phù hợp với người nghèo.',
      label: 'Các doanh nghiệp nhà nước và các tổ chức trong sản xuất kinh doanh',
      labelEn: 'State-owned enterprises and other businesses',
      nomineeTypes: ['collective'],
      criteria: [
        { id: 'dn-thanh-tich-noi-bat', text: 'Có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua', clause: `${KH}, mục III.1` },
        { id: 'dn-ho-tro-du-an-mo-hinh', text: 'Hỗ trợ phát triển các dự án, mô hình giảm nghèo phù hợp với người nghèo', clause: `${DC}, mục III.1.c` },
        { id: 'dn-day-nghe-viec-lam', text: 'Tổ chức dạy nghề và tạo việc làm đối với người nghèo', clause: `${DC}, mục III.1.đ` },
      ],
      clause: `${KH}, mục II.2; ${DC}, mục III.1.c`,
    },
    {
      id: 'ngan-hang-to-chuc-tin-dung',
      quote: 'Đánh giá các Ngân hàng và các tổ chức tín dụng thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
      label: 'Các Ngân hàng và các tổ chức tín dụng',
      labelEn: 'Banks and credit institutions',
      nomineeTypes: ['collective'],
      criteria: [
        { id: 'nh-thanh-tich-noi-bat', text: 'Có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua', clause: `${KH}, mục III.1` },
        { id: 'nh-tin-dung-hieu-qua', text: 'Thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo', clause: `${DC}, mục III.1.d` },
      ],
      clause: `${DC}, mục III.1.d`,
    },
    {
      id: 'ca-nhan',
      quote: 'Kết quả thực hiện công tác tuyên truyền, vận động tạo ra sự chuyển biến mạnh mẽ về nhận thức và hành động của đội ngũ cán bộ, công chức, viên chức và quần chúng nhân dân tích cực tham gia, hưởng ứng phong trào thi đua.',
      label: 'Cán bộ, công chức, viên chức và quần chúng nhân dân',
      labelEn: 'Officials, civil servants, public employees and members of the public',
      nomineeTypes: ['individual'],
      criteria: [
        { id: 'ca-nhan-thanh-tich-noi-bat', text: 'Có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua', clause: `${KH}, mục III.1` },
        { id: 'ca-nhan-tieu-bieu-xuat-sac', text: 'Có thành tích tiêu biểu, xuất sắc trong thực hiện Phong trào thi đua', clause: `${KH}, mục I.1.b` },
        { id: 'ca-nhan-cach-lam-sang-tao', text: 'Có sáng kiến, kinh nghiệm hay, cách làm sáng tạo hiệu quả trong thực hiện Phong trào thi đua', clause: `${KH}, mục I.1.b; ${DC}, mục III.2` },
      ],
      clause: `${KH}, mục II.1; ${DC}, mục II.2.a, III.2`,
    },
  ],
  awardForms: [giayKhen, bangKhenTinh],
  phases: [
    {
      id: 'so-ket-2023',
      kind: 'so-ket',
      year: 2023,
      label: 'Sơ kết 03 năm (2021 - 2023)',
      labelEn: 'Three-year review (2021–2023)',
      awardForms: ['giay-khen', 'bang-khen-chu-tich-ubnd-tinh'],
      filed: { from: '2023-06-06', to: '2023-12-31', derived: 'Kế hoạch ban hành ngày 06/6/2023 để “sơ kết 03 năm thực hiện Phong trào thi đua” trong năm 2023; Kế hoạch không ấn định hạn nộp hồ sơ khen thưởng', clause: `${KH}, mục III.1, III.3.b–c` },
      covers: { from: 2021, to: 2023 },
      quote: 'tổ chức sơ kết 03 năm thực hiện Phong trào thi đua và khen thưởng theo thẩm quyền đối với các tập thể và cá nhân có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua',
      clause: `${KH}, mục III.1, III.2.b, III.3.c`,
    },
  ],
  unitTypes: [
    { id: 'so-ban-nganh', level: 'so-nganh', label: 'Sở, ban, ngành', labelEn: 'Provincial department or agency' },
    { id: 'ubmttq-tinh', level: 'doan-the-tinh', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', labelEn: 'Provincial Vietnam Fatherland Front Committee' },
    { id: 'doan-the-tinh', level: 'doan-the-tinh', label: 'Tổ chức đoàn thể chính trị - xã hội cấp tỉnh', labelEn: 'Provincial socio-political organisation' },
    { id: 'huyen', level: 'huyen', label: 'UBND huyện', labelEn: 'District People’s Committee' },
    { id: 'thanh-pho', level: 'huyen', label: 'UBND thành phố', labelEn: 'City People’s Committee' },
    { id: 'xa', level: 'xa', label: 'UBND xã, phường, thị trấn', labelEn: 'Commune, ward or township People’s Committee' },
    // The province's own report upwards (reporting.upward).
    { id: 'ubnd-tinh', level: 'tinh', label: 'Ủy ban nhân dân tỉnh', labelEn: 'Provincial People’s Committee' },
  ],
  quotas: [],
  thresholds: [],
  deadlines: [
    {
      id: 'bao-cao-so-ket',
      kind: 'report',
      label: 'Báo cáo sơ kết 03 năm thực hiện Phong trào thi đua',
      labelEn: 'Three-year review report of the movement',
      appliesTo: { reportPeriod: 'so-ket-2021-2023' },
      due: { date: '2023-06-20' },
      before: true,
      to: 'UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)',
      quote: 'tổ chức sơ kết 03 năm thực hiện Phong trào thi đua và khen thưởng theo thẩm quyền đối với các tập thể và cá nhân có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua; đồng thời gửi báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội) trước ngày 20 tháng 6 năm 2023 (đề cương báo cáo kèm theo).',
      clause: `${KH}, mục III.1`,
    },
  ],
  milestones: [
    {
      id: 'so-ket-03-nam',
      year: [2021, 2023],
      text: 'Sơ kết 03 năm thực hiện Phong trào thi đua (2021 - 2023), từ cấp cơ sở đến cấp tỉnh',
      textEn: 'Three-year review of the movement (2021–2023), from grassroots to provincial level',
      clause: `${KH}, mục I.1.a, I.2.a`,
    },
    {
      id: 'hoi-nghi-so-ket-tinh',
      year: 2023,
      text: 'UBND tỉnh tổ chức hội nghị sơ kết 03 năm thực hiện Phong trào thi đua; Chủ tịch UBND tỉnh xem xét khen thưởng',
      textEn: 'The Provincial People’s Committee holds the three-year review conference; its Chairman considers commendations',
      clause: `${KH}, mục III.2.a–b, III.3.b–c`,
    },
    {
      id: 'tiep-tuc-den-2025',
      year: [2024, 2025],
      text: 'Tiếp tục đẩy mạnh phong trào thi đua trong các năm tiếp theo (2024 - 2025)',
      textEn: 'Keep pushing the movement forward in the following years (2024–2025)',
      clause: `${KH}, mục II.4`,
    },
  ],
  reporting: {
    unitTypes: ['so-ban-nganh', 'ubmttq-tinh', 'doan-the-tinh', 'huyen', 'thanh-pho'],
    periods: [
      {
        id: 'so-ket-2021-2023',
        kind: 'phase',
        phase: 'so-ket-2023',
        label: 'Sơ kết 03 năm (2021 - 2023)',
        labelEn: 'Three-year review (2021–2023)',
        // A three-year review is one report for the span 2021–2023, filed in 2023.
        years: { from: 2023, to: 2023 },
        span: { from: 2021, to: 2023 },
        clause: `${KH}, mục I.1.a, III.1`,
      },
    ],
    to: 'UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)',
    recipients: [UBND_TINH, SO_LDTBXH],
    quote: 'tổ chức sơ kết 03 năm thực hiện Phong trào thi đua và khen thưởng theo thẩm quyền đối với các tập thể và cá nhân có thành tích nổi bật trong 03 năm thực hiện Phong trào thi đua; đồng thời gửi báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội) trước ngày 20 tháng 6 năm 2023 (đề cương báo cáo kèm theo).',
    clause: `${KH}, mục III.1`,
    // The province's own reports upwards.
    upward: [
      {
        unitTypes: ['ubnd-tinh'],
        recipients: [BO_LDTBXH, BAN_TDKT_TW],
        quote: 'a) Chủ trì, phối hợp các sở, ban, ngành liên quan, UBND các huyện, thành phố tổng hợp, báo cáo tham mưu UBND tỉnh báo cáo sơ kết 03 năm thực hiện Phong trào thi đua.',
        clause: `${KH}, mục III.3.a; Nơi nhận`,
      },
    ],
  },
  dossier: {
    intake: {
    quote: 'Chủ trì, phối hợp Ban Thi đua - Khen thưởng tổng hợp, xét các tập thể và cá nhân được đề xuất khen thưởng và nội dung tham luận trình bày tại hội nghị sơ kết.',
      agency: 'Sở Lao động - Thương binh và Xã hội (chủ trì, phối hợp Ban Thi đua - Khen thưởng tổng hợp, xét); Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) hoàn chỉnh hồ sơ trình Chủ tịch UBND tỉnh khen thưởng',
      clause: `${KH}, mục III.2.b, III.3.b–c`,
    },
    // Units that khen thưởng theo thẩm quyền or propose to the Chủ tịch UBND tỉnh (mục III.1), and the
    // communes whose collectives and people a huyện rewards (mục II.2 names UBND các xã, phường, thị trấn).
    submitterUnitTypes: ['so-ban-nganh', 'ubmttq-tinh', 'doan-the-tinh', 'huyen', 'thanh-pho', 'xa'],
    routes: nationalRoutes({
      to: [UBND_TINH, SO_LDTBXH, SO_NOI_VU],
      clause: `${KH}, mục III.1, III.3.b–c`,
      ownAwardClause: `${KH}, mục III.1`,
      text: 'Sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố khen thưởng theo thẩm quyền và đề nghị Chủ tịch UBND tỉnh; Sở Lao động - Thương binh và Xã hội tổng hợp, xét, Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) hoàn chỉnh hồ sơ trình: hồ sơ kính gửi Chủ tịch UBND tỉnh, Sở Lao động - Thương binh và Xã hội hoặc Sở Nội vụ',
      textEn: 'Departments, provincial organisations and districts award within their authority and propose to the provincial chairman; Sở LĐTBXH collects and reviews, Sở Nội vụ completes the dossiers: a dossier is addressed to the chairman, Sở LĐTBXH or Sở Nội vụ',
    }),
    confirmationBlocks: CONFIRMATION_BLOCKS,
  },

  readings: [
    {
      text: 'Đánh giá kết quả thực hiện Phong trào thi đua được quy định tại Kế hoạch số 218/KH-UBND ngày 14 tháng 10 năm 2022 của UBND tỉnh.',
      clause: `${KH}, mục II.2`,
      reading: 'Kế hoạch 218/KH-UBND không nằm trong phần “Căn cứ” nhưng là kế hoạch mà báo cáo sơ kết đánh giá; SDK ghi nó vào căn cứ của Kế hoạch để báo cáo đối chiếu với các mục tiêu, nhiệm vụ của nó.',
      readingEn: 'Plan 218/KH-UBND is not among the “Căn cứ” lines, but it is the plan the review assesses; the SDK lists it with the legal bases so reports are read against its goals and tasks.',
    },
    {
      text: 'Chủ trì, phối hợp Sở Tài chính đề xuất kinh phí tổ chức sơ kết 03 năm thực hiện Phong trào thi đua.',
      clause: `${KH}, mục III.2.c`,
      reading: 'Kinh phí do Sở Nội vụ đề xuất, Sở Tài chính và Kho bạc Nhà nước tỉnh thẩm định, cấp phát (mục III.4); đây là việc của cơ quan tỉnh, không phải điều kiện của báo cáo hay hồ sơ nên không có quy tắc kiểm tra.',
      readingEn: 'Funding is proposed by the Department of Home Affairs and appraised and paid by the Department of Finance and the State Treasury (III.4); it is the provincial bodies’ business, no condition of a report or dossier, so no rule checks it.',
    },
    {
      text: 'Sở Tài chính và Kho bạc Nhà nước tỉnh Đồng Nai: Đảm bảo thẩm định, cấp phát kinh phí tổ chức Lễ và quyết toán kịp thời, đúng tiến độ.',
      clause: `${KH}, mục III.4`,
      reading: 'Ghi lại cùng mục III.2.c: kinh phí tổ chức Lễ sơ kết; không có quy tắc kiểm tra.',
      readingEn: 'Recorded with III.2.c: funding of the review ceremony; no rule checks it.',
    },
    {
      text: 'Trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) xem xét, giải quyết.',
      clause: `${KH}, đoạn kết`,
      reading: 'Khó khăn, vướng mắc đi qua Sở Nội vụ, khác với báo cáo sơ kết (qua Sở Lao động - Thương binh và Xã hội, mục III.1). Văn bản nêu vướng mắc không phải báo cáo sơ kết; SDK không có mẫu cho nó và không dùng đường này cho báo cáo.',
      readingEn: 'Problems go through the Department of Home Affairs, unlike the review report (through the labour department, III.1). A letter raising problems is not the review report; the SDK has no form for it and does not use this route for reports.',
    },
    // The province's own reports upwards.
    {
      text: 'a) Chủ trì, phối hợp các sở, ban, ngành liên quan, UBND các huyện, thành phố tổng hợp, báo cáo tham mưu UBND tỉnh báo cáo sơ kết 03 năm thực hiện Phong trào thi đua.',
      clause: `${KH}, mục III.3.a; Nơi nhận`,
      reading: 'Báo cáo sơ kết 03 năm của chính UBND tỉnh là báo cáo hợp lệ của Kế hoạch. Kế hoạch không ghi báo cáo này gửi ai; Nơi nhận của Kế hoạch có hai cơ quan Trung ương là Bộ Lao động - Thương binh và Xã hội và Ban Thi đua - Khen thưởng Trung ương, nên báo cáo gửi một trong hai cơ quan đó là đúng; gửi nơi khác chỉ bị cảnh báo.',
      readingEn: 'The Provincial People’s Committee’s own three-year review report is a valid report of the plan. The plan does not say whom it goes to; its distribution list names two central bodies, the Ministry of Labour, Invalids and Social Affairs and the Central Emulation and Commendation Board, so a report addressed to either is right; another addressee gets a warning only.',
    },
  ],
} satisfies PlanDefinition;
