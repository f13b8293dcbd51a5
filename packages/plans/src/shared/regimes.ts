// The three regimes of national law on emulation and commendation that the plans' dossiers
// fall under, each with the day it took force (docs/guide/plan-definition.md, "The law in force by date"). Every figure and article here
// was read in a public text named in `sources`; what could not be found says so in
// `unverified` and is never used to refuse a dossier.

import type { LegalRegimeFacts } from '@thidua/core';
import { AWARD_FORMS } from './law.js';

const CSTD_TINH = 'chien-si-thi-dua-cap-tinh';
const CO_CHINH_PHU = 'co-thi-dua-chinh-phu';

// Articles of the 2022 Law as AWARD_FORMS cites them (Điều 22 read in a legal Q&A quoting
// Điều 21–23; Điều 44, 73–75 in the Law's published text). The Government Emulation Flag has no article
// here: its Law 2022 article was not checked.
const LAW_2022_ARTICLES: Record<string, string> = Object.fromEntries(
  Object.values(AWARD_FORMS)
    .filter((a) => a.clause.startsWith('Luật Thi đua, Khen thưởng 2022'))
    .map((a) => [a.id, a.clause]),
);

const NOT_FOUND_91 =
  'Chưa tìm thấy trong văn bản đã tra cứu tỷ lệ phiếu tối thiểu mà Nghị định 91/2017/NĐ-CP hoặc Thông tư 12/2019/TT-BNV đặt ra; ' +
  'hồ sơ không bị từ chối vì tỷ lệ phiếu, chỉ được cảnh báo khi thấp hơn mức của chế định kế tiếp.';

const NOT_FOUND_152 =
  'Chưa tìm thấy trong văn bản đã tra cứu điều khoản về tỷ lệ phiếu của Nghị định 152/2025/NĐ-CP; thủ tục hành chính ' +
  '(Quyết định 638/QĐ-BNV năm 2025) vẫn đòi “biên bản bình xét thi đua và kết quả bỏ phiếu”, nhưng không nêu tỷ lệ.';

export const LEGAL_REGIMES: readonly LegalRegimeFacts[] = [
  {
    id: 'nd91-2017',
    label: 'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013), Nghị định 91/2017/NĐ-CP và Thông tư 12/2019/TT-BNV',
    labelEn: 'Law on Emulation and Commendation 2003 (amended 2005, 2013), Decree 91/2017/ND-CP and Circular 12/2019/TT-BNV',
    // NĐ 91/2017 ceased to apply on 01/01/2024; the modelled regimes start with it, so no lower bound.
    acts: [
      'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005 và năm 2013',
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ',
      'Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ',
    ],
    // Thông tư 12/2019/TT-BNV is left out: the day it ceased to apply was not found.
    actNumbers: ['91/2017/NĐ-CP'],
    basis: 'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013); Nghị định 91/2017/NĐ-CP',
    // The articles of the 2003 Law for each form were not checked in a legal text: the basis is cited instead.
    awardArticles: {},
    voteShares: [
      {
        awardForms: [CSTD_TINH, CO_CHINH_PHU],
        clause: 'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013); Nghị định 91/2017/NĐ-CP; Thông tư 12/2019/TT-BNV',
        unverified: NOT_FOUND_91,
      },
    ],
    dossierContents: [
      {
        kind: 'hinh-thuc-khen-thuong',
        documents: ['Tờ trình', 'Báo cáo thành tích có xác nhận của cấp trình khen thưởng', 'Biên bản họp Hội đồng Thi đua - Khen thưởng'],
        clause: 'Nghị định 91/2017/NĐ-CP (thủ tục “Tặng Bằng khen cấp tỉnh theo chuyên đề”, 01 bộ bản chính)',
        unverified: 'Thành phần lấy từ thủ tục hành chính cấp tỉnh thời Nghị định 91/2017 (Tiền Giang); số điều của Nghị định chưa đối chiếu.',
      },
    ],
    sources: [
      'Bài hỏi đáp pháp luật “Tỷ lệ Chiến sĩ thi đua cơ sở 2025 mới nhất là bao nhiêu?” (Nghị định 91/2017/NĐ-CP hết hiệu lực từ ngày 01/01/2024; khoản 3 Điều 9)',
      'Cổng dịch vụ công tỉnh Tiền Giang, thủ tục tặng Bằng khen của Chủ tịch UBND tỉnh theo chuyên đề',
    ],
  },
  {
    id: 'nd98-2023',
    label: 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15) và Nghị định 98/2023/NĐ-CP',
    labelEn: 'Law on Emulation and Commendation 2022 (06/2022/QH15) and Decree 98/2023/ND-CP',
    from: '2024-01-01',
    acts: [
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    ],
    // The 2022 Law is often cited by its date rather than its number.
    actNumbers: ['06/2022/QH15', '15 tháng 6 năm 2022', '98/2023/NĐ-CP'],
    basis: 'Luật Thi đua, Khen thưởng 2022; Nghị định 98/2023/NĐ-CP',
    awardArticles: LAW_2022_ARTICLES,
    voteShares: [
      { awardForms: [CSTD_TINH], share: 0.9, clause: 'Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30 (Chiến sĩ thi đua bộ, ban, ngành, tỉnh)' },
      { awardForms: [CO_CHINH_PHU], share: 0.8, clause: 'Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30 (Cờ thi đua của Chính phủ)' },
    ],
    dossierContents: [
      {
        kind: 'danh-hieu-thi-dua',
        documents: ['Tờ trình', 'Báo cáo thành tích', 'Biên bản bình xét thi đua', 'Xác nhận sáng kiến, đề tài khi đề nghị Chiến sĩ thi đua'],
        clause: 'Luật Thi đua, khen thưởng 2022, Điều 84',
      },
      {
        kind: 'hinh-thuc-khen-thuong',
        documents: ['Tờ trình', 'Báo cáo thành tích', 'Biên bản xét khen thưởng'],
        clause: 'Luật Thi đua, khen thưởng 2022, Điều 84',
      },
    ],
    sources: [
      'Bài hỏi đáp pháp luật “Xét danh hiệu Chiến sĩ thi đua cơ sở phải có tỷ lệ phiếu đồng ý là bao nhiêu?” (trích khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP)',
      'Bài hỏi đáp pháp luật “Tải file 11 mẫu báo cáo thành tích theo Nghị định 152/2025” (Điều 59: Nghị định 152/2025 thay Nghị định 98/2023 từ 01/7/2025)',
    ],
  },
  {
    id: 'nd152-2025',
    label: 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15) và Nghị định 152/2025/NĐ-CP',
    labelEn: 'Law on Emulation and Commendation 2022 (06/2022/QH15) and Decree 152/2025/ND-CP',
    from: '2025-07-01',
    acts: [
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
    ],
    actNumbers: ['06/2022/QH15', '15 tháng 6 năm 2022', '152/2025/NĐ-CP'],
    basis: 'Luật Thi đua, Khen thưởng 2022; Nghị định 152/2025/NĐ-CP',
    awardArticles: Object.fromEntries(Object.entries(LAW_2022_ARTICLES).map(([id, c]) => [id, `${c}; Nghị định 152/2025/NĐ-CP`])),
    voteShares: [
      {
        awardForms: [CSTD_TINH, CO_CHINH_PHU],
        clause: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP',
        unverified: NOT_FOUND_152,
      },
    ],
    dossierContents: [
      {
        kind: 'danh-hieu-thi-dua',
        documents: [
          'Tờ trình (Mẫu số 01)',
          'Báo cáo thành tích của cá nhân (Mẫu số 05)',
          'Biên bản bình xét thi đua và kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng',
          'Chứng nhận hoặc xác nhận sáng kiến, đề tài khi đề nghị Chiến sĩ thi đua',
        ],
        clause: 'Nghị định 152/2025/NĐ-CP, Phụ lục (Mẫu số 01, 05); Quyết định 638/QĐ-BNV năm 2025',
      },
    ],
    sources: [
      'Bài hỏi đáp pháp luật “Tải file 11 mẫu báo cáo thành tích theo Nghị định 152/2025” (Điều 59: hiệu lực từ 01/7/2025)',
      'Bài hỏi đáp pháp luật “Xét danh hiệu Chiến sĩ thi đua cơ sở đối với giáo viên năm 2025” (Quyết định 638/QĐ-BNV: thành phần hồ sơ, Mẫu số 01 và 05)',
    ],
  },
];
