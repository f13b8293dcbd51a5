// Bình Định: Kế hoạch tổ chức thực hiện Phong trào thi đua "Vì người nghèo - Không để ai bị
// bỏ lại phía sau" giai đoạn 2021 - 2025 (UBND tỉnh, cuối năm 2022). Its text:
// source.txt beside this file. The text has no số/ký hiệu and no date: they stay
// absent and `unknowns` says so. It has no đề cương, so the report outline is derived
// (derived: true).

import type { Criterion, PlanDefinition } from '@thidua/core';
import { awardLawClause } from '../../shared/award-law.js';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from '../../shared/law.js';
import { nationalRoutes, SO_LDTBXH, SO_NOI_VU, UBND_TINH } from '../../shared/routes.js';
import { BAN_TDKT_TW } from '../../shared/central-bodies.js';

/** Short name of the plan used in every clause (the plan has no number in the seed). */
const KH = 'Kế hoạch Phong trào 2021–2025 tỉnh Bình Định';
const at = (where: string) => `${KH}, ${where}`;
/** The seed says "so với đầu kỳ" without a year: the movement is "giai đoạn 2021 - 2025". */
const DAU_KY = 'Kế hoạch không ghi năm đầu kỳ; “đầu kỳ” là năm đầu giai đoạn 2021 - 2025 của Phong trào (tên Kế hoạch), tức số liệu năm 2021, không phải năm đầu tiên đơn vị tự kê khai. / The seed names no start year; “đầu kỳ” is read as 2021, the first year of the 2021–2025 movement, never the first year a unit happens to give.';

/** Award law: the plan says "theo quy định của pháp luật về thi đua khen thưởng" (mục III.2.2). */

/** Criteria of one participant group: one per bullet of mục III.1.1.x, in print order. */
function bullets(group: string, texts: string[]): Criterion[] {
  return texts.map((text, i) => ({
    id: `tc-${group}-${i + 1}`,
    text,
    clause: at(`mục III.1.${group.replace('-', '.')}, gạch đầu dòng thứ ${i + 1}`),
  }));
}

export const definition = {
  id: 'binh-dinh-2021-2025',
  version: '1.0.0',
  title:
    'Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Bình Định',
  titleEn:
    'Plan for the emulation movement "For the poor – leave no one behind" 2021–2025 in Binh Dinh province',
  province: { name: 'Bình Định', nameEn: 'Binh Dinh', slug: 'binh-dinh' },
  movement: { name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau', from: 2021, to: 2025 },
  legalRegime: 'nd91-2017',

  document: {
    type: 'KẾ HOẠCH',
    summary:
      'Tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Bình Định',
    dateNote:
      'Văn bản gốc không ghi số, ký hiệu và ngày ban hành. Kế hoạch được ban hành trên cơ sở đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 273/TTr-SLĐTBXH ngày 02/11/2022, tức sau ngày 02/11/2022 (cuối năm 2022).',
    place: 'Bình Định',
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH' },
    signer: {
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: 'PHÓ CHỦ TỊCH',
      fullName: 'Lâm Hải Giang',
    },
    legalBases: [
      {
        text: 'Quyết định số 666/QĐ-TTg ngày 02 tháng 6 năm 2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025',
        clause: at('phần mở đầu'),
        kind: 'thuc-hien',
      },
      {
        text: 'Đề nghị Sở Lao động - Thương binh và Xã hội tại Tờ trình số 273/TTr-SLĐTBXH ngày 02/11/2022',
        clause: at('phần mở đầu'),
      },
    ],
    recipients: [
      'Thường trực Tỉnh ủy',
      'Thường trực HĐND tỉnh',
      'Chủ tịch, các PCT UBND tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Các Sở, ban, ngành, hội, đoàn thể tỉnh',
      'UBND huyện, thị xã, thành phố',
      'Các cơ quan, đơn vị thuộc Khối thi đua tỉnh',
      'Lãnh đạo VP UBND tỉnh',
      'Lưu: VT, K2, K20',
    ],
  },
  purposes: [
    {
      text:
        'Phát huy tinh thần đoàn kết, sức mạnh của cả hệ thống chính trị, toàn xã hội và cộng đồng trong việc tuyên truyền, nâng cao nhận thức, tinh thần chủ động sáng tạo của mỗi cá nhân, tập thể và gia đình, tạo khí thế thi đua sôi nổi trong toàn xã hội góp phần thực hiện thắng lợi chủ trương, chính sách, chương trình giảm nghèo của Đảng và Nhà nước.',
      clause: at('mục I.1, gạch đầu dòng thứ 1'),
    },
    {
      text:
        'Đẩy mạnh, nâng cao chất lượng Phong trào thi đua "Vì người nghèo - không để ai bị bỏ lại phía sau", khơi dậy ý chí tự lực, tự cường, phát huy nội lực vươn lên "thoát nghèo, xây dựng cuộc sống ấm no" của người dân và cộng đồng, phấn đấu "Vì một Việt Nam không còn đói nghèo".',
      clause: at('mục I.1, gạch đầu dòng thứ 2'),
    },
    {
      text:
        'Tổ chức Phong trào thi đua thiết thực, hiệu quả, thực hiện mục tiêu giảm nghèo đa chiều, bao trùm, bền vững, hạn chế tái nghèo và phát sinh nghèo; hỗ trợ người nghèo, hộ nghèo vượt lên mức sống tối thiểu, tiếp cận các dịch vụ xã hội cơ bản theo chuẩn nghèo đa chiều quốc gia, nâng cao chất lượng cuộc sống. Tỷ lệ nghèo đa chiều duy trì mức giảm 1,5-2%/năm, tỷ lệ nghèo dân tộc thiểu số giảm trên 3%/năm; phấn đấu năm 2025 huyện nghèo thoát nghèo.',
      clause: at('mục I.1, gạch đầu dòng thứ 3'),
    },
    {
      text:
        'Thông qua Phong trào thi đua nhằm tạo sự chuyển biến mạnh mẽ về nhận thức và hành động, ý thức, trách nhiệm của các cấp, các ngành và toàn xã hội đối với công tác giảm nghèo bền vững; xác định công tác giảm nghèo góp phần quan trọng tạo động lực cho phát triển bền vững của đất nước, phát triển kinh tế phải gắn với thực hiện tiến bộ, công bằng xã hội, đặt con người là trung tâm của sự phát triển trong điều kiện mới. Huy động nguồn lực toàn xã hội thực hiện mục tiêu giảm nghèo bền vững.',
      clause: at('mục I.1, gạch đầu dòng thứ 4'),
    },
  ],
  unknowns: [
    { at: '/document/number', text: 'Văn bản không ghi số và ký hiệu.' },
    { at: '/document/symbol', text: 'Văn bản không ghi số và ký hiệu.' },
    { at: '/document/date', text: 'Văn bản không ghi ngày ban hành; chỉ biết Kế hoạch ban hành sau ngày 02/11/2022, ngày của Tờ trình số 273/TTr-SLĐTBXH mà Kế hoạch dựa trên.' },
  ],

  // ---- Report outline (derived: the plan asks for a yearly report but gives no đề cương) ----
  outline: {
    derived: true,
    source: at(
      'mục V.5 và đoạn cuối mục V (báo cáo tình hình tổ chức thực hiện hằng năm); nội dung suy ra từ mục I.1 (mục tiêu), mục II (nội dung, giải pháp), mục III (tiêu chí, hình thức khen thưởng), mục IV (tiến độ, sơ kết, tổng kết) và đoạn cuối mục V (khó khăn, vướng mắc, đề nghị điều chỉnh)',
    ),
    heading: 'BÁO CÁO',
    summary:
      'Tình hình tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025',
    summaryEn:
      'Implementation of the emulation movement "For the poor – leave no one behind" 2021–2025',
    sections: [
      {
        id: 'congTacTrienKhai',
        number: 'I.',
        title: 'CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA',
        titleEn: 'DEPLOYING AND ORGANISING THE MOVEMENT',
        clause: at('mục II.2; mục V.1, V.5'),
        children: [
          {
            id: 'lanhDaoChiDao',
            number: '1.',
            title: 'Công tác lãnh đạo, chỉ đạo; xây dựng kế hoạch, hướng dẫn và phát động Phong trào thi đua',
            titleEn: 'Leadership and direction; the unit’s plan, guidance and launch of the movement',
            hint: 'Văn bản lãnh đạo, chỉ đạo của cấp ủy, chính quyền; kế hoạch, hướng dẫn của cơ quan, đơn vị, địa phương; nội dung, tiêu chí cụ thể, hình thức phù hợp, tránh hình thức, lãng phí.',
            hintEn: 'Directives of the Party committee and government; the unit’s own plan and guidance; concrete contents and criteria.',
            clause: at('mục II.2, gạch đầu dòng thứ 1, 2 và 4; mục V.1, V.5'),
          },
          {
            id: 'tuyenTruyen',
            number: '2.',
            title: 'Công tác tuyên truyền; phát hiện, biểu dương, nhân rộng mô hình hay, cách làm mới, điển hình tiên tiến',
            titleEn: 'Communication; finding, praising and replicating good models and role models',
            clause: at('mục II.2, gạch đầu dòng thứ 3; mục V.4, V.6'),
          },
          {
            id: 'kiemTraGiamSat',
            number: '3.',
            title: 'Công tác kiểm tra, giám sát việc thực hiện Phong trào thi đua',
            titleEn: 'Inspection and supervision of the movement',
            clause: at('mục II.2, gạch đầu dòng thứ 5; mục V.2'),
          },
        ],
      },
      {
        id: 'ketQuaThucHien',
        number: 'II.',
        title: 'KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA',
        titleEn: 'RESULTS OF THE MOVEMENT',
        clause: at('mục I.1; mục II.1; mục III.1'),
        children: [
          {
            id: 'ketQuaNoiDung',
            number: '1.',
            title: 'Kết quả thực hiện các nội dung thi đua',
            titleEn: 'Results by emulation content',
            clause: at('mục II.1'),
            children: [
              {
                id: 'chinhSachGiaiPhap',
                number: 'a)',
                title: 'Xây dựng, ban hành, tổ chức thực hiện các chủ trương, chính sách, giải pháp thực hiện mục tiêu giảm nghèo',
                titleEn: 'Drafting, issuing and carrying out poverty-reduction policies and solutions',
                clause: at('mục II.1, gạch đầu dòng thứ 1'),
              },
              {
                id: 'nhaTinhNghiaCumKhoi',
                number: 'b)',
                title: 'Vận động cán bộ, công chức, viên chức, người lao động và các nguồn kinh phí hỗ trợ xây dựng nhà tình nghĩa cho hộ nghèo (Cụm, Khối thi đua)',
                titleEn: 'Mobilising staff and funds to build charity houses for poor households (emulation clusters and blocs)',
                indicators: ['nhaTinhNghia'],
                clause: at('mục II.1, gạch đầu dòng thứ 2'),
              },
              {
                id: 'giaiPhapDiaPhuong',
                number: 'c)',
                title: 'Nội dung, giải pháp giảm nghèo đặc thù của địa phương; bố trí, huy động nguồn lực; mô hình, sáng kiến, dự án giảm nghèo bền vững; gắn với phong trào “Cả nước chung sức xây dựng nông thôn mới”',
                titleEn: 'Local poverty-reduction solutions; resources mobilised; models, initiatives and projects; link with the new-countryside movement',
                indicators: ['kinhPhiHuyDong', 'soMoHinhGiamNgheo'],
                clause: at('mục II.1, gạch đầu dòng thứ 3'),
              },
              {
                id: 'matTranDoanThe',
                number: 'd)',
                title: 'Tuyên truyền, vận động của Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội; cuộc vận động “Vì người nghèo”, Quỹ “Vì người nghèo”',
                titleEn: 'Work of the Fatherland Front and socio-political organisations; the "For the poor" campaign and fund',
                indicators: ['quyViNguoiNgheo'],
                clause: at('mục II.1, gạch đầu dòng thứ 4; mục III.1.1.2, gạch đầu dòng thứ 5'),
              },
              {
                id: 'congDongHoGiaDinh',
                number: 'đ)',
                title: 'Thôn, khu phố, cộng đồng dân cư và các hộ gia đình thi đua giúp nhau giảm nghèo, vươn lên thoát nghèo bền vững',
                titleEn: 'Villages, neighbourhoods, communities and households helping each other out of poverty',
                indicators: ['soHoThoatNgheo'],
                clause: at('mục II.1, gạch đầu dòng thứ 5 và 8'),
              },
              {
                id: 'canBoDoanhNghiep',
                number: 'e)',
                title: 'Cán bộ, công chức, viên chức, người lao động giúp đỡ hộ nghèo; doanh nghiệp, hợp tác xã tham gia giải quyết việc làm, phát triển sản xuất có sự tham gia của hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo',
                titleEn: 'Staff helping poor households; enterprises and co-operatives creating jobs and production with poor households',
                clause: at('mục II.1, gạch đầu dòng thứ 6 và 7'),
              },
            ],
          },
          {
            id: 'ketQuaMucTieu',
            number: '2.',
            title: 'Kết quả thực hiện các mục tiêu giảm nghèo',
            titleEn: 'Results against the poverty-reduction targets',
            hint: 'Số liệu theo chuẩn nghèo đa chiều quốc gia; tỷ lệ và số hộ ghi theo từng năm từ đầu kỳ (năm 2021).',
            hintEn: 'Figures by the national multidimensional poverty standard; rates and household counts per year from the baseline (2021).',
            indicators: ['tyLeNgheoDaChieu', 'mucGiamTyLeNgheoDaChieu', 'mucGiamTyLeNgheoDtts', 'hoNgheoCanNgheo', 'soHuyenNgheo'],
            clause: at('mục I.1, gạch đầu dòng thứ 3'),
          },
          {
            id: 'ketQuaTieuChi',
            number: '3.',
            title: 'Kết quả thực hiện tiêu chí thi đua',
            titleEn: 'Results against the emulation criteria',
            hint: 'Đánh giá theo bộ tiêu chí của nhóm đối tượng tương ứng (mục III.1.1.1 – III.1.1.7 của Kế hoạch).',
            hintEn: 'Assessment against the criteria of the matching participant group (plan items III.1.1.1 – III.1.1.7).',
            clause: at('mục III.1'),
          },
        ],
      },
      {
        id: 'congTacKhenThuong',
        number: 'III.',
        title: 'CÔNG TÁC SƠ KẾT, TỔNG KẾT VÀ KHEN THƯỞNG',
        titleEn: 'REVIEWS AND COMMENDATIONS',
        clause: at('mục III.2; mục IV'),
        children: [
          {
            id: 'ketQuaKhenThuong',
            number: '1.',
            title: 'Kết quả khen thưởng theo thẩm quyền (hằng năm, sơ kết năm 2023, tổng kết năm 2025)',
            titleEn: 'Commendations given within the unit’s authority (yearly, 2023 mid-term, 2025 final)',
            indicators: ['soTapTheDuocKhenThuong', 'soCaNhanDuocKhenThuong', 'soHoGiaDinhDuocKhenThuong'],
            clause: at('mục IV.2, IV.3, IV.4; mục III.2.1'),
          },
          {
            id: 'deNghiKhenThuong',
            number: '2.',
            title: 'Đề nghị cấp trên khen thưởng (nếu có)',
            titleEn: 'Commendations proposed to higher levels (if any)',
            optional: true,
            clause: at('mục III.2; mục V.3'),
          },
        ],
      },
      {
        id: 'danhGiaChung',
        number: 'IV.',
        title: 'ĐÁNH GIÁ CHUNG',
        titleEn: 'OVERALL ASSESSMENT',
        clause: at('mục V.5; đoạn cuối mục V'),
        children: [
          {
            id: 'uuDiem',
            number: '1.',
            title: 'Ưu điểm',
            titleEn: 'Strengths',
            clause: at('mục V.5'),
          },
          {
            id: 'hanCheKhoKhan',
            number: '2.',
            title: 'Tồn tại, hạn chế, khó khăn, vướng mắc và nguyên nhân',
            titleEn: 'Shortcomings, difficulties and their causes',
            clause: at('đoạn cuối mục V'),
          },
          {
            id: 'baiHocKinhNghiem',
            number: '3.',
            title: 'Bài học kinh nghiệm',
            titleEn: 'Lessons learned',
            clause: at('mục II.2, gạch đầu dòng thứ 2; mục V.5'),
          },
        ],
      },
      {
        id: 'phuongHuong',
        number: 'V.',
        title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
        titleEn: 'DIRECTIONS AND TASKS AHEAD',
        clause: at('mục IV'),
      },
      {
        id: 'deXuatKienNghi',
        number: 'VI.',
        title: 'ĐỀ XUẤT, KIẾN NGHỊ',
        titleEn: 'PROPOSALS AND RECOMMENDATIONS',
        hint: 'Đề nghị điều chỉnh, bổ sung Kế hoạch cho phù hợp với tình hình thực tiễn (nếu có).',
        hintEn: 'Proposals to adjust or supplement the plan (if any).',
        optional: true,
        clause: at('đoạn cuối mục V'),
      },
    ],
  },

  // ---- Indicators and targets ----
  indicators: [
    {
      id: 'tyLeNgheoDaChieu',
      label: 'Tỷ lệ nghèo đa chiều',
      labelEn: 'Multidimensional poverty rate',
      kind: 'percent',
      unit: '%',
      unitEn: '%',
      byYear: true,
      required: true,
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'] },
      quote: 'Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng; đối với các địa phương còn lại giảm tỷ lệ nghèo đa chiều từ 4% trở lên trong 3 năm liên tục trước khi trình khen thưởng hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.',
      clause: at('mục I.1, gạch đầu dòng thứ 3; mục III.1.1.2, gạch đầu dòng thứ 8'),
    },
    {
      id: 'mucGiamTyLeNgheoDaChieu',
      label: 'Mức giảm tỷ lệ nghèo đa chiều trong năm (bình quân/năm đối với báo cáo sơ kết, tổng kết)',
      labelEn: 'Fall of the multidimensional poverty rate in the year (yearly average for review reports)',
      kind: 'number',
      unit: '%/năm',
      unitEn: 'percentage points per year',
      // "1,5-2%/năm" is a band to keep; only falling short of it is a miss, so the check is the lower bound.
      target: { text: 'Tỷ lệ nghèo đa chiều duy trì mức giảm 1,5-2%/năm', op: '>=', value: 1.5 },
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'], targetOf: 'unit', reading: 'Mục tiêu của Phong trào mà mỗi địa phương thi đua thực hiện trên địa bàn mình; số liệu gắn với địa bàn nên chỉ huyện, thị xã, thành phố báo cáo.' },
      clause: at('mục I.1, gạch đầu dòng thứ 3'),
    },
    {
      id: 'mucGiamTyLeNgheoDtts',
      label: 'Mức giảm tỷ lệ nghèo dân tộc thiểu số trong năm (bình quân/năm đối với báo cáo sơ kết, tổng kết)',
      labelEn: 'Fall of the ethnic-minority poverty rate in the year (yearly average for review reports)',
      kind: 'number',
      unit: '%/năm',
      unitEn: 'percentage points per year',
      target: { text: 'tỷ lệ nghèo dân tộc thiểu số giảm trên 3%/năm', op: '>', value: 3 },
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'], targetOf: 'unit' },
      clause: at('mục I.1, gạch đầu dòng thứ 3'),
    },
    {
      id: 'soHuyenNgheo',
      label: 'Số huyện nghèo chưa thoát nghèo',
      labelEn: 'Poor districts not yet out of poverty',
      kind: 'count',
      unit: 'huyện',
      unitEn: 'districts',
      target: { text: 'phấn đấu năm 2025 huyện nghèo thoát nghèo', op: '=', value: 0, year: 2025 },
      scope: { targetOf: 'province', reading: '“Phấn đấu năm 2025 huyện nghèo thoát nghèo” đếm huyện nghèo của tỉnh; số của một huyện không đạt hay trượt chỉ tiêu đó.' },
      clause: at('mục I.1, gạch đầu dòng thứ 3'),
    },
    {
      id: 'hoNgheoCanNgheo',
      label: 'Quy mô hộ nghèo và hộ cận nghèo đa chiều',
      labelEn: 'Multidimensionally poor and near-poor households',
      kind: 'count',
      unit: 'hộ',
      unitEn: 'households',
      byYear: true,
      required: true,
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'] },
      quote: 'Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng; đối với các địa phương còn lại giảm tỷ lệ nghèo đa chiều từ 4% trở lên trong 3 năm liên tục trước khi trình khen thưởng hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.',
      clause: at('mục III.1.1.2, gạch đầu dòng thứ 8; mục III.1.1.3, gạch đầu dòng thứ 5; mục III.1.1.4, gạch đầu dòng thứ 4'),
    },
    {
      id: 'soHoThoatNgheo',
      label: 'Số hộ thoát nghèo trong năm',
      labelEn: 'Households that left poverty in the year',
      kind: 'count',
      unit: 'hộ',
      unitEn: 'households',
      scope: { reportedBy: ['huyen', 'thi-xa', 'thanh-pho'] },
      clause: at('mục I.1, gạch đầu dòng thứ 2 và 3; mục II.1, gạch đầu dòng thứ 5 và 8'),
    },
    {
      id: 'nhaTinhNghia',
      label: 'Số nhà tình nghĩa cho hộ nghèo được vận động hỗ trợ xây dựng trong năm',
      labelEn: 'Charity houses for poor households built with mobilised support in the year',
      kind: 'count',
      unit: 'nhà',
      unitEn: 'houses',
      // "từ 01 - 02 nhà tình nghĩa" per cluster/bloc and year: fewer than one is the miss.
      target: {
        text: 'Các Cụm, Khối thi đua thuộc tỉnh hàng năm vận động cán bộ, công chức, viên chức, người lao động và các nguồn kinh phí khác hỗ trợ xây dựng từ 01 - 02 nhà tình nghĩa cho hộ nghèo',
        op: '>=',
        value: 1,
      },
      scope: { targetOf: 'unit', reading: '“Các Cụm, Khối thi đua thuộc tỉnh hàng năm … xây dựng từ 01 - 02 nhà tình nghĩa”: chỉ tiêu của từng đơn vị.' },
      clause: at('mục II.1, gạch đầu dòng thứ 2'),
    },
    {
      id: 'kinhPhiHuyDong',
      label: 'Kinh phí, nguồn lực huy động cho công tác giảm nghèo',
      labelEn: 'Funds mobilised for poverty reduction',
      kind: 'money',
      unit: 'triệu đồng',
      unitEn: 'million VND',
      clause: at('mục II.1, gạch đầu dòng thứ 3; mục III.1.1.1, gạch đầu dòng thứ 3 và 5; mục III.1.1.2, gạch đầu dòng thứ 4'),
    },
    {
      id: 'quyViNguoiNgheo',
      label: 'Kinh phí vận động Quỹ “Vì người nghèo”',
      labelEn: 'Money raised for the "For the poor" fund',
      kind: 'money',
      unit: 'triệu đồng',
      unitEn: 'million VND',
      clause: at('mục II.1, gạch đầu dòng thứ 4; mục III.1.1.2, gạch đầu dòng thứ 5'),
    },
    {
      id: 'soMoHinhGiamNgheo',
      label: 'Số mô hình, sáng kiến, dự án giảm nghèo được xây dựng, nhân rộng',
      labelEn: 'Poverty-reduction models, initiatives and projects built or replicated',
      kind: 'count',
      unit: 'mô hình',
      unitEn: 'models',
      clause: at('mục II.1, gạch đầu dòng thứ 3; mục III.1.1.1, gạch đầu dòng thứ 3'),
    },
    {
      id: 'soTapTheDuocKhenThuong',
      label: 'Số tập thể được khen thưởng',
      labelEn: 'Collectives commended',
      kind: 'count',
      unit: 'tập thể',
      unitEn: 'collectives',
      clause: at('mục III.2; mục IV.2, IV.3'),
    },
    {
      id: 'soCaNhanDuocKhenThuong',
      label: 'Số cá nhân được khen thưởng',
      labelEn: 'Individuals commended',
      kind: 'count',
      unit: 'cá nhân',
      unitEn: 'individuals',
      clause: at('mục III.2; mục IV.2, IV.3'),
    },
    {
      id: 'soHoGiaDinhDuocKhenThuong',
      label: 'Số hộ gia đình được khen thưởng',
      labelEn: 'Households commended',
      kind: 'count',
      unit: 'hộ',
      unitEn: 'households',
      clause: at('mục III.2; mục IV.2, IV.3'),
    },
  ],

  // ---- Participant groups and criteria (mục III.1) ----
  participantGroups: [
    {
      id: 'so-ban-nganh',
      quote: '1.1. Đối với các Sở, ban, ngành, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, của tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh',
      label: 'Các Sở, ban, ngành, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội của tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh',
      labelEn: 'Provincial departments, the Fatherland Front, socio-political organisations and central agencies in the province',
      nomineeTypes: ['collective'],
      clause: at('mục III.1.1.1'),
      criteria: bullets('1-1', [
        'Căn cứ chỉ đạo của Chính phủ, Bộ, ngành Trung ương, bám sát thực tiễn, nghiên cứu tham mưu cho Tỉnh ủy, HĐND, UBND tỉnh ban hành các cơ chế, chính sách, chương trình giảm nghèo phù hợp với thực tế của tỉnh; đồng thời thực hiện có hiệu quả, đúng tiến độ các kế hoạch, đề án, chương trình mục tiêu giảm nghèo bền vững giai đoạn 2021 - 2025 của tỉnh theo lĩnh vực, nhiệm vụ được phân công.',
        'Tích cực nghiên cứu, rà soát, sửa đổi, bổ sung hoặc kiến nghị sửa đổi, bổ sung các chính sách giảm nghèo phù hợp tình hình và yêu cầu thực tế; đẩy mạnh phân cấp, trao quyền cho địa phương, cơ sở, khuyến khích và phát huy vai trò của cộng đồng, tập trung ưu tiên, thực hiện có hiệu quả chính sách, chương trình giảm nghèo.',
        'Chủ động, tích cực huy động nguồn lực, có nhiều sáng kiến mô hình giảm nghèo bền vững được nhân rộng, giúp cho người nghèo tham gia phát triển sản xuất kinh doanh, làm kinh tế giỏi, ổn định cuộc sống vươn lên thoát nghèo bền vững, hạn chế tái nghèo.',
        'Tích cực hưởng ứng các phong trào, các cuộc vận động do các cấp, các ngành, Mặt trận tổ quốc và các đoàn thể phát động, triển khai trong thực hiện chương trình giảm nghèo và xây dựng nông thôn mới giai đoạn 2021-2025 của tỉnh.',
        'Phân bổ, sử dụng kinh phí và bố trí nguồn ngân sách đối ứng của địa phương theo quy định, giải ngân và quyết toán đúng thời gian quy định; thực hiện nghiêm túc chế độ báo cáo định kỳ, đột xuất; chủ động, tích cực huy động các nguồn lực trong xã hội để thực hiện các mục tiêu giảm nghèo bền vững.',
        'Có giải pháp, sáng kiến hiệu quả trong triển khai, tổ chức Phong trào thi đua.',
      ]),
    },
    {
      id: 'cap-huyen',
      quote: '1.2. Đối với cấp huyện',
      label: 'Cấp huyện',
      labelEn: 'District level',
      nomineeTypes: ['collective'],
      categories: [
        { id: 'huyen-ngheo', label: 'Huyện nghèo', labelEn: 'Poor district' },
        {
          id: 'dia-phuong-con-lai',
          label: 'Các địa phương còn lại (huyện, thị xã, thành phố không phải huyện nghèo)',
          labelEn: 'Other districts, towns and cities',
        },
      ],
      clause: at('mục III.1.1.2'),
      criteria: bullets('1-2', [
        'Xây dựng và triển khai có hiệu quả chương trình, kế hoạch giảm nghèo bền vững trên địa bàn; đề ra các nội dung, giải pháp thiết thực, phù hợp với tình hình và điều kiện của địa phương; bố trí ngân sách địa phương ưu tiên đầu tư, hỗ trợ các xã trên địa bàn thực hiện công tác giảm nghèo.',
        'Lồng ghép việc thực hiện có hiệu quả kế hoạch giảm nghèo của tỉnh với các chương trình, đề án và kế hoạch khác có liên quan trên địa bàn; bố trí nguồn lực, phân công cán bộ, công chức, viên chức làm công tác giảm nghèo ở địa phương; thường xuyên kiểm tra việc thực hiện kế hoạch tại địa phương.',
        'Phân bổ, sử dụng kinh phí đúng chế độ và quyết toán đúng thời gian quy định. Thực hiện nghiêm túc chế độ báo cáo định kỳ, đột xuất theo yêu cầu của cơ quan quản lý cấp trên.',
        'Chủ động, tích cực huy động, vận động các nguồn lực trong xã hội để thực hiện các mục tiêu giảm nghèo bền vững trên địa bàn và thực hiện các chỉ tiêu, giải pháp của kế hoạch giảm nghèo theo chỉ đạo của Ủy ban nhân dân tỉnh và hướng dẫn chuyên môn của các Sở, ban, ngành liên quan.',
        'Phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tiếp tục tuyên truyền, vận động đoàn viên, hội viên và nhân dân tích cực chung sức tham gia thực hiện giảm nghèo bền vững; đẩy mạnh cuộc vận động ủng hộ, xây dựng Quỹ “Vì người nghèo” các cấp, tiếp tục làm tốt công tác xã hội hóa về giảm nghèo.',
        'Quản lý tốt thông tin cơ sở dữ liệu về hộ nghèo, hộ cận nghèo của địa phương.',
        'Hàng năm, sơ kết, tổng kết đánh giá rút kinh nghiệm việc thực hiện chính sách, đề xuất bổ sung chính sách đảm bảo thiết thực, hiệu quả, tổng hợp danh sách các tập thể, cá nhân tích cực thực hiện giảm nghèo để đề xuất khen thưởng kịp thời.',
        'Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng; đối với các địa phương còn lại giảm tỷ lệ nghèo đa chiều từ 4% trở lên trong 3 năm liên tục trước khi trình khen thưởng hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.',
      ]),
    },
    {
      id: 'cap-xa',
      quote: '1.3. Đối với cấp xã',
      label: 'Cấp xã',
      labelEn: 'Commune level',
      nomineeTypes: ['collective'],
      categories: [
        {
          id: 'xa-khu-vuc-iii',
          label: 'Xã Khu vực III vùng đồng bào dân tộc thiểu số và miền núi',
          labelEn: 'Region III commune in ethnic-minority and mountainous areas',
        },
        {
          id: 'xa-phuong-thi-tran-khac',
          label: 'Xã, phường, thị trấn khác',
          labelEn: 'Other communes, wards and townships',
        },
      ],
      clause: at('mục III.1.1.3'),
      criteria: bullets('1-3', [
        'Triển khai có hiệu quả chương trình, kế hoạch giảm nghèo bền vững trên địa bàn; đề ra các nội dung, giải pháp thiết thực, phù hợp với tình hình và điều kiện của địa phương;',
        'Quản lý nắm chắc diễn biến hộ nghèo trên địa bàn, đặc biệt nắm chắc nguyên nhân dẫn đến nghèo, thiếu hụt các chỉ số của từng hộ để có biện pháp hỗ trợ kịp thời. Chỉ đạo các thôn, tổ dân phố rà soát và bình xét tăng - giảm hộ nghèo kịp thời. Quản lý tốt thông tin, cơ sở dữ liệu về hộ nghèo, hộ cận nghèo của địa phương.',
        'Sử dụng nguồn kinh phí hỗ trợ đúng chế độ, đối tượng và quyết toán đúng thời gian quy định. Thực hiện nghiêm túc chế độ báo cáo định kỳ, đột xuất theo yêu cầu của cơ quan quản lý cấp trên.',
        'Tích cực huy động các nguồn lực trong xã hội để thực hiện các mục tiêu giảm nghèo bền vững. Vận động dòng họ, cộng đồng dân cư, đồng viên hộ nghèo phát triển sản xuất, khuyến khích hộ nghèo tự lực vươn lên chủ động thoát nghèo bền vững, góp phần xây dựng thôn, khu phố, tổ nhân dân văn hóa, đẩy mạnh phong trào toàn dân đoàn kết xây dựng đời sống văn hóa.',
        'Đối với xã Khu vực III vùng đồng bào dân tộc thiểu số và miền núi đến năm 2025 quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.',
      ]),
    },
    {
      id: 'thon-khu-pho',
      quote: '1.4. Đối với thôn, khu phố, cộng đồng dân cư',
      label: 'Thôn, khu phố, cộng đồng dân cư',
      labelEn: 'Villages, urban neighbourhoods and residential communities',
      nomineeTypes: ['collective'],
      clause: at('mục III.1.1.4'),
      criteria: bullets('1-4', [
        'Triển khai thực hiện có hiệu quả chính sách, chương trình giảm nghèo trên địa bàn. Huy động nguồn lực, hỗ trợ vốn, chia sẻ kinh nghiệm, kỹ thuật để hộ nghèo phát triển sản xuất, ổn định cuộc sống và thoát nghèo.',
        'Chủ động xây dựng mô hình, chia sẻ kinh nghiệm, kỹ thuật để hộ nghèo, hộ cận nghèo phát triển sản xuất kinh doanh, ổn định cuộc sống và thoát nghèo.',
        'Điều kiện sống, thu nhập của người nghèo, người cận nghèo trên địa bàn được cải thiện rõ rệt, tiếp cận ngày càng thuận lợi với các dịch vụ xã hội cơ bản về việc làm, y tế, giáo dục, nhà ở, nước sạch và vệ sinh, thông tin.',
        'Quy mô hộ nghèo, hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.',
      ]),
    },
    {
      id: 'ho-gia-dinh',
      quote: '1.5. Đối với hộ gia đình',
      label: 'Hộ gia đình',
      labelEn: 'Households',
      nomineeTypes: ['household'],
      clause: at('mục III.1.1.5'),
      criteria: bullets('1-5', [
        'Có ý thức, trách nhiệm tự nguyện đăng ký thoát nghèo, có nhiều sáng kiến, cách làm hay, hiệu quả trong lao động, phát triển sản xuất, làm kinh tế và thoát nghèo bền vững; sử dụng vốn vay từ Ngân hàng Chính sách xã hội đúng mục đích, trả lãi, trả gốc đúng hạn, đạt hiệu quả sử dụng.',
        'Có nhiều đóng góp, hỗ trợ hiệu quả, sáng tạo cho các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo để phát triển sản xuất, làm kinh tế, thoát nghèo bền vững.',
      ]),
    },
    {
      id: 'can-bo-giam-ngheo',
      quote: '1.6. Đối với cán bộ, công chức, viên chức, người làm công tác giảm nghèo',
      label: 'Cán bộ, công chức, viên chức, người làm công tác giảm nghèo',
      labelEn: 'Officials, public employees and poverty-reduction workers',
      nomineeTypes: ['individual'],
      standings: ['official', 'worker'],
      clause: at('mục III.1.1.6'),
      criteria: bullets('1-6', [
        'Cán bộ, công chức, viên chức, người làm công tác giảm nghèo có sáng kiến trong việc xây dựng, tham mưu ban hành cơ chế, chính sách; hướng dẫn, tham gia tổ chức thực hiện công tác giảm nghèo.',
        'Không ngừng học tập, tiếp thu kiến thức về giảm nghèo; quản trị, sử dụng thành thạo hệ thống phần mềm quản lý hộ nghèo, hộ cận nghèo được giao.',
      ]),
    },
    {
      id: 'doanh-nghiep-to-chuc-ca-nhan',
      quote: '1.7. Đối với các doanh nghiệp, tổ chức, cá nhân',
      label: 'Các doanh nghiệp, tổ chức, cá nhân',
      labelEn: 'Enterprises, organisations and individuals',
      nomineeTypes: ['collective', 'individual'],
      clause: at('mục III.1.1.7'),
      criteria: bullets('1-7', [
        'Có đóng góp thiết thực, hiệu quả trong thực hiện công tác giảm nghèo và hỗ trợ, giúp đỡ các huyện nghèo, xã hoặc thôn đặc biệt khó khăn và người nghèo.',
        'Tổ chức liên kết trong sản xuất, kinh doanh, tiêu thụ sản phẩm, phát triển đa dạng các mô hình sản xuất có sự tham gia của các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; hỗ trợ phát triển các dự án, mô hình giảm nghèo phù hợp với người nghèo.',
        'Ngân hàng hoặc các tổ chức tín dụng thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
      ]),
    },
  ],

  // ---- Award forms (mục III.2.1): national forms, standards "theo quy định của pháp luật" (III.2.2) ----
  awardForms: [
    {
      ...AWARD_FORMS.bangKhenThuTuong,
      quote: '- Bằng khen của Thủ tướng Chính phủ;',
      clause: `${at('mục III.2.1, III.2.2')}; ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenThuTuong.id)}`,
    },
    {
      ...AWARD_FORMS.bangKhenChuTichTinh,
      quote: '- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;',
      clause: `${at('mục III.2.1, III.2.2')}; ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenChuTichTinh.id)}`,
    },
    {
      ...AWARD_FORMS.giayKhen,
      quote: '- Giấy khen.',
      clause: `${at('mục III.2.1, III.2.2')}; ${awardLawClause('nd91-2017', AWARD_FORMS.giayKhen.id)}`,
    },
  ],

  // ---- Phases (mục IV) ----
  phases: [
    {
      id: 'hang-nam',
      kind: 'hang-nam',
      label: 'Khen thưởng hằng năm theo thẩm quyền',
      labelEn: 'Yearly commendation within each authority',
      awardForms: ['giay-khen'],
      // The plan has no date of its own: it was issued on the Sở's Tờ trình of 02/11/2022.
      filed: { from: '2022-11-02', to: '2025-12-31', derived: 'Kế hoạch ban hành trên cơ sở Tờ trình số 273/TTr-SLĐTBXH ngày 02/11/2022 (văn bản không ghi ngày); “Giai đoạn 2022 - 2025: … khen thưởng hằng năm theo thẩm quyền”', clause: at('phần mở đầu; mục IV.2') },
      covers: { from: 2021, to: 2025 },
      clause: at('mục IV.2 (“chủ động tiến hành khen thưởng hằng năm theo thẩm quyền”)'),
      quote: '2. Giai đoạn 2022 - 2025: Tổ chức thực hiện Phong trào thi đua hiệu quả, thiết thực; căn cứ vào tình hình thực tiễn để chủ động tiến hành khen thưởng hằng năm theo thẩm quyền.',
    },
    {
      id: 'so-ket-2023',
      kind: 'so-ket',
      year: 2023,
      label: 'Sơ kết giữa kỳ năm 2023',
      labelEn: '2023 mid-term review',
      awardForms: ['giay-khen', 'bang-khen-chu-tich-ubnd-tinh'],
      filed: { from: '2023-01-01', to: '2023-12-31', derived: '“Năm 2023: Căn cứ vào tình hình thực tiễn để chủ động tiến hành sơ kết giữa kỳ và khen thưởng theo thẩm quyền”', clause: at('mục IV.3') },
      covers: { from: 2021, to: 2023 },
      quote: '3. Năm 2023: Căn cứ vào tình hình thực tiễn để chủ động tiến hành sơ kết giữa kỳ và khen thưởng theo thẩm quyền.',
      clause: at('mục IV.3; mục II.2, gạch đầu dòng thứ 5'),
    },
    {
      id: 'tong-ket-2025',
      kind: 'tong-ket',
      year: 2025,
      label: 'Tổng kết Phong trào thi đua năm 2025',
      labelEn: '2025 final review',
      awardForms: ['giay-khen', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong'],
      filed: { from: '2025-01-01', to: '2025-12-31', derived: '“Năm 2025: … tham mưu UBND tỉnh tổng kết Phong trào thi đua”', clause: at('mục IV.4') },
      covers: { from: 2021, to: 2025 },
      quote: '4. Năm 2025: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ và các đơn vị liên quan tham mưu UBND tỉnh tổng kết Phong trào thi đua vào dịp tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; tổng hợp, trình cấp có thẩm quyền xem xét, khen thưởng cho các tập thể, cá nhân tiêu biểu, có thành tích xuất sắc trong thực hiện công tác giảm nghèo.',
      clause: at('mục IV.4; mục II.2, gạch đầu dòng thứ 2, 4 và 5'),
    },
  ],

  // ---- Unit types of 2022 (before the 2025 reorganisation) ----
  unitTypes: [
    { id: 'so-ban-nganh', level: 'so-nganh', label: 'Sở, ban, ngành tỉnh', labelEn: 'Provincial department or agency' },
    {
      id: 'mttq-doan-the-tinh',
      level: 'doan-the-tinh',
      label: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, hội, đoàn thể tỉnh',
      labelEn: 'Provincial Fatherland Front committee, association or mass organisation',
    },
    {
      id: 'co-quan-trung-uong',
      level: 'trung-uong',
      label: 'Cơ quan Trung ương đóng trên địa bàn tỉnh',
      labelEn: 'Central agency based in the province',
    },
    { id: 'huyen', level: 'huyen', label: 'Huyện', labelEn: 'District' },
    { id: 'thi-xa', level: 'huyen', label: 'Thị xã', labelEn: 'District-level town' },
    { id: 'thanh-pho', level: 'huyen', label: 'Thành phố thuộc tỉnh', labelEn: 'Provincial city' },
    { id: 'xa', level: 'xa', label: 'Xã', labelEn: 'Commune' },
    { id: 'phuong', level: 'xa', label: 'Phường', labelEn: 'Ward' },
    { id: 'thi-tran', level: 'xa', label: 'Thị trấn', labelEn: 'Township' },
    { id: 'thon-khu-pho', level: 'thon', label: 'Thôn, khu phố', labelEn: 'Village or urban neighbourhood' },
    {
      id: 'doanh-nghiep',
      level: 'doanh-nghiep',
      label: 'Doanh nghiệp, tổ chức kinh tế, tổ chức xã hội trên địa bàn tỉnh',
      labelEn: 'Enterprise, economic or social organisation in the province',
    },
  ],

  quotas: [],

  // ---- Numeric thresholds (mục III.1.1.2 – III.1.1.4) ----
  thresholds: [
    {
      id: 'huyen-ngheo-giam-ngheo',
      label: 'Huyện nghèo: giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng',
      labelEn: 'Poor district: multidimensional poverty rate down by at least 6 points a year for 3 consecutive years before the nomination',
      appliesTo: { group: 'cap-huyen', categories: ['huyen-ngheo'] },
      anyOf: [
        {
          kind: 'annual-decrease',
          indicator: 'tyLeNgheoDaChieu',
          minPerYear: 6,
          consecutiveYears: 3,
          text: 'Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng',
        },
      ],
      clause: at('mục III.1.1.2, gạch đầu dòng thứ 8'),
    },
    {
      id: 'dia-phuong-con-lai-giam-ngheo',
      label: 'Các địa phương còn lại: giảm tỷ lệ nghèo đa chiều từ 4% trở lên trong 3 năm liên tục, hoặc quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ',
      labelEn: 'Other districts, towns and cities: poverty rate down by at least 4 points a year for 3 consecutive years, or poor and near-poor households down by more than 50% from the baseline',
      appliesTo: { group: 'cap-huyen', categories: ['dia-phuong-con-lai'] },
      anyOf: [
        {
          kind: 'annual-decrease',
          indicator: 'tyLeNgheoDaChieu',
          minPerYear: 4,
          consecutiveYears: 3,
          text: 'đối với các địa phương còn lại giảm tỷ lệ nghèo đa chiều từ 4% trở lên trong 3 năm liên tục trước khi trình khen thưởng',
        },
        {
          kind: 'reduction-vs-baseline',
          indicator: 'hoNgheoCanNgheo',
          moreThanPercent: 50,
          baselineYear: 2021,
          reading: DAU_KY,
          text: 'hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ',
        },
      ],
      clause: at('mục III.1.1.2, gạch đầu dòng thứ 8'),
    },
    {
      id: 'xa-khu-vuc-iii-giam-ngheo',
      label: 'Xã Khu vực III vùng đồng bào dân tộc thiểu số và miền núi: đến năm 2025 quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ',
      labelEn: 'Region III commune: poor and near-poor households down by more than 50% from the baseline by 2025',
      appliesTo: { group: 'cap-xa', categories: ['xa-khu-vuc-iii'] },
      anyOf: [
        {
          kind: 'reduction-vs-baseline',
          indicator: 'hoNgheoCanNgheo',
          moreThanPercent: 50,
          baselineYear: 2021,
          reading: DAU_KY,
          byYear: 2025,
          text: 'Đối với xã Khu vực III vùng đồng bào dân tộc thiểu số và miền núi đến năm 2025 quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ',
        },
      ],
      clause: at('mục III.1.1.3, gạch đầu dòng thứ 5'),
    },
    {
      id: 'thon-khu-pho-giam-ngheo',
      label: 'Thôn, khu phố, cộng đồng dân cư: quy mô hộ nghèo, hộ cận nghèo giảm trên 50% so với đầu kỳ',
      labelEn: 'Village or neighbourhood: poor and near-poor households down by more than 50% from the baseline',
      appliesTo: { group: 'thon-khu-pho' },
      anyOf: [
        {
          kind: 'reduction-vs-baseline',
          indicator: 'hoNgheoCanNgheo',
          moreThanPercent: 50,
          baselineYear: 2021,
          reading: DAU_KY,
          text: 'Quy mô hộ nghèo, hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ',
        },
      ],
      clause: at('mục III.1.1.4, gạch đầu dòng thứ 4'),
    },
  ],

  // ---- Deadlines ----
  deadlines: [
    {
      id: 'bao-cao-hang-nam',
      kind: 'report',
      label: 'Báo cáo tình hình tổ chức thực hiện Phong trào thi đua hằng năm',
      labelEn: 'Yearly report on the movement',
      appliesTo: { reportPeriod: 'hang-nam' },
      due: { every: 'year', month: 11, day: 15 },
      before: true,
      to: 'Sở Nội vụ (qua Ban Thi đua - Khen thưởng)',
      quote: 'Định kỳ trước ngày 15 tháng 11 hằng năm, các Sở, ban, ngành, hội, đoàn thể tỉnh, UBND huyện, thị xã, thành phố báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Ban Thi đua - Khen thưởng Trung ương.',
      clause: at('đoạn cuối mục V (“Định kỳ trước ngày 15 tháng 11 hằng năm”)'),
    },
  ],

  milestones: [
    {
      id: 'nam-2021-2022',
      year: [2021, 2022],
      text: 'Năm 2021 - 2022: Phát động trào thi đua, xây dựng kế hoạch và tổ chức triển khai thực hiện.',
      textEn: '2021–2022: launch the movement, draw up plans and start implementation.',
      clause: at('mục IV.1'),
    },
    {
      id: 'giai-doan-2022-2025',
      year: [2022, 2025],
      text: 'Giai đoạn 2022 - 2025: Tổ chức thực hiện Phong trào thi đua hiệu quả, thiết thực; căn cứ vào tình hình thực tiễn để chủ động tiến hành khen thưởng hằng năm theo thẩm quyền.',
      textEn: '2022–2025: carry out the movement effectively; commend yearly within each authority as circumstances warrant.',
      clause: at('mục IV.2'),
    },
    {
      id: 'so-ket-2023',
      year: 2023,
      text: 'Năm 2023: Căn cứ vào tình hình thực tiễn để chủ động tiến hành sơ kết giữa kỳ và khen thưởng theo thẩm quyền.',
      textEn: '2023: hold the mid-term review and commend within each authority as circumstances warrant.',
      clause: at('mục IV.3; mục II.2, gạch đầu dòng thứ 5'),
    },
    {
      id: 'tong-ket-2025',
      year: 2025,
      text: 'Năm 2025: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ và các đơn vị liên quan tham mưu UBND tỉnh tổng kết Phong trào thi đua vào dịp tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; tổng hợp, trình cấp có thẩm quyền xem xét, khen thưởng cho các tập thể, cá nhân tiêu biểu, có thành tích xuất sắc trong thực hiện công tác giảm nghèo.',
      textEn: '2025: the Department of Labour, Invalids and Social Affairs, with the Department of Home Affairs, prepares the final review of the movement alongside the final review of the national target programme on sustainable poverty reduction 2021–2025, and submits outstanding collectives and individuals for commendation.',
      clause: at('mục IV.4'),
    },
  ],

  reporting: {
    unitTypes: ['so-ban-nganh', 'mttq-doan-the-tinh', 'co-quan-trung-uong', 'huyen', 'thi-xa', 'thanh-pho', 'doanh-nghiep'],
    periods: [
      { id: 'hang-nam', kind: 'annual', label: 'Báo cáo hằng năm', labelEn: 'Yearly report', years: { from: 2022, to: 2025 }, clause: at('đoạn cuối mục V (“Định kỳ trước ngày 15 tháng 11 hằng năm”); mục IV.2') },
      { id: 'so-ket-2023', kind: 'phase', phase: 'so-ket-2023', label: 'Báo cáo sơ kết giữa kỳ năm 2023', labelEn: '2023 mid-term review report', years: { from: 2023, to: 2023 }, span: { from: 2021, to: 2023 },
        filed: { from: '2023-01-01', to: '2023-12-31', derived: '“Năm 2023: … tiến hành sơ kết giữa kỳ”', clause: at('mục IV.3') }, clause: at('mục IV.3') },
      { id: 'tong-ket-2025', kind: 'phase', phase: 'tong-ket-2025', label: 'Báo cáo tổng kết năm 2025', labelEn: '2025 final review report', years: { from: 2025, to: 2025 }, span: { from: 2021, to: 2025 },
        filed: { from: '2025-01-01', to: '2025-12-31', derived: '“Năm 2025: … tổng kết Phong trào thi đua”', clause: at('mục IV.4') }, clause: at('mục IV.4') },
    ],
    to: 'Sở Nội vụ (qua Ban Thi đua - Khen thưởng); Sở Lao động - Thương binh và Xã hội',
    recipients: [SO_NOI_VU, SO_LDTBXH],
    quote: 'Định kỳ trước ngày 15 tháng 11 hằng năm, các Sở, ban, ngành, hội, đoàn thể tỉnh, UBND huyện, thị xã, thành phố báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Ban Thi đua - Khen thưởng Trung ương.',
    clause: at('mục V.5; đoạn cuối mục V'),
    // The province's own reports upwards.
    upward: [
      {
        unitTypes: ['so-ban-nganh'],
        recipients: [UBND_TINH, BAN_TDKT_TW],
        quote: 'về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Ban Thi đua - Khen thưởng Trung ương.',
        clause: at('đoạn cuối mục V'),
      },
    ],
  },

  dossier: {
    intake: {
    quote: '4. Năm 2025: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ và các đơn vị liên quan tham mưu UBND tỉnh tổng kết Phong trào thi đua vào dịp tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; tổng hợp, trình cấp có thẩm quyền xem xét, khen thưởng cho các tập thể, cá nhân tiêu biểu, có thành tích xuất sắc trong thực hiện công tác giảm nghèo.',
      agency: 'cấp có thẩm quyền khen thưởng theo quy định (Kế hoạch không nêu nơi nhận hồ sơ hằng năm và sơ kết 2023); tổng kết 2025: Sở Lao động - Thương binh và Xã hội tổng hợp, trình cấp có thẩm quyền',
      clause: at('mục IV.2, IV.3 (“khen thưởng theo thẩm quyền”); mục IV.4 (năm 2025 Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ … tổng hợp, trình cấp có thẩm quyền xem xét, khen thưởng)'),
    },
    submitterUnitTypes: [
      'so-ban-nganh',
      'mttq-doan-the-tinh',
      'co-quan-trung-uong',
      'huyen',
      'thi-xa',
      'thanh-pho',
      'xa',
      'phuong',
      'thi-tran',
      'doanh-nghiep',
    ],
    routes: nationalRoutes({ to: [UBND_TINH, SO_NOI_VU, SO_LDTBXH], clause: at('mục V.3; mục IV.4'), ownAwardClause: at('mục IV.2') }),
    confirmationBlocks: CONFIRMATION_BLOCKS,
  },

  readings: [
    {
      text: 'Đối với huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%/năm trở lên trong 3 năm liên tục trước khi trình khen thưởng; đối với các địa phương còn lại giảm tỷ lệ nghèo đa chiều từ 4% trở lên trong 3 năm liên tục trước khi trình khen thưởng hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.',
      clause: at('mục III.1.1.2, gạch đầu dòng thứ 8'),
      reading: 'Dấu chấm phẩy tách hai vế: “hoặc … giảm trên 50% so với đầu kỳ” thuộc vế “các địa phương còn lại”. Huyện nghèo chỉ có một cách đạt: giảm từ 6%/năm trở lên trong 3 năm liên tục; quy mô hộ nghèo giảm trên 50% không thay được điều đó.',
      readingEn: 'The semicolon splits two clauses: “or … down by more than 50% from the start of the period” belongs to “the other localities”. A poor district meets the criterion only by a fall of 6 points a year or more for 3 consecutive years; a halving of poor households does not replace it.',
    },
    {
      text: 'Giai đoạn 2022 - 2025: Tổ chức thực hiện Phong trào thi đua hiệu quả, thiết thực; căn cứ vào tình hình thực tiễn để chủ động tiến hành khen thưởng hằng năm theo thẩm quyền.',
      clause: at('mục IV.2'),
      reading: '“Theo thẩm quyền” là thẩm quyền của chính cơ quan, địa phương khen thưởng: đợt hằng năm chỉ có Giấy khen. Kế hoạch chỉ đưa Bằng khen của Chủ tịch UBND tỉnh vào sơ kết năm 2023 (Hội đồng Thi đua - Khen thưởng tỉnh sơ kết, mục II.2) và tổng kết năm 2025 (mục IV.4).',
      readingEn: '“Within its authority” means the awarding body’s own authority: the yearly round has the Giấy khen only. The plan brings the provincial chairman’s certificate in only at the 2023 mid-term review (held by the provincial council, II.2) and the 2025 final review (IV.4).',
    },
    {
      text: 'Năm 2025: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ và các đơn vị liên quan tham mưu UBND tỉnh tổng kết Phong trào thi đua … tổng hợp, trình cấp có thẩm quyền xem xét, khen thưởng cho các tập thể, cá nhân tiêu biểu, có thành tích xuất sắc trong thực hiện công tác giảm nghèo.',
      clause: at('mục IV.4; mục V.3'),
      reading: 'Kế hoạch chỉ nêu nơi tổng hợp hồ sơ của đợt tổng kết 2025 (Sở Lao động - Thương binh và Xã hội). Sở Nội vụ (Ban Thi đua - Khen thưởng) “hướng dẫn lựa chọn” (mục V.3) chứ không được giao nhận hồ sơ; các đợt khác gửi cấp có thẩm quyền theo quy định pháp luật về thi đua, khen thưởng.',
      readingEn: 'The plan names the collecting body only for the 2025 final review (the labour department). The Department of Home Affairs “guides the selection” (V.3) but is not given the dossiers; other rounds go to the competent level as the emulation law says.',
    },
    // The province's own reports upwards.
    {
      text: 'Định kỳ trước ngày 15 tháng 11 hằng năm, các Sở, ban, ngành, hội, đoàn thể tỉnh, UBND huyện, thị xã, thành phố báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Ban Thi đua - Khen thưởng Trung ương.',
      clause: at('đoạn cuối mục V'),
      reading: 'Báo cáo lên Trung ương là báo cáo tổng hợp của Sở Nội vụ (một sở, ban, ngành), gửi Ủy ban nhân dân tỉnh và Ban Thi đua - Khen thưởng Trung ương. Kế hoạch không giao Ủy ban nhân dân tỉnh tự gửi báo cáo nào và không nêu Bộ Lao động - Thương binh và Xã hội: không thêm đơn vị báo cáo hay nơi nhận nào khác.',
      readingEn: 'The report to the central level is the home-affairs department’s compiled report, addressed to the Provincial People’s Committee and the Central Emulation and Commendation Board. The plan gives the Provincial People’s Committee no report of its own and does not name the Ministry of Labour: no other reporter or addressee is added.',
    },
    // Who an individual nominee may be
    {
      text: '1.7. Đối với các doanh nghiệp, tổ chức, cá nhân',
      clause: at('mục III.1.1.6, III.1.1.7'),
      reading: 'Nhóm 1.6 chỉ dành cho cán bộ, công chức, viên chức, người làm công tác giảm nghèo (đối tượng “Cán bộ, công chức, viên chức” hoặc “Người lao động”); công dân, già làng, trưởng thôn/bản, người có uy tín được đề nghị trong nhóm 1.7 “các doanh nghiệp, tổ chức, cá nhân”, nhóm nhận mọi đối tượng cá nhân.',
      readingEn: 'Group 1.6 is for officials and poverty-reduction workers only (standing "official" or "employee"); citizens, village elders and heads and respected persons are nominated in group 1.7 "enterprises, organisations and individuals", which takes individuals of any standing.',
    },
  ],
} satisfies PlanDefinition;
