// Đồng Nai: Kế hoạch tổ chức thực hiện Phong trào thi đua "Cả nước chung tay vì người nghèo -
// không để ai bị bỏ lại phía sau" giai đoạn 2016 - 2020 (UBND tỉnh, 2017). Its text:
// source.txt beside this file. The text gives no số/ký hiệu, date, signer or
// Nơi nhận: they stay absent and `unknowns` says so. It has no đề cương, so the report
// outline is derived; it names no award form and no report day (the readings below say
// how each gap is read).

import type { PlanDefinition } from '@thidua/core';
import { awardLawClause } from '../../shared/award-law.js';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from '../../shared/law.js';
import { nationalRoutes, SO_LDTBXH, SO_NOI_VU, UBND_TINH } from '../../shared/routes.js';

/** Short name of the plan used in every clause (the seed carries no number). */
const KH = 'Kế hoạch Phong trào 2016–2020 tỉnh Đồng Nai';
const at = (where: string) => `${KH}, ${where}`;

/** The plan names no award form: awards follow the law of the time ("theo quy định", mục V.4, VI.1). */
const AWARD_SEED_CLAUSE = at('mục V.3, V.4 (khen thưởng theo quy định) và VI.1 (tiêu chí khen thưởng cấp tỉnh theo quy định)');

export const definition = {
  id: 'dong-nai-2016-2020',
  version: '1.0.0',
  title:
    'Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020 trên địa bàn tỉnh Đồng Nai',
  titleEn:
    'Plan for the emulation movement "The whole country joins hands for the poor – leave no one behind" 2016–2020 in Dong Nai province',
  province: { name: 'Đồng Nai', nameEn: 'Dong Nai', slug: 'dong-nai' },
  movement: { name: 'Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau', from: 2016, to: 2020 },
  legalRegime: 'nd91-2017',

  document: {
    type: 'KẾ HOẠCH',
    summary:
      'Tổ chức thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020 trên địa bàn tỉnh',
    dateNote:
      'Văn bản gốc không ghi số, ký hiệu, ngày ban hành, người ký và nơi nhận. Kế hoạch được Ủy ban nhân dân tỉnh ban hành trong năm 2017 (mục V.1: “Năm 2017: Xây dựng kế hoạch triển khai thực hiện Quyết định số 1258/QĐ-TTg”), sau ngày 21/8/2017 là ngày của Quyết định số 1258/QĐ-TTg mà Kế hoạch căn cứ.',
    place: 'Đồng Nai',
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI' },
    legalBases: [
      {
        text: 'Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020',
        clause: at('phần mở đầu'),
        kind: 'can-cu',
      },
    ],
  },
  purposes: [
    {
      text:
        'Phát huy tinh thần đoàn kết, sức mạnh của cả hệ thống chính trị, xã hội và cộng đồng trong việc tuyên truyền, nâng cao nhận thức, tinh thần chủ động, sáng tạo của mỗi cá nhân, tập thể, tạo khí thế thi đua sôi nổi trong toàn tỉnh, góp phần thực hiện thắng lợi chính sách, chương trình giảm nghèo của Đảng và Nhà nước.',
      clause: at('mục II.1.a'),
    },
    {
      text:
        'Tổ chức Phong trào thi đua thiết thực, hiệu quả, phấn đấu đến cuối năm 2020 giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1% theo chuẩn nghèo của tỉnh giai đoạn 2016 - 2020; cải thiện sinh kế và nâng cao chất lượng cuộc sống của người nghèo, bảo đảm thu nhập bình quân đầu người hộ nghèo của tỉnh cuối năm 2020 tăng lên 1,5 lần so với cuối năm 2015 (riêng hộ nghèo ở các huyện, xã vùng sâu, vùng xa, hộ nghèo dân tộc thiểu số tăng gấp 02 lần).',
      clause: at('mục II.1.b'),
    },
  ],
  unknowns: [
    { at: '/document/number', text: 'Văn bản không ghi số và ký hiệu.' },
    { at: '/document/symbol', text: 'Văn bản không ghi số và ký hiệu.' },
    { at: '/document/date', text: 'Văn bản không ghi ngày ban hành; chỉ biết Kế hoạch ban hành trong năm 2017, sau ngày 21/8/2017 của Quyết định số 1258/QĐ-TTg mà Kế hoạch căn cứ.' },
    { at: '/document/signer', text: 'Văn bản không ghi người ký.' },
    { at: '/document/recipients', text: 'Văn bản không ghi nơi nhận.' },
  ],

  // ---- Report outline (derived: units report yearly, mục VI.4, but the plan gives no đề cương) ----
  outline: {
    derived: true,
    source: at(
      'mục VI.4 (hàng năm báo cáo tình hình tổ chức thực hiện Phong trào thi đua) và mục IV.1 (định kỳ báo cáo kết quả thực hiện); nội dung suy ra từ mục II.1.b (mục tiêu), mục III (nội dung thi đua theo nhóm đối tượng), mục IV (giải pháp), mục V (tiến độ, sơ kết, tổng kết, khen thưởng) và đoạn cuối mục VI (khó khăn, vướng mắc, đề nghị điều chỉnh)',
    ),
    heading: 'BÁO CÁO',
    summary:
      'Tình hình tổ chức thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020',
    summaryEn:
      'Implementation of the emulation movement "The whole country joins hands for the poor – leave no one behind" 2016–2020',
    sections: [
      {
        id: 'congTacTrienKhai',
        number: 'I.',
        title: 'CÔNG TÁC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA',
        titleEn: 'DEPLOYING THE MOVEMENT',
        clause: at('mục IV.1; mục VI.2, VI.3'),
        children: [
          {
            id: 'keHoachHuongDan',
            number: '1.',
            title: 'Xây dựng kế hoạch, hướng dẫn và tổ chức triển khai thực hiện',
            titleEn: 'The unit’s plan, guidance and deployment',
            hint: 'Kế hoạch của đơn vị với nội dung, tiêu chí cụ thể, hình thức phù hợp, căn cứ Kế hoạch số 12560/KH-UBND ngày 23/12/2016 của UBND tỉnh về chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016 - 2020.',
            hintEn: 'The unit’s own plan with concrete contents and criteria, based on provincial plan 12560/KH-UBND of 23/12/2016.',
            clause: at('mục IV.1; mục VI.2'),
          },
          {
            id: 'tuyenTruyen',
            number: '2.',
            title: 'Công tác tuyên truyền; phát hiện, biểu dương, nhân rộng các điển hình tiên tiến, mô hình giảm nghèo nhanh và bền vững',
            titleEn: 'Communication; finding, praising and replicating role models and fast, sustainable poverty-reduction models',
            clause: at('mục II.2.c; mục IV.3; mục VI.3'),
          },
          {
            id: 'kiemTra',
            number: '3.',
            title: 'Công tác kiểm tra tình hình thực hiện Phong trào thi đua',
            titleEn: 'Inspection of the movement',
            clause: at('mục IV.5'),
          },
        ],
      },
      {
        id: 'ketQuaNoiDung',
        number: 'II.',
        title: 'KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA',
        titleEn: 'RESULTS BY EMULATION CONTENT',
        hint: 'Báo cáo các nội dung tương ứng với đối tượng của đơn vị; nội dung không thuộc đơn vị ghi “Không thuộc phạm vi của đơn vị”.',
        hintEn: 'Report the contents that match the unit; write that a content does not apply where it does not.',
        clause: at('mục III'),
        children: [
          {
            id: 'chinhSachGiaiPhap',
            number: '1.',
            title: 'Nghiên cứu, phát huy sáng kiến; ban hành, tổ chức thực hiện các chính sách, giải pháp thực hiện mục tiêu giảm nghèo; cán bộ làm công tác giảm nghèo đồng hành cùng người nghèo',
            titleEn: 'Research and initiatives; poverty-reduction policies and solutions; poverty-reduction staff alongside the poor',
            clause: at('mục III.1'),
          },
          {
            id: 'giaiPhapDiaPhuong',
            number: '2.',
            title: 'Nội dung, giải pháp giảm nghèo của địa phương; bố trí và huy động nguồn lực cho địa bàn nghèo; gắn với phong trào “Cả nước chung sức xây dựng nông thôn mới”',
            titleEn: 'Local solutions; resources for poor areas; link with the new-countryside movement',
            indicators: ['kinhPhiHuyDong'],
            clause: at('mục III.2'),
          },
          {
            id: 'matTranDoanThe',
            number: '3.',
            title: 'Vận động của Ủy ban Mặt trận Tổ quốc các cấp và các đoàn thể nhân dân; Quỹ “Ngày vì người nghèo”, nhà tình thương và sửa chữa nhà ở cho hộ nghèo',
            titleEn: 'Fatherland Front and mass organisations; the "Day for the poor" fund; charity houses and repairs',
            indicators: ['quyNgayViNguoiNgheo', 'soNhaTinhThuong'],
            clause: at('mục III.3; mục IV.2'),
          },
          {
            id: 'apKhuPho',
            number: '4.',
            title: 'Ấp, khu phố, cộng đồng đoàn kết giúp nhau giảm nghèo và từng bước làm giàu',
            titleEn: 'Hamlets, neighbourhoods and communities helping each other out of poverty',
            clause: at('mục III.4'),
          },
          {
            id: 'hoGiaDinh',
            number: '5.',
            title: 'Hộ gia đình chủ động vượt khó, vươn lên thoát nghèo và giúp đỡ nhau phát triển kinh tế',
            titleEn: 'Households overcoming hardship, leaving poverty and helping others',
            indicators: ['soHoThoatNgheo'],
            clause: at('mục III.5'),
          },
          {
            id: 'moHinhDienHinh',
            number: '6.',
            title: 'Mô hình giảm nghèo, sáng kiến, kinh nghiệm hay, cách làm sáng tạo được phát hiện, nhân rộng',
            titleEn: 'Poverty-reduction models, initiatives and good practices found and replicated',
            indicators: ['soMoHinhGiamNgheo'],
            clause: at('mục II.2.c; mục IV.3'),
          },
        ],
      },
      {
        id: 'ketQuaMucTieu',
        number: 'III.',
        title: 'KẾT QUẢ THỰC HIỆN MỤC TIÊU GIẢM NGHÈO',
        titleEn: 'RESULTS AGAINST THE POVERTY-REDUCTION TARGETS',
        hint: 'Số liệu cuối năm báo cáo theo chuẩn nghèo của tỉnh giai đoạn 2016 - 2020; hệ số tăng thu nhập so với cuối năm 2015.',
        hintEn: 'Year-end figures by the province’s 2016–2020 poverty standard; income growth as a multiple of end-2015.',
        indicators: [
          'tyLeHoNgheo',
          'soHoNgheo',
          'thuNhapBinhQuanHoNgheo',
          'heSoTangThuNhapHoNgheo',
          'heSoTangThuNhapHoNgheoVungSauVungXa',
          'heSoTangThuNhapHoNgheoDtts',
        ],
        clause: at('mục II.1.b'),
      },
      {
        id: 'soKetTongKetKhenThuong',
        number: 'IV.',
        title: 'CÔNG TÁC SƠ KẾT, TỔNG KẾT VÀ KHEN THƯỞNG',
        titleEn: 'REVIEWS AND COMMENDATIONS',
        clause: at('mục II.2.d; mục IV.4; mục V.3, V.4'),
        children: [
          {
            id: 'soKetTongKet',
            number: '1.',
            title: 'Tổ chức sơ kết giữa kỳ (năm 2018), tổng kết (năm 2020) Phong trào thi đua (nếu có trong kỳ báo cáo)',
            titleEn: 'Mid-term (2018) and final (2020) reviews held (if in the period)',
            optional: true,
            clause: at('mục II.2.d; mục IV.4'),
          },
          {
            id: 'ketQuaKhenThuong',
            number: '2.',
            title: 'Kết quả khen thưởng các tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc',
            titleEn: 'Collectives, individuals and households commended',
            indicators: ['soTapTheDuocKhenThuong', 'soCaNhanDuocKhenThuong', 'soHoGiaDinhDuocKhenThuong'],
            clause: at('mục II.2.c; mục V.3, V.4'),
          },
        ],
      },
      {
        id: 'danhGiaChung',
        number: 'V.',
        title: 'ĐÁNH GIÁ CHUNG',
        titleEn: 'OVERALL ASSESSMENT',
        clause: at('mục IV.4; đoạn cuối mục VI'),
        children: [
          { id: 'uuDiem', number: '1.', title: 'Ưu điểm', titleEn: 'Strengths', clause: at('mục IV.4') },
          {
            id: 'hanCheKhoKhan',
            number: '2.',
            title: 'Hạn chế, khó khăn, vướng mắc và nguyên nhân',
            titleEn: 'Shortcomings, difficulties and their causes',
            clause: at('đoạn cuối mục VI'),
          },
          {
            id: 'baiHocKinhNghiem',
            number: '3.',
            title: 'Bài học kinh nghiệm',
            titleEn: 'Lessons learned',
            clause: at('mục IV.4 (“đánh giá, rút kinh nghiệm để tiếp tục thực hiện”)'),
          },
        ],
      },
      {
        id: 'phuongHuong',
        number: 'VI.',
        title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
        titleEn: 'DIRECTIONS AND TASKS AHEAD',
        clause: at('mục IV.4; mục V'),
      },
      {
        id: 'deXuatKienNghi',
        number: 'VII.',
        title: 'ĐỀ XUẤT, KIẾN NGHỊ',
        titleEn: 'PROPOSALS AND RECOMMENDATIONS',
        hint: 'Khó khăn, vướng mắc cần tháo gỡ; đề nghị điều chỉnh, bổ sung Kế hoạch (nếu có).',
        hintEn: 'Obstacles to remove; proposals to adjust or supplement the plan (if any).',
        optional: true,
        clause: at('đoạn cuối mục VI'),
      },
    ],
  },

  // ---- Indicators and targets (mục II.1.b: targets for end-2020) ----
  indicators: [
    {
      id: 'tyLeHoNgheo',
      label: 'Tỷ lệ hộ nghèo theo chuẩn nghèo của tỉnh giai đoạn 2016 - 2020 (cuối năm báo cáo)',
      labelEn: 'Poor-household rate by the province’s 2016–2020 standard (end of the year reported)',
      kind: 'percent',
      unit: '%',
      unitEn: '%',
      target: {
        text: 'phấn đấu đến cuối năm 2020 giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1% theo chuẩn nghèo của tỉnh giai đoạn 2016 - 2020',
        op: '<',
        value: 1,
        year: 2020,
      },
      required: true,
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'], targetOf: 'province', provinceReportBy: ['ban-thi-dua-khen-thuong-tinh'], reading: 'Chỉ tiêu “giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1%” là của tỉnh; tỷ lệ của một huyện không đạt hay trượt chỉ tiêu đó. Số liệu hộ nghèo gắn với địa bàn, nên chỉ UBND huyện, thị xã, thành phố phải báo cáo; sở, ban, ngành, đoàn thể tỉnh không có địa bàn.' },
      quote: 'b) Tổ chức Phong trào thi đua thiết thực, hiệu quả, phấn đấu đến cuối năm 2020 giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1% theo chuẩn nghèo của tỉnh giai đoạn 2016 - 2020',
      clause: at('mục II.1.b'),
    },
    {
      id: 'soHoNgheo',
      label: 'Số hộ nghèo theo chuẩn nghèo của tỉnh (cuối năm báo cáo)',
      labelEn: 'Poor households by the province’s standard (end of the year reported)',
      kind: 'count',
      unit: 'hộ',
      unitEn: 'households',
      required: true,
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'] },
      quote: 'b) Tổ chức Phong trào thi đua thiết thực, hiệu quả, phấn đấu đến cuối năm 2020 giảm tỷ lệ hộ nghèo của tỉnh còn dưới 1% theo chuẩn nghèo của tỉnh giai đoạn 2016 - 2020',
      clause: at('mục II.1.b'),
    },
    {
      id: 'thuNhapBinhQuanHoNgheo',
      label: 'Thu nhập bình quân đầu người của hộ nghèo',
      labelEn: 'Average income per head of poor households',
      kind: 'money',
      unit: 'triệu đồng/người/năm',
      unitEn: 'million VND per person per year',
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'] },
      clause: at('mục II.1.b'),
    },
    {
      id: 'heSoTangThuNhapHoNgheo',
      label: 'Thu nhập bình quân đầu người hộ nghèo so với cuối năm 2015',
      labelEn: 'Average income per head of poor households as a multiple of end-2015',
      kind: 'number',
      unit: 'lần',
      unitEn: 'times',
      target: {
        text: 'bảo đảm thu nhập bình quân đầu người hộ nghèo của tỉnh cuối năm 2020 tăng lên 1,5 lần so với cuối năm 2015',
        op: '>=',
        value: 1.5,
        year: 2020,
      },
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'], targetOf: 'province', provinceReportBy: ['ban-thi-dua-khen-thuong-tinh'], reading: 'Chỉ tiêu “thu nhập bình quân đầu người hộ nghèo của tỉnh cuối năm 2020 tăng lên 1,5 lần” là của tỉnh, không kiểm trên số liệu riêng của một huyện.' },
      clause: at('mục II.1.b'),
    },
    {
      id: 'heSoTangThuNhapHoNgheoVungSauVungXa',
      label: 'Thu nhập bình quân đầu người hộ nghèo ở các huyện, xã vùng sâu, vùng xa so với cuối năm 2015',
      labelEn: 'Average income per head of poor households in remote districts and communes as a multiple of end-2015',
      kind: 'number',
      unit: 'lần',
      unitEn: 'times',
      target: {
        text: 'riêng hộ nghèo ở các huyện, xã vùng sâu, vùng xa, hộ nghèo dân tộc thiểu số tăng gấp 02 lần',
        op: '>=',
        value: 2,
        year: 2020,
      },
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'], targetOf: 'province', provinceReportBy: ['ban-thi-dua-khen-thuong-tinh'], reading: 'Vế “riêng hộ nghèo ở các huyện, xã vùng sâu, vùng xa … tăng gấp 02 lần” thuộc cùng câu chỉ tiêu của tỉnh.' },
      clause: at('mục II.1.b'),
    },
    {
      id: 'heSoTangThuNhapHoNgheoDtts',
      label: 'Thu nhập bình quân đầu người hộ nghèo dân tộc thiểu số so với cuối năm 2015',
      labelEn: 'Average income per head of ethnic-minority poor households as a multiple of end-2015',
      kind: 'number',
      unit: 'lần',
      unitEn: 'times',
      target: {
        text: 'riêng hộ nghèo ở các huyện, xã vùng sâu, vùng xa, hộ nghèo dân tộc thiểu số tăng gấp 02 lần',
        op: '>=',
        value: 2,
        year: 2020,
      },
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'], targetOf: 'province', provinceReportBy: ['ban-thi-dua-khen-thuong-tinh'], reading: 'Vế “hộ nghèo dân tộc thiểu số tăng gấp 02 lần” thuộc cùng câu chỉ tiêu của tỉnh.' },
      clause: at('mục II.1.b'),
    },
    {
      id: 'soHoThoatNgheo',
      label: 'Số hộ thoát nghèo trong năm',
      labelEn: 'Households that left poverty in the year',
      kind: 'count',
      unit: 'hộ',
      unitEn: 'households',
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'] },
      clause: at('mục III.5; mục II.1.b'),
    },
    {
      id: 'kinhPhiHuyDong',
      label: 'Nguồn lực huy động cho địa bàn nghèo, hộ nghèo',
      labelEn: 'Resources mobilised for poor areas and households',
      kind: 'money',
      unit: 'triệu đồng',
      unitEn: 'million VND',
      clause: at('mục III.2'),
    },
    {
      id: 'quyNgayViNguoiNgheo',
      label: 'Kinh phí vận động Quỹ “Ngày vì người nghèo”',
      labelEn: 'Money raised for the "Day for the poor" fund',
      kind: 'money',
      unit: 'triệu đồng',
      unitEn: 'million VND',
      clause: at('mục IV.2'),
    },
    {
      id: 'soNhaTinhThuong',
      label: 'Số nhà tình thương được xây mới, sửa chữa cho hộ nghèo',
      labelEn: 'Charity houses built or repaired for poor households',
      kind: 'count',
      unit: 'căn',
      unitEn: 'houses',
      clause: at('mục IV.2'),
    },
    {
      id: 'soMoHinhGiamNgheo',
      label: 'Số mô hình giảm nghèo, điển hình tiên tiến được phát hiện, nhân rộng',
      labelEn: 'Poverty-reduction models and role models found and replicated',
      kind: 'count',
      unit: 'mô hình',
      unitEn: 'models',
      clause: at('mục II.2.c; mục IV.3'),
    },
    {
      id: 'soTapTheDuocKhenThuong',
      label: 'Số tập thể được khen thưởng',
      labelEn: 'Collectives commended',
      kind: 'count',
      unit: 'tập thể',
      unitEn: 'collectives',
      clause: at('mục II.2.c; mục V.3, V.4'),
    },
    {
      id: 'soCaNhanDuocKhenThuong',
      label: 'Số cá nhân được khen thưởng',
      labelEn: 'Individuals commended',
      kind: 'count',
      unit: 'cá nhân',
      unitEn: 'individuals',
      clause: at('mục II.2.c; mục V.3, V.4'),
    },
    {
      id: 'soHoGiaDinhDuocKhenThuong',
      label: 'Số hộ gia đình được khen thưởng',
      labelEn: 'Households commended',
      kind: 'count',
      unit: 'hộ',
      unitEn: 'households',
      clause: at('mục V.3, V.4'),
    },
  ],

  // ---- Participants (mục I.1) and their emulation contents (mục III.1 – III.5) ----
  // The plan sets no criteria beyond the contents; each content clause is a criterion.
  participantGroups: [
    {
      id: 'so-ban-nganh',
      quote: 'Các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể tỉnh căn cứ chức năng, nhiệm vụ tiếp tục xây dựng, hướng dẫn kịp thời và tổ chức thực hiện có hiệu quả Phong trào thi đua',
      label: 'Các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể tỉnh',
      labelEn: 'Provincial departments, the Fatherland Front and provincial mass organisations',
      nomineeTypes: ['collective', 'individual'],
      clause: at('mục I.1.a; mục III.1'),
      criteria: [
        {
          id: 'tc-3-1-1',
          text: 'Các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể tỉnh căn cứ chức năng, nhiệm vụ tiếp tục xây dựng, hướng dẫn kịp thời và tổ chức thực hiện có hiệu quả Phong trào thi đua',
          clause: at('mục III.1'),
        },
        {
          id: 'tc-3-1-2',
          text: 'Tập trung vào các hoạt động nghiên cứu, phát huy sáng kiến trong xây dựng; ban hành, tổ chức thực hiện các chính sách, đề xuất các giải pháp thực hiện mục tiêu giảm nghèo',
          clause: at('mục III.1'),
        },
        {
          id: 'tc-3-1-3',
          text: 'Thi đua đồng thuận hợp tác, trách nhiệm vì người nghèo và góp phần giảm nghèo',
          clause: at('mục III.1'),
        },
        {
          id: 'tc-3-1-4',
          text: 'Cán bộ làm công tác giảm nghèo thi đua tận tụy, gương mẫu, trách nhiệm, thi đua đồng hành cùng người nghèo, hướng tới một thế giới không để ai bị bỏ lại phía sau nhằm huy động các tập thể, cá nhân trong tỉnh, các doanh nghiệp có những việc làm thiết thực tham gia đóng góp công sức, trí tuệ, của cải vật chất hỗ trợ, giúp đỡ địa phương, cơ sở, cộng đồng và các hộ gia đình giảm nghèo và thoát nghèo.',
          clause: at('mục III.1'),
        },
      ],
    },
    {
      id: 'dia-phuong',
      quote: 'Các huyện, thị xã Long Khánh và thành phố Biên Hòa, các xã, phường, thị trấn thi đua đề ra nội dung, giải pháp giảm nghèo của địa phương mình, bố trí và huy động đa dạng nguồn lực cho địa bàn nghèo nhằm giảm hộ nghèo, tăng hộ khá, giàu. Gắn Phong trào thi đua với phong trào “Cả nước chung sức xây dựng nông thôn mới”.',
      label: 'Các huyện, thị xã Long Khánh và thành phố Biên Hòa, các xã, phường, thị trấn',
      labelEn: 'Districts, Long Khanh town, Bien Hoa city, and communes, wards and townships',
      nomineeTypes: ['collective'],
      clause: at('mục I.1.a; mục III.2'),
      criteria: [
        {
          id: 'tc-3-2-1',
          text: 'Các huyện, thị xã Long Khánh và thành phố Biên Hòa, các xã, phường, thị trấn thi đua đề ra nội dung, giải pháp giảm nghèo của địa phương mình, bố trí và huy động đa dạng nguồn lực cho địa bàn nghèo nhằm giảm hộ nghèo, tăng hộ khá, giàu.',
          clause: at('mục III.2'),
        },
        {
          id: 'tc-3-2-2',
          text: 'Gắn Phong trào thi đua với phong trào “Cả nước chung sức xây dựng nông thôn mới”.',
          clause: at('mục III.2'),
        },
      ],
    },
    {
      id: 'mttq-doan-the',
      quote: 'Ủy ban Mặt trận Tổ quốc các cấp và các đoàn thể nhân dân vận động đoàn viên, hội viên tham gia hưởng ứng tích cực Phong trào thi đua, gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
      label: 'Ủy ban Mặt trận Tổ quốc các cấp và các đoàn thể nhân dân (cả đoàn viên, hội viên)',
      labelEn: 'Fatherland Front committees at all levels and mass organisations (and their members)',
      nomineeTypes: ['collective', 'individual'],
      clause: at('mục I.1.a; mục III.3'),
      criteria: [
        {
          id: 'tc-3-3-1',
          text: 'Ủy ban Mặt trận Tổ quốc các cấp và các đoàn thể nhân dân vận động đoàn viên, hội viên tham gia hưởng ứng tích cực Phong trào thi đua, gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
          clause: at('mục III.3'),
        },
      ],
    },
    {
      id: 'ap-khu-pho',
      quote: 'Các ấp, khu phố, cộng đồng thi đua đoàn kết giúp nhau giảm nghèo và từng bước làm giàu, hỗ trợ người nghèo phát triển kinh tế, ổn định cuộc sống và cùng nhau vươn lên thoát nghèo.',
      label: 'Các ấp, khu phố, cộng đồng',
      labelEn: 'Hamlets, urban neighbourhoods and communities',
      nomineeTypes: ['collective'],
      clause: at('mục I.1.b; mục III.4'),
      criteria: [
        {
          id: 'tc-3-4-1',
          text: 'Các ấp, khu phố, cộng đồng thi đua đoàn kết giúp nhau giảm nghèo và từng bước làm giàu, hỗ trợ người nghèo phát triển kinh tế, ổn định cuộc sống và cùng nhau vươn lên thoát nghèo.',
          clause: at('mục III.4'),
        },
      ],
    },
    {
      id: 'ho-gia-dinh',
      quote: 'Các hộ gia đình thi đua chủ động vượt khó, vươn lên thoát nghèo và giúp đỡ các cá nhân, hộ gia đình khác phát triển kinh tế và cùng nhau vươn lên thoát nghèo.',
      label: 'Các hộ gia đình',
      labelEn: 'Households',
      nomineeTypes: ['household'],
      clause: at('mục I.1.b; mục III.5'),
      criteria: [
        {
          id: 'tc-3-5-1',
          text: 'Các hộ gia đình thi đua chủ động vượt khó, vươn lên thoát nghèo và giúp đỡ các cá nhân, hộ gia đình khác phát triển kinh tế và cùng nhau vươn lên thoát nghèo.',
          clause: at('mục III.5'),
        },
      ],
    },
    {
      id: 'to-chuc-ca-nhan-khac',
      quote: 'Các tổ chức (không thuộc Cụm, Khối thi đua tỉnh Đồng Nai), hộ gia đình, cá nhân trên địa bàn tỉnh có điều kiện hưởng ứng tham gia vào Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”.',
      label: 'Các tổ chức (không thuộc Cụm, Khối thi đua tỉnh Đồng Nai), cá nhân trên địa bàn tỉnh',
      labelEn: 'Organisations outside the provincial emulation clusters and blocs, and individuals in the province',
      nomineeTypes: ['collective', 'individual'],
      clause: at('mục I.1.b'),
      criteria: [
        {
          id: 'tc-1-1-b-1',
          text: 'Các tổ chức (không thuộc Cụm, Khối thi đua tỉnh Đồng Nai), hộ gia đình, cá nhân trên địa bàn tỉnh có điều kiện hưởng ứng tham gia vào Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”.',
          clause: at('mục I.1.b'),
        },
        {
          id: 'tc-1-1-b-2',
          text: 'Các tập thể, cá nhân trong tỉnh, các doanh nghiệp có những việc làm thiết thực tham gia đóng góp công sức, trí tuệ, của cải vật chất hỗ trợ, giúp đỡ địa phương, cơ sở, cộng đồng và các hộ gia đình giảm nghèo và thoát nghèo.',
          clause: at('mục III.1'),
        },
      ],
    },
  ],

  // ---- Award forms: not named by the plan; the national forms of 2018–2020 ----
  awardForms: [
    {
      ...AWARD_FORMS.bangKhenThuTuong,
      quote: 'Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định.',
      clause: `${AWARD_SEED_CLAUSE}; ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenThuTuong.id)}`,
    },
    {
      ...AWARD_FORMS.bangKhenChuTichTinh,
      quote: 'Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp Ban Thi đua - Khen thưởng tỉnh tham mưu UBND tỉnh về thời điểm, hình thức tổ chức sơ kết, tổng kết Phong trào thi đua và tiêu chí khen thưởng cấp tỉnh theo quy định.',
      clause: `${AWARD_SEED_CLAUSE}; ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenChuTichTinh.id)}`,
    },
    {
      ...AWARD_FORMS.giayKhen,
      quote: 'Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định.',
      clause: `${AWARD_SEED_CLAUSE}; ${awardLawClause('nd91-2017', AWARD_FORMS.giayKhen.id)}`,
    },
  ],

  phases: [
    {
      id: 'so-ket-2018',
      kind: 'so-ket',
      year: 2018,
      label: 'Sơ kết giữa kỳ năm 2018',
      labelEn: '2018 mid-term review',
      awardForms: ['giay-khen', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong'],
      filed: { from: '2018-01-01', to: '2018-12-31', derived: '“Tổ chức sơ kết giữa kỳ vào năm 2018”; “Năm 2018: Tiến hành sơ kết giữa kỳ, khen thưởng”', clause: at('mục II.2.d; mục V.3') },
      covers: { from: 2016, to: 2018 },
      quote: '3. Năm 2018: Tiến hành sơ kết giữa kỳ, khen thưởng.',
      clause: at('mục II.2.d; mục IV.4; mục V.3 (“Năm 2018: Tiến hành sơ kết giữa kỳ, khen thưởng”)'),
    },
    {
      id: 'tong-ket-2020',
      kind: 'tong-ket',
      year: 2020,
      label: 'Tổng kết Phong trào thi đua năm 2020',
      labelEn: '2020 final review',
      awardForms: ['giay-khen', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong'],
      filed: { from: '2020-01-01', to: '2020-12-31', derived: '“tổng kết vào cuối năm 2020”; “Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định” (Kế hoạch không ấn định ngày)', clause: at('mục II.2.d; mục V.4') },
      covers: { from: 2016, to: 2020 },
      quote: '4. Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định.',
      clause: at('mục II.2.d; mục IV.4; mục V.4 (“Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định”)'),
    },
  ],

  // ---- Unit types of 2017 (Long Khánh was still a thị xã; before the 2025 reorganisation) ----
  unitTypes: [
    { id: 'so-ban-nganh', level: 'so-nganh', label: 'Sở, ban, ngành tỉnh', labelEn: 'Provincial department or agency' },
    {
      id: 'mttq-doan-the-tinh',
      level: 'doan-the-tinh',
      label: 'Mặt trận Tổ quốc, đoàn thể tỉnh',
      labelEn: 'Provincial Fatherland Front or mass organisation',
    },
    { id: 'huyen', level: 'huyen', label: 'Huyện', labelEn: 'District' },
    { id: 'thi-xa', level: 'huyen', label: 'Thị xã', labelEn: 'District-level town' },
    { id: 'thanh-pho', level: 'huyen', label: 'Thành phố thuộc tỉnh', labelEn: 'Provincial city' },
    { id: 'xa', level: 'xa', label: 'Xã', labelEn: 'Commune' },
    { id: 'phuong', level: 'xa', label: 'Phường', labelEn: 'Ward' },
    { id: 'thi-tran', level: 'xa', label: 'Thị trấn', labelEn: 'Township' },
    { id: 'ap', level: 'thon', label: 'Ấp', labelEn: 'Hamlet' },
    { id: 'khu-pho', level: 'thon', label: 'Khu phố', labelEn: 'Urban neighbourhood' },
    {
      id: 'to-chuc-khac',
      level: 'doanh-nghiep',
      label: 'Tổ chức không thuộc Cụm, Khối thi đua tỉnh',
      labelEn: 'Organisation outside the provincial emulation clusters and blocs',
    },
  ],
  units: [
    { id: 'thi-xa-long-khanh', name: 'Thị xã Long Khánh', type: 'thi-xa', aliases: ['TX. Long Khánh', 'Long Khánh'] },
    { id: 'thanh-pho-bien-hoa', name: 'Thành phố Biên Hòa', type: 'thanh-pho', aliases: ['TP. Biên Hòa', 'Biên Hòa'] },
    // Mục VI.5: "Ban Thi đua - Khen thưởng tỉnh … hàng năm báo cáo Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh": the province's report.
    { id: 'ban-thi-dua-khen-thuong-tinh', name: 'Ban Thi đua - Khen thưởng tỉnh', type: 'so-ban-nganh', aliases: ['Ban Thi đua - Khen thưởng tỉnh Đồng Nai'] },
  ],

  quotas: [],
  thresholds: [],

  // No deadline: the plan asks for a report "hàng năm" (mục VI.4) and "định kỳ" (mục IV.1) but names no day.
  deadlines: [],

  milestones: [
    {
      id: 'nam-2017',
      year: 2017,
      text: 'Năm 2017: Xây dựng kế hoạch triển khai thực hiện Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020.',
      textEn: '2017: draw up the plan implementing Prime Minister’s Decision 1258/QĐ-TTg of 21/8/2017.',
      clause: at('mục V.1'),
    },
    {
      id: 'nam-2017-2018',
      year: [2017, 2018],
      text: 'Năm 2017 đến năm 2018: Các đơn vị thuộc Cụm, Khối thi đua thuộc tỉnh, các tổ chức có liên quan triển khai thực hiện.',
      textEn: '2017 to 2018: units of the provincial emulation clusters and blocs and the organisations concerned carry out the plan.',
      clause: at('mục V.2'),
    },
    {
      id: 'so-ket-2018',
      year: 2018,
      text: 'Năm 2018: Tiến hành sơ kết giữa kỳ, khen thưởng.',
      textEn: '2018: mid-term review and commendations.',
      clause: at('mục V.3; mục II.2.d; mục IV.4'),
    },
    {
      id: 'tong-ket-2020',
      year: 2020,
      text: 'Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định.',
      textEn: '2020: final review of the movement and commendations as the law provides.',
      clause: at('mục V.4; mục II.2.d; mục IV.4'),
    },
  ],

  reporting: {
    unitTypes: ['so-ban-nganh', 'mttq-doan-the-tinh', 'huyen', 'thi-xa', 'thanh-pho'],
    periods: [
      { id: 'hang-nam', kind: 'annual', label: 'Báo cáo hằng năm', labelEn: 'Yearly report', years: { from: 2017, to: 2020 }, clause: at('mục VI.4; mục V.1 (“Năm 2017: Xây dựng kế hoạch”)') },
      { id: 'so-ket-2018', kind: 'phase', phase: 'so-ket-2018', label: 'Báo cáo sơ kết giữa kỳ năm 2018', labelEn: '2018 mid-term review report', years: { from: 2018, to: 2018 }, span: { from: 2016, to: 2018 },
        filed: { from: '2018-01-01', to: '2018-12-31', derived: '“Tổ chức sơ kết giữa kỳ vào năm 2018”', clause: at('mục II.2.d; mục V.3') }, clause: at('mục II.2.d; mục V.3') },
      { id: 'tong-ket-2020', kind: 'phase', phase: 'tong-ket-2020', label: 'Báo cáo tổng kết năm 2020', labelEn: '2020 final review report', years: { from: 2020, to: 2020 }, span: { from: 2016, to: 2020 },
        filed: { from: '2020-01-01', to: '2020-12-31', derived: '“tổng kết vào cuối năm 2020”', clause: at('mục II.2.d; mục V.4') }, clause: at('mục II.2.d; mục V.4') },
    ],
    to: 'Ban Thi đua - Khen thưởng tỉnh; Sở Lao động - Thương binh và Xã hội',
    // VI.5: the province's own yearly report (Ban Thi đua - Khen thưởng tỉnh) goes to the provincial council.
    recipients: [SO_NOI_VU, SO_LDTBXH, { name: 'Hội đồng Thi đua - Khen thưởng tỉnh' }],
    quote: '4. Hàng năm, các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thị xã Long Khánh và thành phố Biên Hòa báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Ban Thi đua - Khen thưởng tỉnh và Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh.',
    clause: at('mục VI.4; mục IV.1'),
    // The province's own reports upwards.
    upward: [
      {
        unitTypes: ['so-ban-nganh'],
        recipients: [UBND_TINH],
        quote: '5. Ban Thi đua - Khen thưởng tỉnh chủ trì, phối hợp Sở Lao động - Thương binh và Xã hội triển khai, đôn đốc việc tổ chức thực hiện Kế hoạch này, hàng năm báo cáo Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh.',
        clause: at('mục VI.5'),
      },
    ],
  },

  dossier: {
    intake: {
    quote: 'Ban Thi đua - Khen thưởng tỉnh chủ trì, phối hợp Sở Lao động - Thương binh và Xã hội triển khai, đôn đốc việc tổ chức thực hiện Kế hoạch này, hàng năm báo cáo Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh.',
      agency: 'Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ)',
      clause: at('mục VI.1, VI.5 (Kế hoạch không nêu nơi nhận hồ sơ; Ban Thi đua - Khen thưởng tỉnh đôn đốc thực hiện, phối hợp Sở Lao động - Thương binh và Xã hội tham mưu tiêu chí khen thưởng cấp tỉnh)'),
    },
    submitterUnitTypes: ['so-ban-nganh', 'mttq-doan-the-tinh', 'huyen', 'thi-xa', 'thanh-pho', 'xa', 'phuong', 'thi-tran'],
    routes: nationalRoutes({
      to: [UBND_TINH, SO_NOI_VU],
      clause: at('mục VI.1, VI.5'),
      text: 'Kế hoạch không nêu nơi nhận hồ sơ; Ban Thi đua - Khen thưởng tỉnh đôn đốc thực hiện Kế hoạch, nên hồ sơ kính gửi Chủ tịch UBND tỉnh hoặc Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ); Sở Lao động - Thương binh và Xã hội chỉ phối hợp tham mưu tiêu chí',
      textEn: 'The plan names no intake; the provincial emulation board oversees it, so a dossier is addressed to the provincial chairman or the board (Sở Nội vụ); Sở LĐTBXH only helps set the criteria',
    }),
    confirmationBlocks: CONFIRMATION_BLOCKS,
  },

  readings: [
    {
      text: 'Năm 2018: Tiến hành sơ kết giữa kỳ, khen thưởng.',
      clause: at('mục V.3'),
      reading: 'Kế hoạch không giới hạn hình thức khen thưởng của đợt sơ kết 2018: cũng như tổng kết 2020 (“khen thưởng theo quy định”), đợt này xét Giấy khen, Bằng khen của Chủ tịch UBND tỉnh và đề nghị Bằng khen của Thủ tướng Chính phủ theo Luật Thi đua, Khen thưởng và Nghị định 91/2017/NĐ-CP.',
      readingEn: 'The plan does not limit the award forms of the 2018 mid-term review: like the 2020 final review (“awards as the law provides”), it covers the Giấy khen, the provincial chairman’s certificate and proposals for the Prime Minister’s certificate under the emulation law and Decree 91/2017.',
    },
    {
      text: 'Ban Thi đua - Khen thưởng tỉnh chủ trì, phối hợp Sở Lao động - Thương binh và Xã hội triển khai, đôn đốc việc tổ chức thực hiện Kế hoạch này, hàng năm báo cáo Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh.',
      clause: at('mục VI.4; mục VI.5'),
      reading: 'Báo cáo của các sở, ngành, huyện gửi Ban Thi đua - Khen thưởng tỉnh và Sở Lao động - Thương binh và Xã hội (mục VI.4); báo cáo của chính Ban Thi đua - Khen thưởng tỉnh gửi Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh (mục VI.5). Vì vậy “Kính gửi” Hội đồng Thi đua - Khen thưởng tỉnh cũng được chấp nhận mà không cảnh báo.',
      readingEn: 'Departments and districts report to the provincial emulation board and the labour department (VI.4); the board itself reports to the provincial emulation council and the provincial chairman (VI.5). A report addressed to the provincial council is therefore accepted without a warning.',
    },
    // Quotes of the rule table: rows derived from a sentence rather than stated by one
    {
      text: 'Năm 2020: Tổng kết Phong trào thi đua, khen thưởng theo quy định.',
      clause: at('mục V.4'),
      reading: 'Kế hoạch không kể tên hình thức khen thưởng; “khen thưởng theo quy định” được đọc là các hình thức của pháp luật thi đua, khen thưởng khi đó (Luật Thi đua, Khen thưởng 2003, sửa đổi 2013, Nghị định 91/2017): Bằng khen của Thủ tướng Chính phủ, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh và Giấy khen.',
      readingEn: 'The plan names no award forms; “commendation as prescribed” is read as the forms of the emulation law then in force (Law of 2003 as amended in 2013, Decree 91/2017): the Prime Minister’s Certificate, the provincial chairman’s Certificate and the Certificate of Merit.',
    },
    // The province's own reports upwards.
    {
      text: '5. Ban Thi đua - Khen thưởng tỉnh chủ trì, phối hợp Sở Lao động - Thương binh và Xã hội triển khai, đôn đốc việc tổ chức thực hiện Kế hoạch này, hàng năm báo cáo Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh.',
      clause: at('mục VI.5'),
      reading: 'Báo cáo của Ban Thi đua - Khen thưởng tỉnh gửi Hội đồng Thi đua - Khen thưởng tỉnh và Chủ tịch UBND tỉnh. Kế hoạch không nói tỉnh báo cáo lên Trung ương (Bộ, Ban Thi đua - Khen thưởng Trung ương): không có báo cáo cấp tỉnh gửi Trung ương nào được mô hình hóa.',
      readingEn: 'The provincial emulation board reports to the provincial council and the chairman. The plan says nothing of a report to the central level: no provincial report to a central body is modelled.',
    },
  ],
} satisfies PlanDefinition;
