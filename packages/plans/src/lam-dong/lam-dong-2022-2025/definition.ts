import type { PlanDefinition } from '@thidua/core';
import { awardLawClause } from '../../shared/award-law.js';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from '../../shared/law.js';
import { nationalRoutes, SO_LDTBXH, SO_NOI_VU, UBND_TINH } from '../../shared/routes.js';
import { BAN_TDKT_TW, BO_LDTBXH } from '../../shared/central-bodies.js';

const KH = 'Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND';
const c = (where: string) => `${KH}, mục ${where}`;

const BK_TINH = AWARD_FORMS.bangKhenChuTichTinh.id;
/** The seed says "so với đầu kỳ" without a year: the plan carries out the movement "giai đoạn 2021 - 2025" (mục V.1). */
const DAU_KY = 'Kế hoạch không ghi năm đầu kỳ; “đầu kỳ” là năm đầu giai đoạn 2021 - 2025 mà Kế hoạch thực hiện (mục V.1: “Phong trào thi đua … giai đoạn 2021 - 2025”), tức số liệu năm 2021, không phải năm đầu tiên đơn vị tự kê khai. / The seed names no start year; “đầu kỳ” is read as 2021, the first year of the 2021–2025 period the plan carries out, never the first year a unit happens to give.';
/** The 2025 quotas limit what units propose to higher levels; Giấy khen stays within their own authority. */
const TONG_KET_AWARDS = ['huan-chuong-lao-dong', 'bang-khen-thu-tuong', BK_TINH];

export const definition = {
  id: 'lam-dong-2022-2025',
  version: '1.0.0',
  title: 'Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2025 trên địa bàn tỉnh Lâm Đồng',
  titleEn: 'Plan for the emulation movement "For the poor - Leave no one behind" 2022–2025 in Lâm Đồng province',
  province: { name: 'Lâm Đồng', nameEn: 'Lâm Đồng', slug: 'lam-dong' },
  movement: { name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau', from: 2022, to: 2025 },
  legalRegime: 'nd91-2017',
  document: {
    type: 'KẾ HOẠCH',
    summary: 'Tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2025 trên địa bàn tỉnh Lâm Đồng',
    date: '2022-08-24',
    dateNote: 'Ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của UBND tỉnh; kế hoạch không có số riêng.',
    place: 'Lâm Đồng',
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG' },
    issuedWith: { text: 'Ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của UBND tỉnh', number: '1479/QĐ-UBND', date: '2022-08-24' },
    legalBases: [
      { text: 'Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ', clause: c('I.2.c') },
      { text: 'Nghị quyết số 09-NQ/TU ngày 14/12/2021 của Tỉnh ủy', clause: c('I.2.c') },
      { text: 'Quyết định số 382/QĐ-UBND ngày 09/3/2022 của Ủy ban nhân dân tỉnh', clause: c('I.2.c') },
    ],
    footnotes: [
      { n: 1, text: 'Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ: Tỉnh Lâm Đồng có 04 xã vùng đồng bào dân tộc thiểu số và miền núi thuộc khu vực III giai đoạn 2021 - 2025' },
      { n: 2, text: 'Quyết định số 612/QĐ-UBDT ngày 16/9/2021 của Ủy ban Dân tộc: Tỉnh Lâm Đồng có 72 thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2025.' },
      { n: 3, text: 'Nghị quyết số 07-NQ/TU ngày 12/11/2021 của Tỉnh ủy.' },
      { n: 4, text: 'Theo Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ.' },
      { n: 5, text: 'Đảm bảo cho tiêu chí tỉnh nông thôn mới: Kế hoạch số 47-KH/TU ngày 03/6/2022 của Tỉnh ủy đến năm 2025 có 100% số xã đạt chuẩn NTM (111/111 xã); theo Quyết định số 861/QĐ-TTg ngày 04/6/2022 của Thủ tướng Chính phủ các xã khu vực III (đặc biệt khó khăn), khu vực II (còn khó khăn) nếu được công nhận đạt chuẩn nông thôn mới số được xác định là xã khu vực I (xã có bước đầu phát triển).' },
      { n: 6, text: 'Nghị quyết số 10-NQ/TU ngày 17/02/2022 của Tỉnh ủy.' },
      { n: 7, text: 'Nghị quyết số 13-NQ/TU ngày 25/5/2022 của Tỉnh ủy.' },
      { n: 8, text: 'Nghị quyết số 16-NQ/TU ngày 03/6/2022 của Tỉnh ủy.' },
    ],
  },

  outline: {
    derived: true,
    source: `${KH}: đề cương suy ra từ mục II (chỉ tiêu), III (nội dung), IV (tiêu chí, khen thưởng) và VI.6 (báo cáo hằng năm)`,
    heading: 'BÁO CÁO',
    summary: 'Tình hình tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2025',
    summaryEn: 'Implementation of the emulation movement "For the poor - Leave no one behind" 2022–2025',
    sections: [
      {
        id: 'trienKhai', number: 'I.', title: 'CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA', titleEn: 'ORGANISING THE MOVEMENT', clause: c('III.1, VI'),
        children: [
          { id: 'lanhDaoChiDao', number: '1.', title: 'Công tác lãnh đạo, chỉ đạo, xây dựng kế hoạch triển khai Phong trào thi đua', titleEn: 'Leadership, direction and implementation plans', hint: 'Văn bản ban hành, phân công nhiệm vụ, gắn với Phong trào “Cùng cả nước, Lâm Đồng chung sức xây dựng nông thôn mới”.', hintEn: 'Documents issued, tasks assigned, links with the new-rural-area movement.', clause: c('III.1.b, III.1.k, VI.4') },
          { id: 'tuyenTruyen', number: '2.', title: 'Công tác tuyên truyền, vận động', titleEn: 'Communication and mobilisation', hint: 'Tuyên truyền, vận động Nhân dân, hội viên; Tháng cao điểm “Vì người nghèo”.', hintEn: 'Communication to citizens and members; the "For the poor" peak month.', clause: c('III.1.c, VI.5') },
          { id: 'huyDongNguonLuc', number: '3.', title: 'Huy động nguồn lực, xã hội hóa hỗ trợ người nghèo', titleEn: 'Mobilising resources for the poor', hint: 'Đóng góp của doanh nghiệp, hợp tác xã, cán bộ, công chức, hộ khá giả; giúp đỡ xã, thôn đặc biệt khó khăn.', hintEn: 'Contributions of enterprises, co-operatives, officials and better-off households.', indicators: ['nguonLucHuyDong'], clause: c('III.1.e, III.1.g') },
        ],
      },
      {
        id: 'ketQuaChiTieu', number: 'II.', title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA', titleEn: 'RESULTS AGAINST THE EMULATION TARGETS', clause: c('II.2'),
        children: [
          { id: 'giamNgheo', number: '1.', title: 'Kết quả giảm nghèo đa chiều', titleEn: 'Multidimensional poverty reduction', indicators: ['mucGiamTyLeNgheoDaChieu', 'mucGiamTyLeHoNgheoDtts', 'tyLeTaiNgheoTaiCanNgheo', 'hoNguoiCoCongLaHoNgheo'], clause: c('II.2') },
          { id: 'xaThonDbkk', number: '2.', title: 'Xã, thôn đặc biệt khó khăn thoát nghèo', titleEn: 'Extremely disadvantaged communes and villages leaving poverty', indicators: ['tyLeXaThonDbkkThoatNgheo', 'soXaDbkkConLai'], clause: c('II.2') },
          { id: 'vonViecLam', number: '3.', title: 'Tín dụng chính sách, đào tạo nghề và việc làm cho người nghèo', titleEn: 'Policy credit, vocational training and jobs', indicators: ['tyLeHoDuocVayVon', 'tyLeNguoiNgheoDuocDaoTaoNghe', 'chenhLechTyLeNgheoSoVoiCaNuoc'], clause: c('II.2') },
          { id: 'boiDuongCanBo', number: '4.', title: 'Bồi dưỡng, tập huấn cán bộ làm công tác giảm nghèo', titleEn: 'Training of poverty-reduction officials', indicators: ['tyLeCanBoDuocBoiDuong'], clause: c('II.2') },
        ],
      },
      {
        id: 'noiDungThiDua', number: 'III.', title: 'KẾT QUẢ THỰC HIỆN NỘI DUNG THI ĐUA', titleEn: 'RESULTS OF THE EMULATION CONTENTS', clause: c('III.1'),
        children: [
          { id: 'moHinhSangKien', number: '1.', title: 'Mô hình, sáng kiến, cách làm hay trong giảm nghèo bền vững', titleEn: 'Models, initiatives and good practices', clause: c('III.1.a, III.1.b, IV.1.a') },
          { id: 'hoTroDamRong', number: '2.', title: 'Hỗ trợ huyện Đam Rông, các xã, thôn đặc biệt khó khăn', titleEn: 'Support to Đam Rông district and extremely disadvantaged communes and villages', hint: 'Đơn vị không có hoạt động này ghi rõ lý do.', hintEn: 'Units without such activity say why.', clause: c('III.1.k, IV.1.b, IV.1.h') },
        ],
      },
      {
        id: 'khenThuong', number: 'IV.', title: 'CÔNG TÁC KHEN THƯỞNG', titleEn: 'COMMENDATION', clause: c('IV.2'),
        indicators: ['soTapTheDuocKhenThuong', 'soCaNhanDuocKhenThuong', 'soHoGiaDinhDuocKhenThuong'],
        hint: 'Kết quả khen thưởng hằng năm (Giấy khen theo thẩm quyền), sơ kết 2023, tổng kết 2025.', hintEn: 'Yearly commendations, 2023 mid-term and 2025 final review.',
      },
      {
        id: 'danhGiaChung', number: 'V.', title: 'ĐÁNH GIÁ CHUNG', titleEn: 'GENERAL ASSESSMENT',
        children: [
          { id: 'uuDiem', number: '1.', title: 'Ưu điểm', titleEn: 'Strengths' },
          { id: 'tonTaiHanChe', number: '2.', title: 'Tồn tại, hạn chế và nguyên nhân', titleEn: 'Shortcomings and causes' },
        ],
      },
      {
        id: 'phuongHuong', number: 'VI.', title: 'PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ', titleEn: 'DIRECTION, PROPOSALS AND RECOMMENDATIONS',
        children: [
          { id: 'phuongHuongNhiemVu', number: '1.', title: 'Phương hướng, nhiệm vụ thời gian tới', titleEn: 'Direction and tasks ahead' },
          { id: 'deXuatKienNghi', number: '2.', title: 'Đề xuất, kiến nghị (nếu có)', titleEn: 'Proposals and recommendations (if any)', optional: true, clause: c('VI, đoạn cuối') },
        ],
      },
    ],
  },

  indicators: [
    { id: 'mucGiamTyLeNgheoDaChieu', label: 'Mức giảm tỷ lệ nghèo đa chiều trong năm', labelEn: 'Fall of the multidimensional poverty rate in the year', kind: 'number', unit: 'điểm %', unitEn: 'percentage points', target: { text: 'duy trì mức giảm 1,0 - 1,5%/năm', op: '>=', value: 1.0 }, required: true, quote: '- Tỷ lệ nghèo đa chiều duy trì mức giảm 1,0 - 1,5%/ năm', scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit', reading: 'Mục II.2 là “chỉ tiêu thi đua”: mỗi huyện, thành phố thi đua đạt mức giảm 1,0 - 1,5%/năm trên địa bàn mình. Số liệu gắn với địa bàn, nên không đòi ở sở, ban, ngành.' }, clause: c('II.2') },
    { id: 'mucGiamTyLeHoNgheoDtts', label: 'Mức giảm tỷ lệ hộ nghèo dân tộc thiểu số trong năm', labelEn: 'Fall of the ethnic-minority poor-household rate in the year', kind: 'number', unit: 'điểm %', unitEn: 'percentage points', target: { text: 'giảm trên 3%/năm', op: '>', value: 3 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'tyLeXaThonDbkkThoatNgheo', label: 'Tỷ lệ xã, thôn đặc biệt khó khăn đã thoát nghèo', labelEn: 'Share of extremely disadvantaged communes and villages out of poverty', kind: 'percent', unit: '%', unitEn: '%', target: { text: 'đến năm 2025 phấn đấu 100% xã, thôn đặc biệt khó khăn thoát nghèo', op: '>=', value: 100, year: 2025 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'soXaDbkkConLai', label: 'Số xã đặc biệt khó khăn còn lại', labelEn: 'Extremely disadvantaged communes remaining', kind: 'count', unit: 'xã', unitEn: 'communes', target: { text: 'không còn xã đặc biệt khó khăn', op: '<=', value: 0, year: 2025 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'chenhLechTyLeNgheoSoVoiCaNuoc', label: 'Chênh lệch tỷ lệ hộ nghèo, cận nghèo của tỉnh so với cả nước', labelEn: "Province's poor and near-poor rate minus the national rate", kind: 'number', unit: 'điểm %', unitEn: 'percentage points', target: { text: 'đến cuối năm 2025, tỷ lệ hộ nghèo, hộ cận nghèo của tỉnh thấp hơn tỷ lệ chung của cả nước', op: '<', value: 0, year: 2025 }, scope: { targetOf: 'province', reading: 'Câu chỉ tiêu nói rõ “tỷ lệ hộ nghèo, hộ cận nghèo của tỉnh”: chỉ báo cáo của tỉnh mới đo được; không kiểm trên báo cáo của huyện.' }, clause: c('II.2') },
    { id: 'tyLeHoDuocVayVon', label: 'Tỷ lệ hộ nghèo, cận nghèo, mới thoát nghèo đủ điều kiện, có nhu cầu được vay vốn', labelEn: 'Eligible poor, near-poor and newly non-poor households with loans', kind: 'percent', unit: '%', unitEn: '%', target: { text: 'đảm bảo nguồn vốn cho 100% hộ đủ điều kiện, có nhu cầu vay vốn', op: '>=', value: 100 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'tyLeNguoiNgheoDuocDaoTaoNghe', label: 'Tỷ lệ người nghèo trong độ tuổi lao động có nhu cầu được hỗ trợ đào tạo nghề', labelEn: 'Working-age poor people wanting training who received it', kind: 'percent', unit: '%', unitEn: '%', target: { text: 'phấn đấu 100% người nghèo trong độ tuổi lao động, có nhu cầu học nghề được hỗ trợ đào tạo nghề', op: '>=', value: 100 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'tyLeTaiNgheoTaiCanNgheo', label: 'Tỷ lệ hộ tái nghèo, tái cận nghèo so với tổng số hộ nghèo, cận nghèo trong năm', labelEn: 'Households falling back into (near-)poverty, share of all (near-)poor households', kind: 'percent', unit: '%', unitEn: '%', target: { text: 'giảm tỷ lệ hộ tái nghèo, tái cận nghèo hằng năm xuống dưới 10%', op: '<', value: 10 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'hoNguoiCoCongLaHoNgheo', label: 'Số hộ chính sách người có công là hộ nghèo', labelEn: "Households of people with meritorious service that are poor", kind: 'count', unit: 'hộ', unitEn: 'households', target: { text: 'không còn hộ chính sách người có công là hộ nghèo', op: '<=', value: 0 }, scope: { reportedBy: ['thanh-pho', 'huyen'], targetOf: 'unit' }, clause: c('II.2') },
    { id: 'tyLeCanBoDuocBoiDuong', label: 'Tỷ lệ cán bộ, công chức, viên chức làm công tác giảm nghèo được bồi dưỡng, tập huấn', labelEn: 'Poverty-reduction officials trained', kind: 'percent', unit: '%', unitEn: '%', target: { text: '100% cán bộ, công chức, viên chức và người làm công tác giảm nghèo các cấp được bồi dưỡng, tập huấn', op: '>=', value: 100 }, scope: { targetOf: 'unit' }, clause: c('II.2') },
    { id: 'nguonLucHuyDong', label: 'Nguồn lực xã hội hóa huy động hỗ trợ người nghèo', labelEn: 'Resources mobilised for the poor', kind: 'money', unit: 'triệu đồng', unitEn: 'million VND', clause: c('II.2, III.1.e') },
    { id: 'soTapTheDuocKhenThuong', label: 'Số tập thể được khen thưởng', labelEn: 'Collectives commended', kind: 'count', unit: 'tập thể', unitEn: 'collectives', clause: c('IV.2.c') },
    { id: 'soCaNhanDuocKhenThuong', label: 'Số cá nhân được khen thưởng', labelEn: 'Individuals commended', kind: 'count', unit: 'cá nhân', unitEn: 'individuals', clause: c('IV.2.c') },
    { id: 'soHoGiaDinhDuocKhenThuong', label: 'Số hộ gia đình được khen thưởng', labelEn: 'Households commended', kind: 'count', unit: 'hộ', unitEn: 'households', clause: c('IV.2.c') },
    // Evidence series a nominee gives for the numeric criteria of mục IV.1.c–d.
    { id: 'tyLeNgheoDaChieu', label: 'Tỷ lệ hộ nghèo đa chiều cuối năm', labelEn: 'Multidimensional poverty rate at year end', kind: 'percent', unit: '%', unitEn: '%', byYear: true, clause: c('IV.1.c') },
    { id: 'quyMoHoNgheoCanNgheo', label: 'Số hộ nghèo và hộ cận nghèo đa chiều cuối năm', labelEn: 'Poor and near-poor households at year end', kind: 'count', unit: 'hộ', unitEn: 'households', byYear: true, clause: c('IV.1.c, IV.1.d') },
  ],

  participantGroups: [
    {
      id: 'so-nganh-doan-the', quote: 'a) Đối với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và các tổ chức, đơn vị:', label: 'Các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và các tổ chức, đơn vị', labelEn: 'Departments, Fatherland Front, socio-political organisations and other bodies', nomineeTypes: ['collective'], clause: c('IV.1.a'),
      criteria: [
        { id: 'a-1', text: 'Hoàn thành có chất lượng, đúng thời hạn các văn bản hướng dẫn thực hiện chính sách, chương trình giảm nghèo. Tiếp tục hoàn thiện chính sách giảm nghèo, chuẩn nghèo đa chiều gắn với mục tiêu phát triển bền vững, bảo đảm mức sống tối thiểu tăng dần và khả năng tiếp cận các dịch vụ xã hội cơ bản của người dân; đổi mới cách tiếp cận về giảm nghèo, ban hành chính sách hỗ trợ có điều kiện, tăng cường tín dụng chính sách xã hội cho người nghèo, trợ giúp xã hội đối với hộ nghèo không có khả năng lao động.', clause: c('IV.1.a') },
        { id: 'a-2', text: 'Chủ động, tích cực huy động nguồn lực, có nhiều sáng kiến, mô hình giảm nghèo bền vững được nhân rộng, giúp cho người nghèo tham gia lao động, phát triển sản xuất, kinh doanh, làm kinh tế giỏi, ổn định cuộc sống, vươn lên thoát nghèo bền vững.', clause: c('IV.1.a') },
      ],
    },
    {
      id: 'ngan-hang-csxh', quote: 'b) Đối với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lâm Đồng:', label: 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lâm Đồng', labelEn: 'Lâm Đồng branch of the Vietnam Bank for Social Policies', nomineeTypes: ['collective'], clause: c('IV.1.b'),
      criteria: [
        { id: 'b-1', text: 'Thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; tổ chức tín dụng có đóng góp, hỗ trợ thiết thực trong công tác giảm nghèo và hỗ trợ, giúp đỡ hiệu quả huyện Đam Rông, các xã hoặc thôn đặc biệt khó khăn và người nghèo.', clause: c('IV.1.b') },
      ],
    },
    {
      id: 'cap-xa', label: 'Cấp xã', labelEn: 'Communes', quote: 'c) Đối với cấp xã:', nomineeTypes: ['collective'], clause: c('IV.1.c'),
      categories: [
        { id: 'xa-dac-biet-kho-khan', label: 'Xã đặc biệt khó khăn', labelEn: 'Extremely disadvantaged commune' },
        { id: 'xa-khu-vuc-dtts', label: 'Xã khu vực III, khu vực II, khu vực I vùng đồng bào dân tộc thiểu số và miền núi', labelEn: 'Commune of area III, II or I in ethnic-minority and mountain regions' },
        { id: 'xa-khac', label: 'Xã, phường, thị trấn khác', labelEn: 'Other commune, ward or town' },
      ],
      criteria: [
        { id: 'c-1', text: 'Xã đặc biệt khó khăn giảm tỷ lệ nghèo đa chiều từ 1,5%/năm trở lên, trong 3 năm liên tục trước khi trình khen thưởng; hoặc quy mô hộ nghèo và hộ cận nghèo đa chiều đến năm 2025 giảm trên 50% so với đầu kỳ.', clause: c('IV.1.c') },
        { id: 'c-2', text: 'Đối với xã khu vực III, xã khu vực II, xã khu vực I vùng đồng bào dân tộc thiểu số và miền núi đến năm 2025 quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.', clause: c('IV.1.c') },
      ],
    },
    {
      id: 'thon-buon-to-dan-pho', label: 'Thôn, buôn, tổ dân phố', labelEn: 'Villages, hamlets and residential groups', quote: 'd) Đối với thôn, buôn, tổ dân phố:', nomineeTypes: ['collective'], clause: c('IV.1.d'),
      criteria: [
        { id: 'd-1', text: 'Triển khai thực hiện có hiệu quả chính sách, chương trình giảm nghèo trên địa bàn. Huy động nguồn lực, hỗ trợ vốn, chia sẻ kinh nghiệm, kỹ thuật để hộ nghèo phát triển sản xuất, ổn định cuộc sống và thoát nghèo.', clause: c('IV.1.d') },
        { id: 'd-2', text: 'Điều kiện sống, thu nhập của người nghèo trên địa bàn được cải thiện rõ rệt, tiếp cận ngày càng thuận lợi với các dịch vụ xã hội cơ bản về việc làm, y tế, giáo dục, nhà ở, nước sạch và vệ sinh, thông tin.', clause: c('IV.1.d') },
        { id: 'd-3', text: 'Đến năm 2025, quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ.', clause: c('IV.1.d') },
      ],
    },
    {
      id: 'ho-gia-dinh', label: 'Hộ gia đình', labelEn: 'Households', nomineeTypes: ['household'], quote: 'e) Đối với hộ gia đình:', clause: c('IV.1.e'),
      criteria: [
        { id: 'e-1', text: 'Có ý thức, trách nhiệm tự nguyện đăng ký thoát nghèo, có nhiều sáng kiến, cách làm hay, hiệu quả trong lao động, phát triển sản xuất, làm kinh tế và thoát nghèo bền vững; sử dụng vốn vay từ Ngân hàng Chính sách xã hội đúng mục đích, trả lãi, trả gốc đúng hạn, đạt hiệu quả sử dụng.', clause: c('IV.1.e') },
        { id: 'e-2', text: 'Có nhiều đóng góp, hỗ trợ hiệu quả, sáng tạo cho các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo để phát triển sản xuất, làm kinh tế, thoát nghèo bền vững.', clause: c('IV.1.e') },
      ],
    },
    {
      id: 'can-bo-giam-ngheo', quote: 'g) Đối với cán bộ, công chức, viên chức, người làm công tác giảm nghèo:', label: 'Cán bộ, công chức, viên chức, người làm công tác giảm nghèo', labelEn: 'Officials and poverty-reduction workers', nomineeTypes: ['individual'], standings: ['official', 'worker'], clause: c('IV.1.g'),
      criteria: [
        { id: 'g-1', text: 'Cán bộ, công chức, viên chức, người làm công tác giảm nghèo có sáng kiến trong việc xây dựng, tham mưu ban hành cơ chế, chính sách; hướng dẫn, tham gia tổ chức thực hiện công tác giảm nghèo.', clause: c('IV.1.g') },
        { id: 'g-2', text: 'Cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị của tỉnh giúp đỡ các huyện nghèo, xã hoặc thôn đặc biệt khó khăn và người nghèo.', clause: c('IV.1.g') },
      ],
    },
    {
      id: 'doanh-nghiep-htx', label: 'Doanh nghiệp trong các thành phần kinh tế và hợp tác xã', quote: 'h) Đối với doanh nghiệp trong các thành phần kinh tế và hợp tác xã:', labelEn: 'Enterprises and co-operatives', nomineeTypes: ['collective'], clause: c('IV.1.h'),
      criteria: [
        { id: 'h-1', text: 'Có đóng góp thiết thực, hiệu quả trong thực hiện công tác giảm nghèo và hỗ trợ, giúp đỡ huyện Đam Rông, các xã hoặc thôn đặc biệt khó khăn và người nghèo.', clause: c('IV.1.h') },
        { id: 'h-2', text: 'Tổ chức liên kết trong sản xuất, kinh doanh, tiêu thụ sản phẩm, phát triển đa dạng các mô hình sản xuất có sự tham gia của các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; hỗ trợ phát triển các dự án, mô hình giảm nghèo phù hợp với người nghèo.', clause: c('IV.1.h') },
        { id: 'h-3', text: 'Ngân hàng hoặc các tổ chức tín dụng thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.', clause: c('IV.1.h') },
      ],
    },
    // Individuals who are not officials: citizens, village elders, respected persons (see readings).
    {
      id: 'ca-nhan-tieu-bieu',
      quote: 'việc xét khen thưởng cho các tập thể, gia đình và cá nhân tiêu biểu, xuất sắc được thực hiện theo quy định của pháp luật về thi đua khen thưởng.',
      label: 'Cá nhân tiêu biểu, xuất sắc (công dân, già làng, trưởng thôn, người có uy tín)',
      labelEn: 'Outstanding individuals (citizens, village elders and heads, respected persons)',
      nomineeTypes: ['individual'],
      standings: ['citizen', 'community-figure'],
      clause: c('IV.2.b; III.1.a, III.1.d'),
      criteria: [
        { id: 'cn-1', text: 'Có những việc làm thiết thực, tham gia đóng góp công sức trí tuệ, của cải vật chất hỗ trợ, giúp đỡ người nghèo, địa bàn nghèo.', clause: c('III.1.a') },
        { id: 'cn-2', text: 'Thi đua đoàn kết giúp nhau giảm nghèo và từng bước làm giàu; hỗ trợ tạo việc làm cho người nghèo, phát triển sản xuất, làm kinh tế giỏi, vươn lên thoát nghèo.', clause: c('III.1.d') },
        { id: 'cn-3', text: 'Cá nhân tiêu biểu, xuất sắc trong thực hiện Phong trào thi đua, xét theo quy định của pháp luật về thi đua khen thưởng.', clause: c('IV.2.b') },
      ],
    },
  ],

  awardForms: [
    { ...AWARD_FORMS.huanChuongLaoDong, quote: '- Huân chương Lao động;', clause: `${c('IV.2.a')}; ${awardLawClause('nd91-2017', AWARD_FORMS.huanChuongLaoDong.id)}` },
    { ...AWARD_FORMS.bangKhenThuTuong, quote: '- Bằng khen của Thủ tướng Chính phủ;', clause: `${c('IV.2.a')}; ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenThuTuong.id)}` },
    { ...AWARD_FORMS.bangKhenChuTichTinh, quote: '- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;', clause: `${c('IV.2.a')}; ${awardLawClause('nd91-2017', AWARD_FORMS.bangKhenChuTichTinh.id)}` },
    { ...AWARD_FORMS.giayKhen, quote: '- Giấy khen.', clause: `${c('IV.2.a')}; ${awardLawClause('nd91-2017', AWARD_FORMS.giayKhen.id)}` },
  ],

  phases: [
    { id: 'hang-nam', kind: 'hang-nam', quote: '- Khen thưởng hằng năm: Căn cứ thành tích cụ thể các cơ quan, địa phương, đơn vị lựa chọn, xem xét tặng Giấy khen theo thẩm quyền cho các tập thể, cá nhân, hộ gia đình có nhiều thành tích trong thực hiện phong trào thi đua.', label: 'Khen thưởng hằng năm', labelEn: 'Yearly commendation', awardForms: ['giay-khen'],
      // The plan sets no date for yearly commendations; the window is the movement's own time.
      filed: { from: '2022-08-24', to: '2025-12-31', derived: 'Kế hoạch ban hành ngày 24/8/2022; “Phong trào thi đua được triển khai thực hiện từ năm 2022 đến năm 2025”', clause: c('V (đoạn mở đầu); Quyết định 1479/QĐ-UBND ngày 24/8/2022') },
      covers: { from: 2022, to: 2025 },
      clause: c('IV.2.c') },
    { id: 'so-ket-2023', kind: 'so-ket', year: 2023, quote: '- Khen thưởng sơ kết Phong trào thi đua vào năm 2023 + Huyện, thành phố lựa chọn các tập thể, cá nhân, hộ gia đình điển hình tiên tiến trong tham gia phong trào thi đua, có mô hình giảm nghèo hay và hiệu quả đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen: Các thành phố chọn không quá 02 trường hợp/địa phương; các huyện chọn không quá 03 trường hợp/địa phương, riêng huyện Đam Rông chọn không quá 04 trường hợp.', label: 'Khen thưởng sơ kết Phong trào thi đua năm 2023', labelEn: '2023 mid-term review commendation', awardForms: [BK_TINH, 'giay-khen'],
      filed: { from: '2023-01-01', to: '2023-12-31', derived: '“Khen thưởng sơ kết Phong trào thi đua vào năm 2023”; “Năm 2023: … chủ động tiến hành sơ kết khen thưởng”', clause: c('IV.2.c, V.3') },
      covers: { from: 2022, to: 2023 },
      clause: c('IV.2.c, V.3') },
    { id: 'tong-ket-2025', kind: 'tong-ket', year: 2025, quote: '- Khen thưởng tổng kết Phong trào thi đua vào năm 2025 + Mỗi sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh căn cứ chức năng, nhiệm vụ, mức độ tham gia Phong trào thi đua và thành tích đạt được lựa chọn 01 tập thể, 01 đến 02 cá nhân có thành tích xuất sắc trong Phong trào thi đua để đề nghị khen thưởng. Riêng Sở Lao động Thương binh và Xã hội lựa chọn 02 tập thể, 03 cá nhân để đề nghị khen thưởng.', label: 'Khen thưởng tổng kết Phong trào thi đua năm 2025', labelEn: '2025 final review commendation', awardForms: ['huan-chuong-lao-dong', 'bang-khen-thu-tuong', BK_TINH, 'giay-khen'],
      filed: { from: '2025-01-01', to: '2025-12-31', derived: '“Khen thưởng tổng kết Phong trào thi đua vào năm 2025”; “Năm 2025: Ủy ban nhân dân tỉnh tiến hành tổng kết Phong trào thi đua”', clause: c('IV.2.c, V.4') },
      covers: { from: 2022, to: 2025 },
      clause: c('IV.2.c (“Khen thưởng cấp Nhà nước: thực hiện khi có hướng dẫn của Ban Thi đua - Khen thưởng Trung ương”), V.4 (“tổng kết Phong trào thi đua theo hướng dẫn của Trung ương”)') },
  ],

  unitTypes: [
    { id: 'so-ban-nganh', level: 'so-nganh', label: 'Sở, ban, ngành cấp tỉnh', labelEn: 'Provincial department or agency' },
    { id: 'mttq-doan-the', level: 'doan-the-tinh', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, tổ chức chính trị - xã hội cấp tỉnh', labelEn: 'Provincial Fatherland Front or socio-political organisation' },
    { id: 'thanh-pho', level: 'huyen', label: 'Thành phố', labelEn: 'Provincial city' },
    { id: 'huyen', level: 'huyen', label: 'Huyện', labelEn: 'District' },
    { id: 'xa', level: 'xa', label: 'Xã, phường, thị trấn', labelEn: 'Commune, ward or town' },
    { id: 'doanh-nghiep-htx', level: 'doanh-nghiep', label: 'Doanh nghiệp, hợp tác xã', labelEn: 'Enterprise or co-operative' },
    { id: 'co-quan-don-vi-khac', level: 'so-nganh', label: 'Cơ quan, đơn vị khác có liên quan', labelEn: 'Other body concerned' },
    // The province's own report upwards (reporting.upward).
    { id: 'ubnd-tinh', level: 'tinh', label: 'Ủy ban nhân dân tỉnh', labelEn: 'Provincial People’s Committee' },
    // Real documents: VI.3 “Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp chỉ đạo, phát động …”.
    { id: 'mttq-doan-the-huyen', level: 'huyen', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam, tổ chức chính trị - xã hội cấp huyện', labelEn: 'District Fatherland Front or socio-political organisation' },
  ],
  units: [
    { id: 'so-ldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', type: 'so-ban-nganh', aliases: ['Sở Lao động Thương binh và Xã hội', 'Sở LĐTBXH'] },
    { id: 'dam-rong', name: 'Huyện Đam Rông', type: 'huyen', aliases: ['Ủy ban nhân dân huyện Đam Rông', 'UBND huyện Đam Rông', 'Đam Rông'] },
  ],

  quotas: [
    { id: 'so-ket-2023-thanh-pho', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unitType: 'thanh-pho' }, total: { max: 2 }, quote: '+ Huyện, thành phố lựa chọn các tập thể, cá nhân, hộ gia đình điển hình tiên tiến trong tham gia phong trào thi đua, có mô hình giảm nghèo hay và hiệu quả đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen: Các thành phố chọn không quá 02 trường hợp/địa phương; các huyện chọn không quá 03 trường hợp/địa phương, riêng huyện Đam Rông chọn không quá 04 trường hợp.', clause: c('IV.2.c, khen thưởng sơ kết năm 2023') },
    { id: 'so-ket-2023-huyen', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unitType: 'huyen' }, total: { max: 3 }, quote: '+ Huyện, thành phố lựa chọn các tập thể, cá nhân, hộ gia đình điển hình tiên tiến trong tham gia phong trào thi đua, có mô hình giảm nghèo hay và hiệu quả đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen: Các thành phố chọn không quá 02 trường hợp/địa phương; các huyện chọn không quá 03 trường hợp/địa phương, riêng huyện Đam Rông chọn không quá 04 trường hợp.', clause: c('IV.2.c, khen thưởng sơ kết năm 2023') },
    { id: 'so-ket-2023-dam-rong', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unit: 'dam-rong' }, total: { max: 4 }, quote: '+ Huyện, thành phố lựa chọn các tập thể, cá nhân, hộ gia đình điển hình tiên tiến trong tham gia phong trào thi đua, có mô hình giảm nghèo hay và hiệu quả đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen: Các thành phố chọn không quá 02 trường hợp/địa phương; các huyện chọn không quá 03 trường hợp/địa phương, riêng huyện Đam Rông chọn không quá 04 trường hợp.', clause: c('IV.2.c, khen thưởng sơ kết năm 2023') },
    { id: 'so-ket-2023-so-ldtbxh', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unit: 'so-ldtbxh' }, byNomineeType: { collective: { min: 3, max: 5 }, individual: { min: 4, max: 6 }, household: { max: 0 } }, quote: '+ Sở Lao động - Thương binh và Xã hội theo dõi phong trào thi đua chủ trì, phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng) xem xét, lựa chọn từ 03 đến 05 tập thể, 04 đến 06 cá nhân có nhiều đóng góp thuộc các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các doanh nghiệp để đề xuất Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.', clause: c('IV.2.c, khen thưởng sơ kết năm 2023') },
    // In 2023 the provincial bodies' candidates reach the Chairman only through Sở LĐTBXH's selection.
    { id: 'so-ket-2023-so-nganh', quote: '+ Sở Lao động - Thương binh và Xã hội theo dõi phong trào thi đua chủ trì, phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng) xem xét, lựa chọn từ 03 đến 05 tập thể, 04 đến 06 cá nhân có nhiều đóng góp thuộc các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các doanh nghiệp để đề xuất Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unitType: 'so-ban-nganh' }, total: { max: 0 }, clause: c('IV.2.c, khen thưởng sơ kết năm 2023: Sở Lao động - Thương binh và Xã hội xem xét, lựa chọn và đề xuất') },
    { id: 'so-ket-2023-mttq', quote: '+ Sở Lao động - Thương binh và Xã hội theo dõi phong trào thi đua chủ trì, phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng) xem xét, lựa chọn từ 03 đến 05 tập thể, 04 đến 06 cá nhân có nhiều đóng góp thuộc các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các doanh nghiệp để đề xuất Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unitType: 'mttq-doan-the' }, total: { max: 0 }, clause: c('IV.2.c, khen thưởng sơ kết năm 2023: Sở Lao động - Thương binh và Xã hội xem xét, lựa chọn và đề xuất') },
    { id: 'so-ket-2023-khac', quote: '+ Sở Lao động - Thương binh và Xã hội theo dõi phong trào thi đua chủ trì, phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng) xem xét, lựa chọn từ 03 đến 05 tập thể, 04 đến 06 cá nhân có nhiều đóng góp thuộc các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các doanh nghiệp để đề xuất Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.', phase: 'so-ket-2023', awardForms: [BK_TINH], appliesTo: { unitType: 'co-quan-don-vi-khac' }, total: { max: 0 }, clause: c('IV.2.c, khen thưởng sơ kết năm 2023: Sở Lao động - Thương binh và Xã hội xem xét, lựa chọn và đề xuất') },
    { id: 'tong-ket-2025-so-nganh', quote: 'Mỗi sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh căn cứ chức năng, nhiệm vụ, mức độ tham gia Phong trào thi đua và thành tích đạt được lựa chọn 01 tập thể, 01 đến 02 cá nhân có thành tích xuất sắc trong Phong trào thi đua để đề nghị khen thưởng.', phase: 'tong-ket-2025', awardForms: TONG_KET_AWARDS, appliesTo: { unitType: 'so-ban-nganh' }, byNomineeType: { collective: { min: 1, max: 1 }, individual: { min: 1, max: 2 }, household: { max: 0 } }, clause: c('IV.2.c, khen thưởng tổng kết năm 2025') },
    { id: 'tong-ket-2025-mttq', quote: 'Mỗi sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh căn cứ chức năng, nhiệm vụ, mức độ tham gia Phong trào thi đua và thành tích đạt được lựa chọn 01 tập thể, 01 đến 02 cá nhân có thành tích xuất sắc trong Phong trào thi đua để đề nghị khen thưởng.', phase: 'tong-ket-2025', awardForms: TONG_KET_AWARDS, appliesTo: { unitType: 'mttq-doan-the' }, byNomineeType: { collective: { min: 1, max: 1 }, individual: { min: 1, max: 2 }, household: { max: 0 } }, clause: c('IV.2.c, khen thưởng tổng kết năm 2025') },
    { id: 'tong-ket-2025-so-ldtbxh', quote: 'Riêng Sở Lao động Thương binh và Xã hội lựa chọn 02 tập thể, 03 cá nhân để đề nghị khen thưởng.', phase: 'tong-ket-2025', awardForms: TONG_KET_AWARDS, appliesTo: { unit: 'so-ldtbxh' }, byNomineeType: { collective: { min: 2, max: 2 }, individual: { min: 3, max: 3 }, household: { max: 0 } }, clause: c('IV.2.c, khen thưởng tổng kết năm 2025') },
    { id: 'tong-ket-2025-thanh-pho', phase: 'tong-ket-2025', awardForms: TONG_KET_AWARDS, appliesTo: { unitType: 'thanh-pho' }, total: { max: 3 }, quote: '+ Các thành phố chọn không quá 03 trường hợp/địa phương; các huyện chọn không quá 04 trường hợp/ địa phương, riêng huyện Đam Rông chọn không quá 05 trường hợp (tập thể, cá nhân, hộ gia đình).', clause: c('IV.2.c, khen thưởng tổng kết năm 2025') },
    { id: 'tong-ket-2025-huyen', phase: 'tong-ket-2025', awardForms: TONG_KET_AWARDS, appliesTo: { unitType: 'huyen' }, total: { max: 4 }, quote: '+ Các thành phố chọn không quá 03 trường hợp/địa phương; các huyện chọn không quá 04 trường hợp/ địa phương, riêng huyện Đam Rông chọn không quá 05 trường hợp (tập thể, cá nhân, hộ gia đình).', clause: c('IV.2.c, khen thưởng tổng kết năm 2025') },
    { id: 'tong-ket-2025-dam-rong', phase: 'tong-ket-2025', awardForms: TONG_KET_AWARDS, appliesTo: { unit: 'dam-rong' }, total: { max: 5 }, quote: '+ Các thành phố chọn không quá 03 trường hợp/địa phương; các huyện chọn không quá 04 trường hợp/ địa phương, riêng huyện Đam Rông chọn không quá 05 trường hợp (tập thể, cá nhân, hộ gia đình).', clause: c('IV.2.c, khen thưởng tổng kết năm 2025') },
  ],

  thresholds: [
    {
      id: 'xa-dbkk-giam-ngheo', label: 'Xã đặc biệt khó khăn: giảm nghèo', labelEn: 'Extremely disadvantaged commune: poverty reduction',
      appliesTo: { group: 'cap-xa', categories: ['xa-dac-biet-kho-khan'] },
      anyOf: [
        { kind: 'annual-decrease', indicator: 'tyLeNgheoDaChieu', minPerYear: 1.5, consecutiveYears: 3, text: 'giảm tỷ lệ nghèo đa chiều từ 1,5%/năm trở lên, trong 3 năm liên tục trước khi trình khen thưởng' },
        { kind: 'reduction-vs-baseline', indicator: 'quyMoHoNgheoCanNgheo', moreThanPercent: 50, baselineYear: 2021, reading: DAU_KY, byYear: 2025, text: 'quy mô hộ nghèo và hộ cận nghèo đa chiều đến năm 2025 giảm trên 50% so với đầu kỳ' },
      ],
      clause: c('IV.1.c, gạch đầu dòng thứ nhất'),
    },
    {
      id: 'xa-khu-vuc-giam-ngheo', label: 'Xã khu vực III, II, I vùng đồng bào dân tộc thiểu số và miền núi: giảm nghèo', labelEn: 'Area III/II/I commune: poverty reduction',
      appliesTo: { group: 'cap-xa', categories: ['xa-khu-vuc-dtts'] },
      anyOf: [
        { kind: 'reduction-vs-baseline', indicator: 'quyMoHoNgheoCanNgheo', moreThanPercent: 50, baselineYear: 2021, reading: DAU_KY, byYear: 2025, text: 'đến năm 2025 quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ' },
      ],
      clause: c('IV.1.c, gạch đầu dòng thứ hai'),
    },
    {
      id: 'thon-giam-ngheo', label: 'Thôn, buôn, tổ dân phố: giảm nghèo', labelEn: 'Village: poverty reduction',
      appliesTo: { group: 'thon-buon-to-dan-pho' },
      anyOf: [
        { kind: 'reduction-vs-baseline', indicator: 'quyMoHoNgheoCanNgheo', moreThanPercent: 50, baselineYear: 2021, reading: DAU_KY, byYear: 2025, text: 'đến năm 2025, quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ' },
      ],
      clause: c('IV.1.d, gạch đầu dòng thứ ba'),
    },
  ],

  deadlines: [
    { id: 'bao-cao-hang-nam', quote: '6. Trước ngày 15 tháng 11 hằng năm, các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội, Ủy ban nhân dân các huyện, thành phố, các cơ quan, đơn vị có liên quan báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Lao động Thương binh và Xã hội để tổng hợp, báo cáo Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và báo cáo Bộ Lao động Thương binh và Xã hội, đồng thời gửi Sở Nội vụ (Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ban Thi đua - Khen thưởng Trung ương.', kind: 'report', label: 'Báo cáo tình hình tổ chức thực hiện Phong trào thi đua hằng năm', labelEn: 'Yearly implementation report', appliesTo: { reportPeriod: 'hang-nam' }, due: { every: 'year', month: 11, day: 15 }, before: true, to: 'Sở Lao động - Thương binh và Xã hội; đồng thời gửi Sở Nội vụ (Ban Thi đua - Khen thưởng)', clause: c('VI.6') },
  ],

  milestones: [
    { id: 'nam-2022', year: 2022, text: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch; các cơ quan, đơn vị, địa phương triển khai tổ chức thực hiện Phong trào thi đua.', textEn: 'The province issues the plan; bodies and localities start the movement.', clause: c('V.1') },
    { id: 'nam-2023', year: 2023, text: 'Các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh, Ủy ban nhân dân các huyện, thành phố chủ động sơ kết, khen thưởng; Ủy ban nhân dân tỉnh sơ kết đánh giá kết quả Phong trào thi đua.', textEn: 'Mid-term reviews and commendations; the province reviews the movement.', clause: c('V.3') },
    { id: 'nam-2025', year: 2025, text: 'Ủy ban nhân dân tỉnh tổng kết Phong trào thi đua theo hướng dẫn của Trung ương.', textEn: 'The province holds the final review as the central guidance says.', clause: c('V.4') },
    { id: 'dam-rong-2025', year: 2025, text: 'Riêng đối với huyện Đam Rông đến năm 2025 đạt chuẩn huyện nông thôn mới và thoát nghèo bền vững.', textEn: 'Đam Rông district alone: meet the new-rural-district standard and leave poverty sustainably by 2025.', clause: `${c('II.1')}; chú thích 3 (Nghị quyết số 07-NQ/TU ngày 12/11/2021 của Tỉnh ủy)` },
  ],

  reporting: {
    unitTypes: ['so-ban-nganh', 'mttq-doan-the', 'thanh-pho', 'huyen', 'co-quan-don-vi-khac', 'mttq-doan-the-huyen'],
    periods: [
      { id: 'hang-nam', kind: 'annual', label: 'Báo cáo hằng năm', labelEn: 'Yearly report', years: { from: 2022, to: 2025 }, clause: c('V (“từ năm 2022 đến năm 2025”), VI.6') },
      { id: 'so-ket-2023', kind: 'phase', phase: 'so-ket-2023', label: 'Báo cáo sơ kết năm 2023', labelEn: '2023 mid-term review report', years: { from: 2023, to: 2023 }, span: { from: 2022, to: 2023 },
        filed: { from: '2023-01-01', to: '2023-12-31', derived: '“Năm 2023: … chủ động tiến hành sơ kết”', clause: c('V.3') }, clause: c('V.3') },
      { id: 'tong-ket-2025', kind: 'phase', phase: 'tong-ket-2025', label: 'Báo cáo tổng kết năm 2025', labelEn: '2025 final review report', years: { from: 2025, to: 2025 }, span: { from: 2022, to: 2025 },
        filed: { from: '2025-01-01', to: '2025-12-31', derived: '“Năm 2025: Ủy ban nhân dân tỉnh tiến hành tổng kết Phong trào thi đua”', clause: c('V.4') }, clause: c('V.4') },
    ],
    to: 'Sở Lao động - Thương binh và Xã hội',
    recipients: [SO_LDTBXH, SO_NOI_VU],
    quote: '6. Trước ngày 15 tháng 11 hằng năm, các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội, Ủy ban nhân dân các huyện, thành phố, các cơ quan, đơn vị có liên quan báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Lao động Thương binh và Xã hội để tổng hợp, báo cáo Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và báo cáo Bộ Lao động Thương binh và Xã hội, đồng thời gửi Sở Nội vụ (Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ban Thi đua - Khen thưởng Trung ương.',
    clause: c('VI.6'),
    // The province's own reports upwards.
    upward: [
      {
        unitTypes: ['ubnd-tinh'],
        recipients: [BAN_TDKT_TW],
        quote: 'tham mưu Ủy ban nhân dân tỉnh báo cáo Ban Thi đua - Khen thưởng Trung ương theo quy định.',
        clause: c('VI.2'),
      },
      {
        unitTypes: ['so-ban-nganh'],
        recipients: [
          { name: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh', aliases: ['Ban Chỉ đạo các CTMTQG tỉnh', 'BCĐ các CTMTQG tỉnh'] },
          BO_LDTBXH,
          BAN_TDKT_TW,
        ],
        quote: 'về Sở Lao động Thương binh và Xã hội để tổng hợp, báo cáo Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và báo cáo Bộ Lao động Thương binh và Xã hội, đồng thời gửi Sở Nội vụ (Ban Thi đua - Khen thưởng) để tổng hợp báo cáo Ban Thi đua - Khen thưởng Trung ương.',
        clause: c('VI.6'),
      },
    ],
  },

  dossier: {
    intake: { agency: 'Sở Lao động - Thương binh và Xã hội', quote: 'e) Hồ sơ đề nghị khen thưởng: Thực hiện chức năng, nhiệm vụ và quy định của pháp luật về công tác thi đua, khen thưởng, Sở Lao động Thương binh và Xã hội là đầu mối chủ trì, tiếp nhận, tổng hợp hồ sơ đề nghị khen thưởng theo chuyên đề này; phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) và các cơ quan, địa phương, đơn vị có liên quan thẩm định đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét khen thưởng hoặc đề nghị khen thưởng cấp Nhà nước.', clause: c('IV.2.e') },
    submitterUnitTypes: ['so-ban-nganh', 'mttq-doan-the', 'thanh-pho', 'huyen', 'co-quan-don-vi-khac'],
    routes: nationalRoutes({
      to: [SO_LDTBXH, UBND_TINH],
      clause: c('IV.2.e'),
      ownAwardClause: c('IV.2.c, khen thưởng hằng năm'),
      text: 'Sở Lao động Thương binh và Xã hội “là đầu mối chủ trì, tiếp nhận, tổng hợp hồ sơ đề nghị khen thưởng theo chuyên đề này”: hồ sơ gửi Sở, hoặc kính gửi Chủ tịch Ủy ban nhân dân tỉnh là người quyết định; Sở Nội vụ chỉ phối hợp thẩm định, nên hồ sơ chỉ gửi Sở Nội vụ là sai tuyến',
      textEn: 'Sở LĐTBXH “receives and collects the dossiers of this campaign”: a dossier goes to it, or is addressed to the provincial chairman who decides; Sở Nội vụ only appraises with it, so a dossier sent to Sở Nội vụ alone is misrouted',
    }),
    confirmationBlocks: CONFIRMATION_BLOCKS,
  },

  readings: [
    {
      text: 'Khen thưởng cấp Nhà nước: thực hiện khi có hướng dẫn của Ban Thi đua - Khen thưởng Trung ương.',
      clause: c('IV.2.c'),
      reading: 'Huân chương Lao động và Bằng khen của Thủ tướng Chính phủ chỉ được đề nghị trong đợt tổng kết năm 2025, đợt Kế hoạch gắn với hướng dẫn của Trung ương (mục V.4); hằng năm và sơ kết 2023 không có khen thưởng cấp Nhà nước. Có hướng dẫn hay chưa là việc cơ quan thẩm định xác nhận, hồ sơ không tự chứng minh được.',
      readingEn: 'The Labour Order and the Prime Minister’s Certificate may be proposed only in the 2025 final review, the round the plan ties to central guidance (V.4); the yearly round and the 2023 mid-term review have no state-level awards. Whether the guidance has been issued is for the reviewing body to confirm; a dossier cannot prove it.',
    },
    {
      text: 'Mỗi sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh căn cứ chức năng, nhiệm vụ, mức độ tham gia Phong trào thi đua và thành tích đạt được lựa chọn 01 tập thể, 01 đến 02 cá nhân có thành tích xuất sắc trong Phong trào thi đua để đề nghị khen thưởng. Riêng Sở Lao động Thương binh và Xã hội lựa chọn 02 tập thể, 03 cá nhân để đề nghị khen thưởng.',
      clause: c('IV.2.c, khen thưởng tổng kết năm 2025'),
      reading: 'Số lượng là số phải chọn, không chỉ là mức trần: mỗi sở, ban, ngành, đoàn thể tỉnh gửi một hồ sơ tổng kết gồm đúng 01 tập thể và 01 hoặc 02 cá nhân; Sở Lao động - Thương binh và Xã hội đúng 02 tập thể và 03 cá nhân. Hồ sơ thiếu là lỗi quota-min, thừa là lỗi quota-max.',
      readingEn: 'The numbers are what each body selects, not just ceilings: each provincial body files one final-review dossier with exactly one collective and one or two individuals; the labour department exactly two collectives and three individuals. Fewer is quota-min, more is quota-max.',
    },
    {
      text: 'Kinh phí tổ chức phong trào thi đua và khen thưởng: Thực hiện theo quy định hiện hành; khoản 7 Mục V của Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ và hướng dẫn của Bộ Lao động - Thương binh và Xã hội, Ban Thi đua - Khen thưởng Trung ương.',
      clause: c('IV.2.d'),
      reading: 'Kinh phí không phải điều kiện của hồ sơ hay báo cáo; không có quy tắc kiểm tra, điều khoản được ghi lại để người thẩm định đối chiếu.',
      readingEn: 'Funding is no condition of a dossier or a report; no rule checks it, the clause is recorded for the reviewer.',
    },
    {
      text: '… riêng đối với huyện Đam Rông đến năm 2025 đạt chuẩn huyện nông thôn mới và thoát nghèo bền vững, góp phần vào việc phấn đấu đến năm 2025 Lâm Đồng đã được công nhận tỉnh nông thôn mới và là địa phương phát triển khá của cả nước.',
      clause: c('II.1'),
      reading: 'Mục tiêu riêng của huyện Đam Rông là mốc năm 2025 (dam-rong-2025), không phải chỉ tiêu bằng số; báo cáo của huyện trình bày kết quả ở mục III.2, không có cảnh báo tự động.',
      readingEn: 'Đam Rông’s own goal is a 2025 milestone (dam-rong-2025), not a numeric target; the district reports on it under III.2 and no warning is raised automatically.',
    },
    // Quotes of the rule table: rows derived from a sentence rather than stated by one
    {
      text: 'Sở Lao động - Thương binh và Xã hội theo dõi phong trào thi đua chủ trì, phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng) xem xét, lựa chọn từ 03 đến 05 tập thể, 04 đến 06 cá nhân có nhiều đóng góp thuộc các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các doanh nghiệp để đề xuất Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.',
      clause: c('IV.2.c, khen thưởng sơ kết năm 2023'),
      reading: 'Ở đợt sơ kết năm 2023, các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội và cơ quan, đơn vị khác không tự trình Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Sở Lao động - Thương binh và Xã hội lựa chọn và đề xuất thay họ, nên số lượng họ được tự trình là 0 (so-ket-2023-so-nganh, so-ket-2023-mttq, so-ket-2023-khac).',
      readingEn: 'In the 2023 mid-term review, provincial departments, the Fatherland Front, socio-political organisations and other bodies do not file the provincial chairman’s Certificate themselves: the labour department selects and proposes on their behalf, so their own quota is 0 (so-ket-2023-so-nganh, so-ket-2023-mttq, so-ket-2023-khac).',
    },
    // The province's own reports upwards.
    {
      text: '4. Năm 2025: Ủy ban nhân dân tỉnh tiến hành tổng kết Phong trào thi đua theo hướng dẫn của Trung ương.',
      clause: c('V.4; VI.2'),
      reading: 'Báo cáo của chính Ủy ban nhân dân tỉnh (sơ kết 2023, tổng kết 2025, hằng năm) là báo cáo hợp lệ của Kế hoạch, gửi Ban Thi đua - Khen thưởng Trung ương như mục VI.2 ghi (“tham mưu Ủy ban nhân dân tỉnh báo cáo Ban Thi đua - Khen thưởng Trung ương”); báo cáo tổng hợp của Sở Lao động - Thương binh và Xã hội, Sở Nội vụ gửi Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, Bộ Lao động - Thương binh và Xã hội, Ban Thi đua - Khen thưởng Trung ương (mục VI.6). Gửi nơi khác chỉ bị cảnh báo.',
      readingEn: 'The Provincial People’s Committee’s own report (2023 review, 2025 final review, yearly) is a valid report of the plan, addressed to the Central Emulation and Commendation Board as VI.2 says; the labour and home-affairs departments’ compiled reports go to the provincial steering board of the national target programmes, the Ministry of Labour, Invalids and Social Affairs and the Central Board (VI.6). Another addressee gets a warning only.',
    },
    // Who an individual nominee may be
    {
      text: 'b) Tiêu chuẩn khen thưởng: Căn cứ thành tích trong thực hiện phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025, việc xét khen thưởng cho các tập thể, gia đình và cá nhân tiêu biểu, xuất sắc được thực hiện theo quy định của pháp luật về thi đua khen thưởng.',
      clause: c('IV.2.b'),
      reading: 'Tiêu chí mục IV.1.g chỉ dành cho cán bộ, công chức, viên chức, người làm công tác giảm nghèo; nhưng mục IV.2.b khen “cá nhân tiêu biểu, xuất sắc” nói chung và mục III.1.a, III.1.d kêu gọi cá nhân, thôn, buôn, cộng đồng giúp người nghèo. Công dân, già làng, trưởng thôn/bản, người có uy tín được đề nghị trong nhóm “Cá nhân tiêu biểu, xuất sắc” với tiêu chí lấy từ các câu đó; nhóm IV.1.g chỉ nhận người có đối tượng “Cán bộ, công chức, viên chức” hoặc “Người lao động” (lỗi standing-not-in-group).',
      readingEn: 'Criteria IV.1.g are for officials and poverty-reduction workers only; but IV.2.b commends "outstanding individuals" in general and III.1.a, III.1.d call on individuals, villages and communities to help the poor. Citizens, village elders and heads and respected persons are nominated in the group "Outstanding individuals" with criteria taken from those sentences; group IV.1.g takes only the standings "official" and "employee" (error standing-not-in-group).',
    },
    // Real documents: the district Front as a reporter.
    {
      text: '3. Các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp chỉ đạo, phát động, tuyên truyền, vận động công chức, viên chức, hội viên, đoàn viên tích cực tham gia Phong trào thi đua; … 6. Trước ngày 15 tháng 11 hằng năm, các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội, Ủy ban nhân dân các huyện, thành phố, các cơ quan, đơn vị có liên quan báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Lao động Thương binh và Xã hội',
      clause: c('VI.3, VI.6'),
      reading: 'Mục VI.3 giao Mặt trận và các tổ chức chính trị - xã hội “các cấp” phát động Phong trào; mục VI.6 không nêu riêng Mặt trận cấp huyện nhưng có “các cơ quan, đơn vị có liên quan”. Ủy ban Mặt trận Tổ quốc Việt Nam, tổ chức chính trị - xã hội cấp huyện được nhận là đơn vị gửi báo cáo (loại “mttq-doan-the-huyen”); kế hoạch không giao họ trình hồ sơ khen thưởng lên tỉnh, nên họ không là đơn vị trình hồ sơ.',
      readingEn: 'VI.3 has the Front and socio-political organisations “at every level” run the movement; VI.6 does not name the district Front but includes “other bodies concerned”. The district Front or socio-political organisation is accepted as a reporter (unit type “mttq-doan-the-huyen”); the plan gives it no role in submitting award dossiers to the province, so it is not a submitter.',
    },
  ],
} satisfies PlanDefinition;
