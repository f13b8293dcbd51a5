// Kế hoạch 274/KH-UBND ngày 23/12/2022 của UBND tỉnh Đồng Nai: công tác thi đua, khen thưởng năm 2023.
// Its text: source.txt beside this file. The plan has no đề cương: the report outline below
// is derived from what it asks units to do and report (marked `derived: true`).

import type { AwardForm, Indicator, OutlineNode, PlanDefinition, Task } from '@thidua/core';
import { awardLawClause } from '../../shared/award-law.js';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from '../../shared/law.js';
import { nationalRoutes, SO_NOI_VU, UBND_TINH } from '../../shared/routes.js';
import { BAN_TDKT_TW } from '../../shared/central-bodies.js';

const KH = 'Kế hoạch 274/KH-UBND';
/** The closing paragraph after mục III.4 ("Trên đây là Kế hoạch … định kỳ 6 tháng …, năm … báo cáo"). */
const KET = `${KH}, đoạn kết (sau mục III.4)`;
const bullet = (section: string, n: number) => `${KH}, mục ${section}, gạch đầu dòng thứ ${n}`;

// ---- Award forms named by the plan ----
const coThiDuaChinhPhu = {
  ...AWARD_FORMS.coThiDuaChinhPhu,
  quote: 'Trình “Cờ thi đua Chính phủ” đối với những tập thể có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2022 và đăng ký “Cờ thi đua của Chính phủ” năm 2023.',
  clause: `${bullet('II.1', 6)} (Cờ thi đua của Chính phủ năm 2022); ${bullet('II.4', 4)} (ngành giáo dục và đào tạo năm học 2022 - 2023); ${AWARD_FORMS.coThiDuaChinhPhu.clause}`,
} satisfies AwardForm;

const chienSiThiDuaTinh = {
  ...AWARD_FORMS.chienSiThiDuaTinh,
  quote: 'Tổ chức họp Hội đồng Thi đua - Khen thưởng tỉnh: Xét khen thưởng các tập thể trong hoạt động cụm, khối thi đua năm 2022, xét khen thưởng cấp Nhà nước, danh hiệu “Chiến sỹ thi đua cấp tỉnh” năm 2022; xem xét các nội dung liên quan đến công tác thi đua, khen thưởng theo đề xuất của cơ quan Thường trực Hội đồng.',
  clause: `${bullet('II.1', 8)} (danh hiệu “Chiến sỹ thi đua cấp tỉnh” năm 2022); ${awardLawClause('nd91-2017', AWARD_FORMS.chienSiThiDuaTinh.id)}`,
} satisfies AwardForm;

// Two of the state-level awards of mục II.1, II.2, II.4; the plan's wider "khen thưởng cấp Nhà nước"
// and what the SDK does about the rest are stated in `readings`.
const huanChuongLaoDong = {
  ...AWARD_FORMS.huanChuongLaoDong,
  quote: 'Trình hồ sơ đề nghị khen thưởng cấp Nhà nước về kinh tế - xã hội năm 2022.',
  clause: `${bullet('II.1', 8)}, ${bullet('II.2', 4)}, ${bullet('II.4', 4)} (khen thưởng cấp Nhà nước); ${awardLawClause('nd91-2017', AWARD_FORMS.huanChuongLaoDong.id)}`,
} satisfies AwardForm;

const bangKhenThuTuong = {
  ...AWARD_FORMS.bangKhenThuTuong,
  quote: 'Trình hồ sơ đề nghị khen thưởng cấp Nhà nước về kinh tế - xã hội năm 2022.',
  clause: `${bullet('II.1', 8)}, ${bullet('II.2', 4)}, ${bullet('II.4', 4)} (khen thưởng cấp Nhà nước); ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenThuTuong.id)}`,
} satisfies AwardForm;

// The plan speaks of "tập thể, cá nhân" only; households are not offered.
const bangKhenTinh = {
  ...AWARD_FORMS.bangKhenChuTichTinh,
  quote: 'Thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng hoặc trình cấp có thẩm quyền khen thưởng tập thể, cá nhân có thành tích trong các phong trào thi đua theo quy định của pháp luật.',
  nomineeTypes: ['collective', 'individual'],
  clause: `${KH}, mục III.2, gạch đầu dòng thứ 3 (thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng); ${bullet('II.1', 1)}, ${bullet('II.1', 7)}, ${bullet('II.3', 3)}`,
} satisfies AwardForm;

// ---- Quarterly tasks, every bullet of mục II, verbatim ----
const QUARTERS: Record<1 | 2 | 3 | 4, string[]> = {
  1: [
    'Tổ chức xét khen thưởng các tập thể trong hoạt động cụm, khối thi đua năm 2022.',
    'Tham mưu Quyết định (điều chỉnh, bổ sung) chia Cụm thi đua trên địa bàn tỉnh (nếu có).',
    'Tổ chức Lễ tổng kết phong trào thi đua yêu nước năm 2022, ký kết giao ước thi đua năm 2023 và tôn vinh Điển hình tiên tiến.',
    'Báo cáo, chấm điểm, tham dự hội nghị tổng kết thực hiện giao ước thi đua Cụm thi đua các tỉnh miền Đông Nam Bộ năm 2022 và ký kết giao ước thi đua năm 2023 Cụm thi đua các tỉnh miền Đông Nam Bộ năm 2022.',
    'Tham mưu Kế hoạch tuyên truyền phong trào thi đua yêu nước, điển hình tiên tiến, mô hình mới, nhân tố mới trên địa bàn tỉnh năm 2023.',
    'Trình “Cờ thi đua Chính phủ” đối với những tập thể có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2022 và đăng ký “Cờ thi đua của Chính phủ” năm 2023.',
    'Xét, khen thưởng theo công trạng, thành tích đạt được khối kinh tế - xã hội năm 2022; khen thưởng chuyên đề, đột xuất (nếu có).',
    'Tổ chức họp Hội đồng Thi đua - Khen thưởng tỉnh: Xét khen thưởng các tập thể trong hoạt động cụm, khối thi đua năm 2022, xét khen thưởng cấp Nhà nước, danh hiệu “Chiến sỹ thi đua cấp tỉnh” năm 2022; xem xét các nội dung liên quan đến công tác thi đua, khen thưởng theo đề xuất của cơ quan Thường trực Hội đồng.',
  ],
  2: [
    'Tổ chức Lễ trao tặng các phần thưởng cao quý của Đảng và Nhà nước năm 2023 (nếu có).',
    'Ban hành Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2023 của Hội đồng Thi đua - Khen thưởng tỉnh và của Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh.',
    'Đăng ký các chỉ tiêu thi đua năm 2023 gửi về Cụm thi đua các tỉnh miền Đông Nam bộ.',
    'Trình hồ sơ đề nghị khen thưởng cấp Nhà nước về kinh tế - xã hội năm 2022.',
    'Tham mưu các hoạt động chào mừng Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh, 75 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi Thi đua Ái quốc (11/6/1948 - 11/6/2023).',
    'Báo cáo Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 và phương hướng nhiệm vụ 6 tháng cuối năm.',
    'Tổ chức Hội nghị Sơ kết phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025”.',
  ],
  3: [
    'Tham dự Hội nghị Sơ kết thực hiện giao ước thi đua Cụm thi đua các tỉnh miền Đông Nam bộ năm 2023 (Theo Quy định về tổ chức hoạt động và bình xét thi đua của Cụm thi đua các tỉnh miền Đông Nam bộ).',
    'Tổ chức Hội nghị Sơ kết phong trào thi đua 6 tháng đầu năm 2022 trên địa bàn tỉnh.',
    'Xét, khen thưởng thành tích công tác ngành Giáo dục và Đào tạo năm học 2022 - 2023.',
    'Tổ chức học tập kinh nghiệm mô hình mới, cách làm hay tại các tỉnh có phong trào thi đua yêu nước và công tác khen thưởng tiêu biểu, nổi bật trong cả nước (nếu có).',
  ],
  4: [
    'Tổ chức họp Hội đồng Thi đua - Khen thưởng tỉnh: Xét khen thưởng ngành giáo dục và đào tạo năm học 2022 - 2023 và các nội dung liên quan đến công tác thi đua, khen thưởng theo đề xuất của Cơ quan Thường trực Hội đồng.',
    'Tổ chức Hội nghị Sơ kết phong trào thi đua “Toàn tỉnh chung sức xây dựng Nông thôn mới” giai đoạn 2021 - 2025”.',
    'Tổ chức tập huấn công tác thi đua, khen thưởng năm 2023 trên địa bàn tỉnh và triển khai các văn bản hướng dẫn thi hành Luật Thi đua, Khen thưởng (nếu có hướng dẫn, chỉ đạo của Trung ương).',
    'Trình “Cờ thi đua của Chính phủ” và hồ sơ đề nghị khen thưởng cấp Nhà nước ngành giáo dục và đào tạo năm học 2022 - 2023 và đăng ký thi đua ngành giáo dục và đào tạo năm học 2023 - 2024.',
    'Tổ chức Lễ trao tặng các phần thưởng cao quý của Đảng và Nhà nước năm 2023 (nếu có).',
    'Ban hành báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng nhiệm vụ năm 2024 của tỉnh.',
    'Xây dựng Chỉ thị phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2024.',
    'Xây dựng Kế hoạch công tác thi đua, khen thưởng trên địa bàn tỉnh năm 2024.',
  ],
};

const tasks: Task[] = ([1, 2, 3, 4] as const).flatMap((q) =>
  QUARTERS[q].map((text, i) => ({ id: `quy-${q}-${i + 1}`, quarter: q, text, clause: bullet(`II.${q}`, i + 1) })),
);

// ---- Numeric indicators of the derived report ----
const count = (id: string, label: string, labelEn: string, unit: string, unitEn: string, clause: string): Indicator =>
  ({ id, label, labelEn, kind: 'count', unit, unitEn, clause });

const indicators: Indicator[] = [
  count('soPhongTraoPhatDong', 'Số phong trào thi đua (thường xuyên, chuyên đề) được phát động', 'Emulation movements launched (regular and thematic)', 'phong trào', 'movements', `${KH}, mục I.2, III.4`),
  count('soHuanChuongLaoDong', 'Huân chương Lao động', 'Labour Orders', 'trường hợp', 'awards', `${KH}, mục II.1, II.2, II.4 (khen thưởng cấp Nhà nước)`),
  count('soBangKhenThuTuong', 'Bằng khen của Thủ tướng Chính phủ', "Prime Minister's Certificates of Merit", 'trường hợp', 'awards', `${KH}, mục II.1, II.2, II.4 (khen thưởng cấp Nhà nước)`),
  count('soCoThiDuaChinhPhu', 'Cờ thi đua của Chính phủ', 'Government Emulation Flags', 'tập thể', 'collectives', `${bullet('II.1', 6)}; ${bullet('II.4', 4)}`),
  count('soChienSiThiDuaCapTinh', 'Chiến sĩ thi đua cấp tỉnh', 'Provincial Emulation Fighters', 'cá nhân', 'individuals', bullet('II.1', 8)),
  count('soBangKhenChuTichTinh', 'Bằng khen của Chủ tịch UBND tỉnh', "Certificates of Merit of the Provincial People's Committee Chairman", 'trường hợp', 'awards', `${KH}, mục III.2, gạch đầu dòng thứ 3`),
  count('soKhenThuongTheoThamQuyen', 'Khen thưởng theo thẩm quyền của cơ quan, đơn vị, địa phương', "Awards within the unit's own authority", 'trường hợp', 'awards', `${KH}, mục III.4, gạch đầu dòng cuối`),
  count('soKhenThuongChuyenDe', 'Khen thưởng thành tích chuyên đề', 'Thematic (campaign) awards', 'trường hợp', 'awards', `${KH}, mục I.2, III.4`),
  count('soKhenThuongDotXuat', 'Khen thưởng thành tích đột xuất', 'Awards for sudden (exceptional) feats', 'trường hợp', 'awards', `${KH}, mục I.2, III.4`),
  count('soKhenThuongCapNhaNuocKhac', 'Hình thức khen thưởng cấp Nhà nước khác (Huân chương khác, Huy chương, danh hiệu vinh dự Nhà nước)', 'Other state-level awards (other orders, medals, state honorary titles)', 'trường hợp', 'awards', `${KH}, mục II.1, II.2, II.4 (khen thưởng cấp Nhà nước)`),
  count('soKhenThuongNguoiLaoDongTrucTiep', 'Khen thưởng công nhân, nông dân, người lao động trực tiếp', 'Awards to workers, farmers and direct labourers', 'cá nhân', 'individuals', `${KH}, mục I.2, III.4`),
  count('soKhenThuongTapTheNho', 'Khen thưởng tập thể nhỏ', 'Awards to small collectives', 'tập thể', 'collectives', `${KH}, mục I.2, III.4`),
  count('soDienHinhTienTien', 'Số điển hình tiên tiến, gương người tốt, việc tốt được biểu dương, tuyên truyền, nhân rộng', 'Advanced models and good examples praised, publicised and replicated', 'điển hình', 'models', `${KH}, mục III.4, gạch đầu dòng thứ 3–4`),
  count('soCuocHopHoiDong', 'Số cuộc họp của Hội đồng Thi đua - Khen thưởng', 'Meetings of the Emulation and Commendation Council', 'cuộc', 'meetings', `${KH}, mục III.4, gạch đầu dòng thứ 6`),
  count('soCuocKiemTra', 'Số cuộc kiểm tra công tác thi đua, khen thưởng', 'Inspections of emulation and commendation work', 'cuộc', 'inspections', `${KH}, mục III.4, gạch đầu dòng thứ 7`),
];

const HINT_AWARDS = 'Ghi số trường hợp (tập thể và cá nhân) đã có quyết định khen thưởng trong kỳ báo cáo; phần lời nêu rõ số tập thể, số cá nhân và số hồ sơ đang trình.';
const HINT_AWARDS_EN = 'Give the number of awards (collectives and individuals) decided in the period; in the text, split collectives and individuals and list dossiers still pending.';

// ---- Derived report outline ----
const sections: OutlineNode[] = [
  {
    id: 'toChucPhongTrao', number: 'I.', title: 'CÔNG TÁC TỔ CHỨC CÁC PHONG TRÀO THI ĐUA', titleEn: 'ORGANISING THE EMULATION MOVEMENTS', clause: `${KH}, mục I, III.4`,
    children: [
      {
        id: 'lanhDaoXayDungKeHoach', number: '1.',
        title: 'Công tác lãnh đạo, chỉ đạo; xây dựng kế hoạch công tác thi đua, khen thưởng năm 2023 của cơ quan, đơn vị, địa phương',
        titleEn: 'Leadership and direction; the unit’s own 2023 emulation and commendation plan',
        hint: 'Nêu số, ngày kế hoạch của đơn vị (gửi Sở Nội vụ trước ngày 15/3/2023) và các văn bản chỉ đạo, phát động.',
        hintEn: 'Give the number and date of the unit’s plan (sent to the Department of Home Affairs before 15/3/2023) and the directing documents.',
        clause: `${KH}, mục I.2, III.4 (gạch đầu dòng thứ 8)`,
      },
      {
        id: 'phongTraoThuongXuyen', number: '2.',
        title: 'Phong trào thi đua yêu nước thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023',
        titleEn: 'The patriotic emulation movement for 2023 socio-economic, defence and security tasks',
        indicators: ['soPhongTraoPhatDong'],
        clause: `${KH}, mục I.1, III.4 (gạch đầu dòng cuối)`,
      },
      {
        id: 'phongTraoChuyenDe', number: '3.', title: 'Các phong trào thi đua chuyên đề', titleEn: 'Thematic emulation movements', clause: bullet('III.4', 1),
        children: [
          { id: 'nongThonMoi', number: 'a)', title: 'Phong trào thi đua “Toàn tỉnh chung sức xây dựng nông thôn mới”', titleEn: 'Movement “The whole province joins hands to build new countryside”', clause: bullet('III.4', 1) },
          { id: 'viNguoiNgheo', number: 'b)', title: 'Phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”', titleEn: 'Movement “The whole country joins hands for the poor – Leave no one behind”', clause: bullet('III.4', 1) },
          { id: 'doanhNghiepHoiNhap', number: 'c)', title: 'Phong trào thi đua “Doanh nghiệp Đồng Nai hội nhập và phát triển”', titleEn: 'Movement “Đồng Nai enterprises integrate and develop”', clause: bullet('III.4', 1) },
          { id: 'vanHoaCongSo', number: 'd)', title: 'Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”', titleEn: 'Movement “Officials, civil servants and public employees emulate in office culture”', clause: bullet('III.4', 1) },
          {
            id: 'caiCachHanhChinh', number: 'đ)', title: 'Phong trào thi đua thực hiện cải cách hành chính', titleEn: 'Emulation in administrative reform',
            hint: 'Đóng góp vào chỉ số cải cách hành chính (Par Index), chỉ số năng lực cạnh tranh cấp tỉnh (PCI), chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (Papi).',
            hintEn: 'Contribution to the PAR Index, the Provincial Competitiveness Index (PCI) and PAPI.',
            clause: bullet('III.4', 2),
          },
          { id: 'phongTraoChuyenDeKhac', number: 'e)', title: 'Các phong trào thi đua chuyên đề khác', titleEn: 'Other thematic movements', optional: true, clause: bullet('III.4', 1) },
        ],
      },
      {
        id: 'hoatDongCumKhoi', number: '4.',
        title: 'Hoạt động của cụm, khối thi đua (ký kết giao ước thi đua, sơ kết, tổng kết, chấm điểm)',
        titleEn: 'Activity of the emulation clusters and blocs (emulation pacts, reviews, scoring)',
        clause: `${KH}, mục I.2, II.1, III.1`,
      },
      {
        id: 'kyNiemNgayLe', number: '5.',
        title: 'Các hoạt động chào mừng kỷ niệm các ngày lễ lớn của dân tộc và địa phương trong năm 2023',
        titleEn: 'Activities celebrating the great national and local anniversaries of 2023',
        hint: 'Trong đó có Kỷ niệm 75 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi Thi đua Ái quốc (11/6/1948 - 11/6/2023).',
        hintEn: 'Including the 75th anniversary of President Hồ Chí Minh’s Call for Patriotic Emulation (11/6/1948 – 11/6/2023).',
        optional: true,
        clause: `${KH}, mục I.1; ${bullet('II.2', 5)}`,
      },
    ],
  },
  {
    id: 'congTacKhenThuong', number: 'II.', title: 'CÔNG TÁC KHEN THƯỞNG', titleEn: 'COMMENDATION', clause: `${KH}, mục I.2, II, III.4`,
    children: [
      {
        id: 'ketQuaKhenThuong', number: '1.', title: 'Kết quả khen thưởng', titleEn: 'Commendation results', clause: `${KH}, mục II, III.4`,
        children: [
          {
            id: 'khenThuongCapNhaNuoc', number: 'a)', title: 'Khen thưởng cấp Nhà nước và Cờ thi đua của Chính phủ', titleEn: 'State-level awards and the Government Emulation Flag',
            hint: HINT_AWARDS, hintEn: HINT_AWARDS_EN,
            indicators: ['soHuanChuongLaoDong', 'soBangKhenThuTuong', 'soKhenThuongCapNhaNuocKhac', 'soCoThiDuaChinhPhu'],
            clause: `${bullet('II.1', 6)}, ${bullet('II.1', 8)}, ${bullet('II.2', 4)}, ${bullet('II.4', 4)}`,
          },
          {
            id: 'khenThuongCapTinh', number: 'b)', title: 'Danh hiệu “Chiến sĩ thi đua cấp tỉnh” và Bằng khen của Chủ tịch UBND tỉnh', titleEn: 'Provincial Emulation Fighter titles and Certificates of Merit of the Provincial Chairman',
            hint: HINT_AWARDS, hintEn: HINT_AWARDS_EN,
            indicators: ['soChienSiThiDuaCapTinh', 'soBangKhenChuTichTinh'],
            clause: `${bullet('II.1', 8)}; ${KH}, mục III.2, gạch đầu dòng thứ 3`,
          },
          {
            id: 'khenThuongTheoThamQuyen', number: 'c)', title: 'Khen thưởng theo thẩm quyền của cơ quan, đơn vị, địa phương', titleEn: "Awards within the unit's own authority",
            indicators: ['soKhenThuongTheoThamQuyen'],
            clause: `${KH}, mục III.4, gạch đầu dòng cuối`,
          },
          {
            id: 'khenThuongChuyenDeDotXuat', number: 'd)', title: 'Khen thưởng thành tích chuyên đề, đột xuất', titleEn: 'Thematic and sudden-feat awards',
            indicators: ['soKhenThuongChuyenDe', 'soKhenThuongDotXuat'],
            clause: `${KH}, mục I.2, III.4`,
          },
          {
            id: 'khenThuongNguoiLaoDong', number: 'đ)',
            title: 'Khen thưởng tập thể nhỏ, công nhân, nông dân, người lao động trực tiếp; tập thể ở vùng sâu, vùng xa, vùng biên giới và vùng đồng bào dân tộc thiểu số',
            titleEn: 'Awards to small collectives, workers, farmers and direct labourers; collectives in remote, border and ethnic-minority areas',
            indicators: ['soKhenThuongTapTheNho', 'soKhenThuongNguoiLaoDongTrucTiep'],
            clause: `${KH}, mục I.2, III.4 (gạch đầu dòng thứ 5)`,
          },
        ],
      },
      {
        id: 'thucHienQuyDinhKhenThuong', number: '2.',
        title: 'Việc thực hiện quy định trong bình xét, lựa chọn, đề nghị khen thưởng',
        titleEn: 'Compliance with the rules on reviewing, selecting and proposing awards',
        hint: 'Bảo đảm chính xác, công khai, minh bạch, kịp thời, đúng thành tích, đúng đối tượng; gắn với kết quả phong trào thi đua.',
        hintEn: 'Accurate, public, transparent, timely, matching the achievement and the person; tied to the movement’s results.',
        clause: `${KH}, mục I.2, ${bullet('III.4', 5)}`,
      },
    ],
  },
  {
    id: 'dienHinhTienTien', number: 'III.', title: 'CÔNG TÁC TUYÊN TRUYỀN, PHÁT HIỆN, BỒI DƯỠNG VÀ NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN', titleEn: 'COMMUNICATION; FINDING, FOSTERING AND REPLICATING ADVANCED MODELS', clause: `${KH}, mục III.3, III.4`,
    children: [
      { id: 'tuyenTruyen', number: '1.', title: 'Công tác tuyên truyền về thi đua, khen thưởng', titleEn: 'Communication on emulation and commendation', clause: `${KH}, mục III.3; ${bullet('III.4', 4)}` },
      {
        id: 'nhanRongDienHinh', number: '2.', title: 'Phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến, gương người tốt, việc tốt, mô hình hay, cách làm hiệu quả',
        titleEn: 'Finding, fostering, summing up and replicating advanced models, good people and good deeds, good practices',
        indicators: ['soDienHinhTienTien'],
        clause: `${bullet('III.4', 3)}; ${KH}, mục III.4, gạch đầu dòng cuối`,
      },
    ],
  },
  {
    id: 'hoiDongKiemTra', number: 'IV.', title: 'HOẠT ĐỘNG CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG VÀ CÔNG TÁC KIỂM TRA', titleEn: 'THE EMULATION AND COMMENDATION COUNCIL; INSPECTION', clause: `${KH}, mục III.1, III.4`,
    children: [
      { id: 'hoatDongHoiDong', number: '1.', title: 'Hoạt động của Hội đồng Thi đua - Khen thưởng', titleEn: 'Activity of the Emulation and Commendation Council', indicators: ['soCuocHopHoiDong'], clause: bullet('III.4', 6) },
      { id: 'kiemTraGiamSat', number: '2.', title: 'Công tác kiểm tra, giám sát thi đua, khen thưởng', titleEn: 'Inspection and supervision of emulation and commendation', indicators: ['soCuocKiemTra'], clause: `${bullet('III.4', 7)}; ${KH}, mục III.1` },
      { id: 'tapHuanNghiepVu', number: '3.', title: 'Tham gia tập huấn nghiệp vụ công tác thi đua, khen thưởng', titleEn: 'Training in emulation and commendation work', optional: true, clause: `${bullet('II.4', 3)}; ${KH}, mục III.2, gạch đầu dòng thứ 5` },
    ],
  },
  {
    id: 'danhGiaChung', number: 'V.', title: 'ĐÁNH GIÁ CHUNG', titleEn: 'OVERALL ASSESSMENT', clause: `${KH}, mục I.2 (yêu cầu)`,
    children: [
      { id: 'uuDiem', number: '1.', title: 'Ưu điểm', titleEn: 'Strengths', clause: `${KH}, mục I.2` },
      { id: 'tonTaiHanChe', number: '2.', title: 'Tồn tại, hạn chế và nguyên nhân', titleEn: 'Shortcomings and their causes', clause: `${KH}, mục I.2` },
    ],
  },
  {
    id: 'phuongHuong', number: 'VI.', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', titleEn: 'DIRECTIONS AND TASKS AHEAD', clause: `${bullet('II.2', 6)}; ${bullet('II.4', 6)}`,
    children: [
      {
        id: 'phuongHuongNhiemVu', number: '1.', title: 'Phương hướng, nhiệm vụ trọng tâm',
        titleEn: 'Key directions and tasks',
        hint: 'Báo cáo 6 tháng: phương hướng nhiệm vụ 6 tháng cuối năm 2023; báo cáo năm: phương hướng nhiệm vụ năm 2024.',
        hintEn: 'Six-month report: tasks for the second half of 2023; yearly report: tasks for 2024.',
        clause: `${bullet('II.2', 6)}; ${bullet('II.4', 6)}`,
      },
      { id: 'deXuatKienNghi', number: '2.', title: 'Đề xuất, kiến nghị', titleEn: 'Proposals and recommendations', optional: true, clause: KET },
    ],
  },
];

export const definition = {
  id: 'dong-nai-tdkt-2023',
  version: '1.0.0',
  title: 'Kế hoạch công tác thi đua, khen thưởng năm 2023 của tỉnh Đồng Nai',
  titleEn: 'Đồng Nai province plan for emulation and commendation work in 2023',
  province: { name: 'Đồng Nai', nameEn: 'Đồng Nai', slug: 'dong-nai' },
  movement: { name: 'Phong trào thi đua yêu nước năm 2023', from: 2023, to: 2023 },
  // Dated 23/12/2022; cites Luật TĐKT 2003/2005/2013, NĐ 91/2017 and TT 12/2019.
  legalRegime: 'nd91-2017',
  document: {
    type: 'KẾ HOẠCH',
    summary: 'Công tác thi đua, khen thưởng năm 2023',
    number: '274',
    symbol: 'KH-UBND',
    date: '2022-12-23',
    place: 'Đồng Nai',
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI' },
    // The seed prints only "CHỦ TỊCH" above the name (no TM./KT. line).
    signer: { title: 'CHỦ TỊCH', fullName: 'Cao Tiến Dũng' },
    legalBases: [
      { text: 'Luật Thi đua, Khen thưởng năm 2003', clause: `${KH}, phần căn cứ`, kind: 'can-cu' },
      { text: 'Luật sửa đổi bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005', clause: `${KH}, phần căn cứ`, kind: 'can-cu' },
      { text: 'Luật sửa đổi bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2013', clause: `${KH}, phần căn cứ`, kind: 'can-cu' },
      { text: 'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng', clause: `${KH}, phần căn cứ`, kind: 'can-cu' },
      {
        text: 'Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng',
        clause: `${KH}, phần căn cứ`,
        kind: 'can-cu',
      },
    ],
    recipients: [
      'Cơ quan đại diện VP tại TP.Hồ Chí Minh, Ban Thi đua - Khen thưởng Trung ương',
      'Thường trực Tỉnh ủy (b/c)',
      'Thường trực HĐND tỉnh',
      'Thường trực UBND tỉnh',
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      'Thành viên Hội đồng TĐKT tỉnh',
      'Các cơ quan, đơn vị, địa phương thuộc các cụm, khối thi đua của tỉnh',
      'Ban Thi đua - Khen thưởng tỉnh',
      'Chánh, Phó Chánh VP. UBND tỉnh (KGVX)',
      'Công TTĐT tỉnh',
      'Lưu: VT, KGVX',
    ],
  },
  purposes: [
    {
      text:
        'Đẩy mạnh các phong trào thi đua yêu nước nhằm phát huy sức mạnh tổng hợp của cả hệ thống chính trị và các tầng lớp nhân dân, quyết tâm thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023.',
      clause: bullet('I.1', 1),
    },
    {
      text:
        'Tiếp tục thực hiện Kế hoạch 5 năm (2021 - 2026) theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI và kỷ niệm các ngày lễ lớn của dân tộc và địa phương trong năm 2023.',
      clause: bullet('I.1', 2),
    },
    {
      text:
        'Tạo sự chuyển biến mạnh mẽ hơn nữa trong nhận thức, tư tưởng của các cấp ủy Đảng, chính quyền, nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong việc triển khai, thực hiện công tác thi đua, khen thưởng.',
      clause: bullet('I.1', 3),
    },
  ],
  outline: {
    derived: true,
    source: `Suy ra từ ${KH}: mục I (mục đích, yêu cầu), mục II (nhiệm vụ từng quý: khen thưởng cấp Nhà nước, Cờ thi đua của Chính phủ, Chiến sỹ thi đua cấp tỉnh, chuyên đề, đột xuất), mục III.1–4 (cụm, khối thi đua; phong trào chuyên đề; điển hình tiên tiến; Hội đồng; kiểm tra) và đoạn kết (báo cáo kết quả định kỳ 6 tháng, năm)`,
    heading: 'ĐỀ CƯƠNG BÁO CÁO',
    summary: 'Kết quả công tác thi đua, khen thưởng năm 2023 và phương hướng, nhiệm vụ thời gian tới',
    summaryEn: 'Results of emulation and commendation work in 2023 and directions ahead',
    sections,
  },
  indicators,
  participantGroups: [
    {
      id: 'tap-the-cum-khoi',
      quote: 'Tổ chức xét khen thưởng các tập thể trong hoạt động cụm, khối thi đua năm 2022.',
      label: 'Tập thể trong hoạt động cụm, khối thi đua',
      labelEn: 'Collectives in the emulation clusters and blocs',
      nomineeTypes: ['collective'],
      criteria: [
        { id: 'cum-khoi-thanh-tich-2022', text: 'Có thành tích trong hoạt động cụm, khối thi đua năm 2022', clause: bullet('II.1', 1) },
        { id: 'cum-khoi-xuat-sac-ptdt-2022', text: 'Có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2022', clause: bullet('II.1', 6) },
        { id: 'cum-khoi-dan-dau', text: 'Có thành tích tiêu biểu, dẫn đầu các phong trào thi đua', clause: bullet('III.4', 7) },
      ],
      clause: `${bullet('II.1', 1)}; ${KH}, mục III.1`,
    },
    {
      id: 'kinh-te-xa-hoi',
      quote: 'Xét, khen thưởng theo công trạng, thành tích đạt được khối kinh tế - xã hội năm 2022; khen thưởng chuyên đề, đột xuất (nếu có).',
      label: 'Tập thể, cá nhân có thành tích về kinh tế - xã hội',
      labelEn: 'Collectives and individuals with socio-economic achievements',
      nomineeTypes: ['collective', 'individual'],
      criteria: [
        { id: 'ktxh-cong-trang-2022', text: 'Có công trạng, thành tích đạt được khối kinh tế - xã hội năm 2022', clause: bullet('II.1', 7) },
        { id: 'ktxh-xuat-sac-ptdt-2022', text: 'Có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2022', clause: bullet('II.1', 6) },
        { id: 'ktxh-dan-dau', text: 'Có thành tích tiêu biểu, dẫn đầu các phong trào thi đua', clause: bullet('III.4', 7) },
      ],
      clause: `${bullet('II.1', 7)}; ${bullet('II.2', 4)}`,
    },
    {
      id: 'giao-duc-dao-tao',
      quote: 'Xét, khen thưởng thành tích công tác ngành Giáo dục và Đào tạo năm học 2022 - 2023.',
      label: 'Tập thể, cá nhân ngành Giáo dục và Đào tạo',
      labelEn: 'Collectives and individuals of the education and training sector',
      nomineeTypes: ['collective', 'individual'],
      criteria: [
        { id: 'gddt-thanh-tich-nam-hoc', text: 'Có thành tích công tác ngành Giáo dục và Đào tạo năm học 2022 - 2023', clause: bullet('II.3', 3) },
      ],
      clause: `${bullet('II.3', 3)}; ${bullet('II.4', 1)}; ${bullet('II.4', 4)}`,
    },
    {
      id: 'chuyen-de-dot-xuat',
      quote: 'Nâng cao chất lượng, hiệu quả của công tác khen thưởng, chú trọng khen thưởng thành tích đột xuất, chuyên đề, khen thưởng tập thể nhỏ và người lao động trực tiếp.',
      label: 'Tập thể, cá nhân có thành tích chuyên đề, đột xuất',
      labelEn: 'Collectives and individuals with thematic or sudden achievements',
      nomineeTypes: ['collective', 'individual'],
      criteria: [
        { id: 'thanh-tich-chuyen-de', text: 'Có thành tích trong các phong trào thi đua chuyên đề', clause: `${KH}, mục I.2, III.4` },
        { id: 'thanh-tich-dot-xuat', text: 'Có thành tích đột xuất', clause: `${KH}, mục I.2, III.4` },
        { id: 'dien-hinh-tien-tien', text: 'Là điển hình tiên tiến, gương người tốt, việc tốt, mô hình hay, cách làm hiệu quả', clause: `${KH}, mục III.4, gạch đầu dòng cuối` },
      ],
      clause: `${KH}, mục I.2, III.4 (gạch đầu dòng cuối)`,
    },
    {
      id: 'nguoi-lao-dong-truc-tiep',
      quote: 'tạo sự chuyển biến rõ nét trong việc khen thưởng cho công nhân, nông dân, người lao động trực tiếp; khen thưởng các tập thể ở vùng sâu, vùng xa, vùng biên giới và vùng đồng bào dân tộc thiểu số.',
      label: 'Công nhân, nông dân, người lao động trực tiếp',
      labelEn: 'Workers, farmers and direct labourers',
      nomineeTypes: ['individual'],
      criteria: [
        { id: 'ldtt-dan-dau', text: 'Có thành tích tiêu biểu, dẫn đầu các phong trào thi đua', clause: bullet('III.4', 7) },
        { id: 'ldtt-chuyen-de-dot-xuat', text: 'Có thành tích chuyên đề, đột xuất', clause: `${KH}, mục I.2, III.4` },
      ],
      clause: `${KH}, mục I.2; ${bullet('III.4', 5)}`,
    },
    {
      id: 'tap-the-nho-vung-kho-khan',
      quote: 'tạo sự chuyển biến rõ nét trong việc khen thưởng cho công nhân, nông dân, người lao động trực tiếp; khen thưởng các tập thể ở vùng sâu, vùng xa, vùng biên giới và vùng đồng bào dân tộc thiểu số.',
      label: 'Tập thể nhỏ; tập thể ở vùng sâu, vùng xa, vùng biên giới và vùng đồng bào dân tộc thiểu số',
      labelEn: 'Small collectives; collectives in remote, border and ethnic-minority areas',
      nomineeTypes: ['collective'],
      criteria: [
        { id: 'ttn-dan-dau', text: 'Có thành tích tiêu biểu, dẫn đầu các phong trào thi đua', clause: bullet('III.4', 7) },
        { id: 'ttn-chuyen-de-dot-xuat', text: 'Có thành tích chuyên đề, đột xuất', clause: `${KH}, mục I.2, III.4` },
      ],
      clause: `${KH}, mục I.2; ${bullet('III.4', 5)}`,
    },
  ],
  awardForms: [coThiDuaChinhPhu, chienSiThiDuaTinh, huanChuongLaoDong, bangKhenThuTuong, bangKhenTinh],
  phases: [
    {
      id: 'hang-nam-2022',
      quote: 'Tổ chức họp Hội đồng Thi đua - Khen thưởng tỉnh: Xét khen thưởng các tập thể trong hoạt động cụm, khối thi đua năm 2022, xét khen thưởng cấp Nhà nước, danh hiệu “Chiến sỹ thi đua cấp tỉnh” năm 2022; xem xét các nội dung liên quan đến công tác thi đua, khen thưởng theo đề xuất của cơ quan Thường trực Hội đồng.',
      kind: 'hang-nam',
      year: 2022,
      label: 'Khen thưởng thành tích năm 2022 (xét trong Quý I, Quý II năm 2023)',
      labelEn: 'Awards for 2022 results (considered in Q1–Q2 2023)',
      awardForms: ['co-thi-dua-chinh-phu', 'chien-si-thi-dua-cap-tinh', 'huan-chuong-lao-dong', 'bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh'],
      filed: { from: '2023-01-01', to: '2023-06-30', derived: 'Quý I: “Xét, khen thưởng theo công trạng, thành tích đạt được khối kinh tế - xã hội năm 2022”; Quý II: “Trình hồ sơ đề nghị khen thưởng cấp Nhà nước về kinh tế - xã hội năm 2022”', clause: `${KH}, mục II.1, II.2` },
      covers: { from: 2022, to: 2022 },
      clause: `${KH}, mục II.1 (gạch đầu dòng thứ 1, 6, 7, 8), II.2 (gạch đầu dòng thứ 4)`,
    },
    {
      id: 'giao-duc-nam-hoc-2022-2023',
      quote: 'Tổ chức họp Hội đồng Thi đua - Khen thưởng tỉnh: Xét khen thưởng ngành giáo dục và đào tạo năm học 2022 - 2023 và các nội dung liên quan đến công tác thi đua, khen thưởng theo đề xuất của Cơ quan Thường trực Hội đồng.',
      kind: 'hang-nam',
      year: 2023,
      label: 'Khen thưởng ngành Giáo dục và Đào tạo năm học 2022 - 2023 (Quý III, Quý IV năm 2023)',
      labelEn: 'Education sector awards for school year 2022–2023 (Q3–Q4 2023)',
      awardForms: ['co-thi-dua-chinh-phu', 'chien-si-thi-dua-cap-tinh', 'huan-chuong-lao-dong', 'bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh'],
      filed: { from: '2023-07-01', to: '2023-12-31', derived: 'Quý III: “Xét, khen thưởng thành tích công tác ngành Giáo dục và Đào tạo năm học 2022 - 2023”; Quý IV: “Trình … hồ sơ đề nghị khen thưởng cấp Nhà nước ngành giáo dục và đào tạo năm học 2022 - 2023”', clause: `${KH}, mục II.3, II.4` },
      covers: { from: 2022, to: 2023 },
      clause: `${bullet('II.3', 3)}; ${bullet('II.4', 1)}; ${bullet('II.4', 4)}`,
    },
    {
      id: 'chuyen-de',
      quote: 'Xét, khen thưởng theo công trạng, thành tích đạt được khối kinh tế - xã hội năm 2022; khen thưởng chuyên đề, đột xuất (nếu có).',
      kind: 'chuyen-de',
      year: 2023,
      label: 'Khen thưởng chuyên đề năm 2023',
      labelEn: 'Thematic awards, 2023',
      awardForms: ['bang-khen-chu-tich-ubnd-tinh'],
      filed: { from: '2023-01-01', to: '2023-12-31', derived: 'Kế hoạch công tác thi đua, khen thưởng năm 2023 không ấn định đợt khen thưởng chuyên đề, đột xuất; cửa sổ là năm 2023 mà Kế hoạch áp dụng', clause: `${KH}, mục I.2` },
      covers: { from: 2023, to: 2023 },
      clause: `${bullet('II.1', 7)}; ${KH}, mục I.2, III.4`,
    },
    {
      id: 'dot-xuat',
      quote: 'Xét, khen thưởng theo công trạng, thành tích đạt được khối kinh tế - xã hội năm 2022; khen thưởng chuyên đề, đột xuất (nếu có).',
      kind: 'dot-xuat',
      year: 2023,
      label: 'Khen thưởng đột xuất năm 2023',
      labelEn: 'Awards for sudden feats, 2023',
      awardForms: ['bang-khen-chu-tich-ubnd-tinh'],
      filed: { from: '2023-01-01', to: '2023-12-31', derived: 'Kế hoạch công tác thi đua, khen thưởng năm 2023 không ấn định đợt khen thưởng chuyên đề, đột xuất; cửa sổ là năm 2023 mà Kế hoạch áp dụng', clause: `${KH}, mục I.2` },
      covers: { from: 2023, to: 2023 },
      clause: `${bullet('II.1', 7)}; ${KH}, mục I.2, III.4`,
    },
  ],
  unitTypes: [
    { id: 'so-ban-nganh', level: 'so-nganh', label: 'Sở, ban, ngành tỉnh', labelEn: 'Provincial department or agency' },
    { id: 'mttq-doan-the-tinh', level: 'doan-the-tinh', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, tổ chức chính trị - xã hội tỉnh', labelEn: 'Provincial Fatherland Front Committee or socio-political organisation' },
    { id: 'huyen', level: 'huyen', label: 'UBND huyện', labelEn: 'District People’s Committee' },
    { id: 'thanh-pho', level: 'huyen', label: 'UBND thành phố', labelEn: 'City People’s Committee' },
    { id: 'don-vi-khac', level: 'so-nganh', label: 'Cơ quan, đơn vị khác tham gia khối thi đua của tỉnh', labelEn: 'Other agency or unit in a provincial emulation bloc' },
    // The province's own report upwards (reporting.upward).
    { id: 'ubnd-tinh', level: 'tinh', label: 'Ủy ban nhân dân tỉnh', labelEn: 'Provincial People’s Committee' },
  ],
  quotas: [],
  thresholds: [],
  deadlines: [
    {
      id: 'ke-hoach-don-vi-2023',
      kind: 'unit-plan',
      label: 'Kế hoạch thực hiện công tác thi đua, khen thưởng năm 2023 của cơ quan, đơn vị, địa phương',
      labelEn: 'The unit’s own 2023 emulation and commendation plan',
      due: { date: '2023-03-15' },
      before: true,
      to: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)',
      quote: 'kế hoạch gửi về Sở Nội vụ (Ban Thi đua, khen thưởng) trước ngày 15 tháng 3 năm 2023 để tổng hợp báo cáo',
      clause: `${KH}, mục III.4, gạch đầu dòng thứ 8`,
    },
    {
      id: 'bao-cao-6-thang',
      kind: 'report',
      label: 'Báo cáo kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2023',
      labelEn: 'Six-month report on emulation and commendation work, 2023',
      appliesTo: { reportPeriod: 'sau-thang-2023' },
      due: { date: '2023-06-15' },
      before: false,
      to: 'Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng)',
      quote: 'định kỳ 6 tháng (vào ngày 15 tháng 6), năm (vào ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng) để tổng hợp./.',
      clause: KET,
    },
    {
      id: 'bao-cao-nam',
      kind: 'report',
      label: 'Báo cáo kết quả công tác thi đua, khen thưởng năm 2023',
      labelEn: 'Yearly report on emulation and commendation work, 2023',
      appliesTo: { reportPeriod: 'nam-2023' },
      due: { date: '2023-12-15' },
      before: false,
      to: 'Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng)',
      quote: 'định kỳ 6 tháng (vào ngày 15 tháng 6), năm (vào ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng) để tổng hợp./.',
      clause: KET,
    },
  ],
  milestones: [
    {
      id: 'ke-hoach-5-nam',
      year: [2021, 2026],
      text: 'Tiếp tục thực hiện Kế hoạch 5 năm (2021 - 2026) theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI',
      textEn: 'Continue the five-year plan (2021–2026) under the Resolution of the 11th Provincial Party Congress',
      clause: `${KH}, mục I.1`,
    },
    {
      id: 'ky-niem-75-nam-loi-keu-goi',
      year: 2023,
      text: 'Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh, 75 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi Thi đua Ái quốc (11/6/1948 - 11/6/2023)',
      textEn: '133rd birthday of President Hồ Chí Minh; 75 years since his Call for Patriotic Emulation (11/6/1948 – 11/6/2023)',
      clause: bullet('II.2', 5),
    },
    {
      id: 'so-ket-vi-nguoi-ngheo',
      year: 2023,
      text: 'Hội nghị Sơ kết phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 (Quý II)',
      textEn: 'Mid-term review conference of the movement “For the poor – Leave no one behind” 2021–2025 (Q2)',
      clause: bullet('II.2', 7),
    },
    {
      id: 'so-ket-nong-thon-moi',
      year: 2023,
      text: 'Hội nghị Sơ kết phong trào thi đua “Toàn tỉnh chung sức xây dựng Nông thôn mới” giai đoạn 2021 - 2025 (Quý IV)',
      textEn: 'Mid-term review conference of the movement “The whole province builds new countryside” 2021–2025 (Q4)',
      clause: bullet('II.4', 2),
    },
  ],
  tasks,
  reporting: {
    unitTypes: ['so-ban-nganh', 'mttq-doan-the-tinh', 'huyen', 'thanh-pho', 'don-vi-khac'],
    periods: [
      { id: 'sau-thang-2023', kind: 'six-months', label: 'Báo cáo 6 tháng đầu năm 2023', labelEn: 'First half of 2023', years: { from: 2023, to: 2023 }, clause: KET },
      { id: 'nam-2023', kind: 'annual', label: 'Báo cáo năm 2023', labelEn: 'Year 2023', years: { from: 2023, to: 2023 }, clause: KET },
    ],
    to: 'Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng)',
    recipients: [UBND_TINH, SO_NOI_VU],
    quote: 'định kỳ 6 tháng (vào ngày 15 tháng 6), năm (vào ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ - Ban Thi đua - Khen thưởng) để tổng hợp./.',
    clause: KET,
    // The province's own reports upwards.
    upward: [
      {
        unitTypes: ['ubnd-tinh'],
        recipients: [BAN_TDKT_TW],
        quote: '- Ban hành báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng nhiệm vụ năm 2024 của tỉnh.',
        clause: `${KH}, mục II.4; Nơi nhận`,
      },
    ],
  },
  dossier: {
    intake: {
    quote: 'Thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng hoặc trình cấp có thẩm quyền khen thưởng tập thể, cá nhân có thành tích trong các phong trào thi đua theo quy định của pháp luật.',
      agency: 'Sở Nội vụ (Ban Thi đua - Khen thưởng): thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng hoặc trình cấp có thẩm quyền khen thưởng',
      clause: `${KH}, mục III.2, gạch đầu dòng thứ 3`,
    },
    submitterUnitTypes: ['so-ban-nganh', 'mttq-doan-the-tinh', 'huyen', 'thanh-pho', 'don-vi-khac'],
    routes: nationalRoutes({ to: [UBND_TINH, SO_NOI_VU], clause: `${KH}, mục III.2, gạch đầu dòng thứ 3` }),
    confirmationBlocks: CONFIRMATION_BLOCKS,
  },
  readings: [
    {
      text: 'Xét, khen thưởng thành tích công tác ngành Giáo dục và Đào tạo năm học 2022 - 2023.',
      clause: bullet('II.3', 3),
      reading: 'Kế hoạch không giới hạn hình thức của đợt năm học: như đợt thành tích năm 2022, ngành Giáo dục và Đào tạo được đề nghị danh hiệu “Chiến sĩ thi đua cấp tỉnh” (xét theo năm học), Bằng khen của Chủ tịch UBND tỉnh, Cờ thi đua của Chính phủ và khen thưởng cấp Nhà nước.',
      readingEn: 'The plan does not limit the forms of the school-year round: as in the 2022 round, the education sector may propose the provincial Emulation Fighter title (by school year), the chairman’s certificate, the Government Emulation Flag and state-level awards.',
    },
    {
      text: 'Trình hồ sơ đề nghị khen thưởng cấp Nhà nước về kinh tế - xã hội năm 2022.',
      clause: `${bullet('II.1', 8)}; ${bullet('II.2', 4)}; ${bullet('II.4', 4)}`,
      reading: '“Khen thưởng cấp Nhà nước” gồm mọi hình thức do Chủ tịch nước, Thủ tướng Chính phủ quyết định, không chỉ hai hình thức. Báo cáo đếm riêng Huân chương Lao động, Bằng khen của Thủ tướng Chính phủ và các hình thức cấp Nhà nước khác (soKhenThuongCapNhaNuocKhac). Hồ sơ đề nghị trong SDK có Huân chương Lao động và Bằng khen của Thủ tướng Chính phủ, là những hình thức có đủ quy định về đối tượng và hồ sơ; Huân chương khác và danh hiệu vinh dự Nhà nước chưa có mẫu hồ sơ, không phải bị Kế hoạch loại trừ.',
      readingEn: '“State-level awards” means every form decided by the President or the Prime Minister, not just two. The report counts the Labour Order, the Prime Minister’s certificate and other state-level forms separately (soKhenThuongCapNhaNuocKhac). The SDK’s dossiers cover the Labour Order and the Prime Minister’s certificate, whose nominee rules and contents it carries; other orders and state honorary titles have no dossier form yet — the plan does not exclude them.',
    },
    // The province's own reports upwards.
    {
      text: '- Ban hành báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng nhiệm vụ năm 2024 của tỉnh.',
      clause: `${KH}, mục II.4; Nơi nhận`,
      reading: 'Báo cáo tổng kết năm 2023 của tỉnh (UBND tỉnh ban hành) là báo cáo hợp lệ của Kế hoạch. Kế hoạch không ghi báo cáo này gửi ai; cơ quan Trung ương duy nhất trong Nơi nhận là Ban Thi đua - Khen thưởng Trung ương, nên báo cáo gửi cơ quan đó là đúng; gửi nơi khác chỉ bị cảnh báo.',
      readingEn: 'The province’s own 2023 report (issued by the Provincial People’s Committee) is a valid report of the plan. The plan does not say whom it goes to; the one central body on its distribution list is the Central Emulation and Commendation Board, so a report addressed to it is right; another addressee gets a warning only.',
    },
  ],
} satisfies PlanDefinition;
