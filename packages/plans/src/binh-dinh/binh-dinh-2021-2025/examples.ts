// Complete, valid, realistic submissions for binh-dinh-2021-2025. Names of people and
// figures are illustrative; unit names are those of Bình Định before the 2025 reorganisation.

import type { NominationSubmission, PlanExample, ReportSubmission } from '@thidua/core';

const PLAN = 'binh-dinh-2021-2025';
const VERSION = '1.0.0';

/** Yearly report 2023 of a district (huyện Hoài Ân), filed before 15/11/2023. */
export const reportHoaiAn = {
  planId: PLAN,
  kind: 'report',
  schemaVersion: VERSION,
  header: {
    parentAgency: 'UBND TỈNH BÌNH ĐỊNH',
    agency: 'Ủy ban nhân dân huyện Hoài Ân',
    unitType: 'huyen',
    number: '245/BC-UBND',
    place: 'Hoài Ân',
    date: '2023-11-08',
  },
  period: { type: 'hang-nam', year: 2023 },
  to: [
    'Sở Nội vụ tỉnh Bình Định (qua Ban Thi đua - Khen thưởng)',
    'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định',
  ],
  sections: {
    congTacTrienKhai: {
      text: 'Thực hiện Kế hoạch của UBND tỉnh, UBND huyện đã ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn huyện và chỉ đạo 15 xã, thị trấn xây dựng kế hoạch triển khai.',
    },
    lanhDaoChiDao: {
      text: 'Ban Thường vụ Huyện ủy ban hành Chương trình hành động về giảm nghèo bền vững; UBND huyện ban hành kế hoạch, hướng dẫn tiêu chí thi đua cụ thể cho từng nhóm đối tượng; 15/15 xã, thị trấn tổ chức phát động Phong trào thi đua gắn với Tháng cao điểm “Vì người nghèo”.',
    },
    tuyenTruyen: {
      text: 'Trung tâm Văn hóa, Thông tin và Thể thao huyện phát sóng 48 tin, bài về giảm nghèo; Đài truyền thanh các xã duy trì chuyên mục hằng tuần; giới thiệu 06 mô hình nuôi bò sinh sản, trồng keo liên kết có hộ nghèo tham gia.',
    },
    kiemTraGiamSat: {
      text: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện tổ chức 02 đợt kiểm tra, giám sát tại 08 xã; qua kiểm tra đã chấn chỉnh việc rà soát hộ nghèo, hộ cận nghèo và tiến độ giải ngân vốn hỗ trợ phát triển sản xuất.',
    },
    ketQuaThucHien: {
      text: 'Phong trào thi đua được các cấp, các ngành và nhân dân trong huyện hưởng ứng tích cực, góp phần hoàn thành vượt chỉ tiêu giảm nghèo năm 2023.',
    },
    ketQuaNoiDung: {},
    chinhSachGiaiPhap: {
      text: 'UBND huyện ban hành Đề án hỗ trợ sinh kế cho hộ nghèo đồng bào dân tộc thiểu số các xã Đak Mang, Bok Tới, Ân Sơn; lồng ghép vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững với Chương trình xây dựng nông thôn mới.',
    },
    nhaTinhNghiaCumKhoi: {
      text: 'Cụm thi đua các huyện miền núi vận động cán bộ, công chức, viên chức và nhà hảo tâm hỗ trợ xây dựng 02 nhà tình nghĩa cho hộ nghèo tại xã Đak Mang và xã Ân Hữu.',
      indicators: { nhaTinhNghia: 2 },
    },
    giaiPhapDiaPhuong: {
      text: 'Huy động từ ngân sách địa phương, doanh nghiệp và cộng đồng để hỗ trợ con giống, cây giống, sửa chữa nhà ở; nhân rộng mô hình nuôi bò sinh sản luân chuyển và trồng keo liên kết với Hợp tác xã Nông nghiệp Ân Tường Tây.',
      indicators: { kinhPhiHuyDong: 18650, soMoHinhGiamNgheo: 6 },
    },
    matTranDoanThe: {
      text: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể vận động ủng hộ Quỹ “Vì người nghèo”, hỗ trợ 27 hộ nghèo sửa chữa nhà ở và trao 150 suất quà nhân Tháng cao điểm “Vì người nghèo”.',
      indicators: { quyViNguoiNgheo: 1240 },
    },
    congDongHoGiaDinh: {
      text: 'Các thôn, khu phố tổ chức bình xét công khai, dân chủ; 312 hộ tự nguyện đăng ký thoát nghèo, trong đó 286 hộ đã thoát nghèo trong năm.',
      indicators: { soHoThoatNgheo: 286 },
    },
    canBoDoanhNghiep: {
      text: 'Mỗi cơ quan, đơn vị cấp huyện nhận giúp đỡ ít nhất 01 hộ nghèo; 05 doanh nghiệp và hợp tác xã thu mua nông sản, tuyển dụng 64 lao động thuộc hộ nghèo, hộ cận nghèo.',
    },
    ketQuaMucTieu: {
      text: 'Tỷ lệ hộ nghèo đa chiều giảm từ 12,61% cuối năm 2022 xuống còn 10,57% cuối năm 2023 (giảm 2,04%), tỷ lệ nghèo trong đồng bào dân tộc thiểu số giảm 4,10%; vượt chỉ tiêu Kế hoạch.',
      indicators: {
        tyLeNgheoDaChieu: [
          { year: 2021, value: 14.52 },
          { year: 2022, value: 12.61 },
          { year: 2023, value: 10.57 },
        ],
        mucGiamTyLeNgheoDaChieu: 2.04,
        mucGiamTyLeNgheoDtts: 4.1,
        hoNgheoCanNgheo: [
          { year: 2021, value: 5120 },
          { year: 2022, value: 4480 },
          { year: 2023, value: 3850 },
        ],
        soHuyenNgheo: 0,
      },
    },
    ketQuaTieuChi: {
      text: 'Huyện đạt các tiêu chí tại mục III.1.1.2 của Kế hoạch: bố trí ngân sách ưu tiên cho các xã miền núi, quản lý tốt cơ sở dữ liệu hộ nghèo, hộ cận nghèo trên phần mềm, thực hiện đúng chế độ báo cáo.',
    },
    congTacKhenThuong: {},
    ketQuaKhenThuong: {
      text: 'Chủ tịch UBND huyện tặng Giấy khen cho 08 tập thể, 12 cá nhân và 05 hộ gia đình có thành tích tiêu biểu trong Phong trào thi đua năm 2023.',
      indicators: { soTapTheDuocKhenThuong: 8, soCaNhanDuocKhenThuong: 12, soHoGiaDinhDuocKhenThuong: 5 },
    },
    deNghiKhenThuong: {
      text: 'Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể, 01 cá nhân và 01 hộ gia đình (có Tờ trình riêng).',
    },
    danhGiaChung: {},
    uuDiem: {
      text: 'Phong trào được triển khai đồng bộ từ huyện đến thôn; nhiều mô hình sinh kế phù hợp với đồng bào dân tộc thiểu số; công tác rà soát hộ nghèo chặt chẽ.',
    },
    hanCheKhoKhan: {
      text: 'Nguồn lực xã hội hóa còn hạn chế; một bộ phận hộ nghèo còn tư tưởng trông chờ, ỷ lại; thiên tai cuối năm làm tăng nguy cơ tái nghèo ở các xã miền núi.',
    },
    baiHocKinhNghiem: {
      text: 'Phát huy vai trò người đứng đầu cấp ủy, chính quyền; gắn Phong trào thi đua với Chương trình xây dựng nông thôn mới; hỗ trợ có điều kiện, theo nhóm hộ.',
    },
    phuongHuong: {
      text: 'Năm 2024 tiếp tục triển khai các mô hình sinh kế bền vững, phấn đấu giảm tỷ lệ hộ nghèo đa chiều từ 1,5 - 2%, tỷ lệ nghèo trong đồng bào dân tộc thiểu số giảm trên 3%.',
    },
    deXuatKienNghi: {
      text: 'Đề nghị UBND tỉnh tăng mức hỗ trợ nhà ở cho hộ nghèo các xã Khu vực III và sớm hướng dẫn tiêu chí khen thưởng tổng kết năm 2025.',
    },
  },
  signer: {
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    title: 'PHÓ CHỦ TỊCH',
    fullName: 'Đinh Thị Thu Hà',
  },
  recipients: [
    'Như trên',
    'Thường trực Huyện ủy',
    'Thường trực HĐND huyện',
    'CT, các PCT UBND huyện',
    'Phòng Lao động - Thương binh và Xã hội huyện',
    'Lưu: VT',
  ],
} satisfies ReportSubmission;

/** Sơ kết 2023 dossier of huyện Hoài Ân proposing the provincial chairman's certificate of merit. */
export const nominationHoaiAn = {
  planId: PLAN,
  kind: 'nomination',
  schemaVersion: VERSION,
  phase: 'so-ket-2023',
  awardForm: 'bang-khen-chu-tich-ubnd-tinh',
  header: {
    parentAgency: 'UBND TỈNH BÌNH ĐỊNH',
    agency: 'Ủy ban nhân dân huyện Hoài Ân',
    unitType: 'huyen',
    number: '186/TTr-UBND',
    place: 'Hoài Ân',
    date: '2023-11-20',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Bình Định', 'Sở Nội vụ (Ban Thi đua - Khen thưởng)'],
    legalBases: [
      'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013',
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Kế hoạch của UBND tỉnh tổ chức thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Bình Định',
      'Biên bản họp Hội đồng Thi đua - Khen thưởng huyện Hoài Ân ngày 15 tháng 11 năm 2023',
    ],
    body: 'Qua sơ kết giữa kỳ Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2023, Hội đồng Thi đua - Khen thưởng huyện Hoài Ân đã xét duyệt, thông qua và đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể, 01 cá nhân và 01 hộ gia đình có thành tích tiêu biểu (có danh sách và báo cáo thành tích kèm theo).',
    signer: {
      authority: ['TM. ỦY BAN NHÂN DÂN'],
      title: 'CHỦ TỊCH',
      fullName: 'Lê Văn Hòa',
    },
    recipients: ['Như trên', 'Phòng Nội vụ huyện', 'Lưu: VT'],
  },
  nominees: [
    {
      id: 'n1',
      type: 'collective',
      group: 'cap-xa',
      category: 'xa-khu-vuc-iii',
      criteriaMet: ['tc-1-3-1', 'tc-1-3-2', 'tc-1-3-3', 'tc-1-3-4', 'tc-1-3-5'],
      name: 'Ủy ban nhân dân xã Đak Mang, huyện Hoài Ân',
      summary: 'Quy mô hộ nghèo và hộ cận nghèo đa chiều giảm từ 412 hộ (năm 2021) xuống còn 196 hộ (năm 2023), giảm 52,4% so với đầu kỳ.',
      votesAgree: 12,
      evidence: {
        hoNgheoCanNgheo: [
          { year: 2021, value: 412 },
          { year: 2022, value: 301 },
          { year: 2023, value: 196 },
        ],
      },
      pastAwards: {
        emulationTitles: [
          { year: 2022, title: 'Tập thể lao động tiên tiến', decision: { number: '512/QĐ-UBND', date: '2023-02-10', issuer: 'UBND huyện Hoài Ân' } },
        ],
        commendations: [],
      },
      confirmations: {
        capTrinh: { agency: 'Ủy ban nhân dân huyện Hoài Ân', title: 'CHỦ TỊCH', fullName: 'Lê Văn Hòa' },
        thuTruong: { agency: 'Ủy ban nhân dân xã Đak Mang', title: 'CHỦ TỊCH', fullName: 'Đinh Văn Tùng' },
      },
      reportPlace: 'Đak Mang',
      reportDate: '2023-11-06',
      profile: {
        superior: 'Ủy ban nhân dân huyện Hoài Ân',
        headquarters: 'Làng O3, xã Đak Mang, huyện Hoài Ân, tỉnh Bình Định',
        phone: '0256 3870 215',
        history: 'Xã Đak Mang được thành lập năm 1986, là xã miền núi Khu vực III, đồng bào Ba Na chiếm 93% dân số.',
        structure: 'Ủy ban nhân dân xã có Chủ tịch, 02 Phó Chủ tịch và 11 công chức chuyên môn; Đảng bộ xã có 78 đảng viên.',
        staffCount: 21,
        functions: 'Quản lý nhà nước trên địa bàn xã theo Luật Tổ chức chính quyền địa phương; trực tiếp tổ chức thực hiện chương trình giảm nghèo bền vững tại 05 làng.',
      },
      report: {
        results: 'Giai đoạn 2021 - 2023, xã giải ngân 100% vốn hỗ trợ phát triển sản xuất; 216 hộ thoát nghèo và cận nghèo; 100% hộ nghèo được cấp thẻ bảo hiểm y tế; xây mới 14 nhà ở cho hộ nghèo.',
        measures: 'Phân công cán bộ, đảng viên phụ trách từng nhóm hộ; hỗ trợ bò sinh sản luân chuyển, cây keo giống; liên kết tiêu thụ với Hợp tác xã Nông nghiệp Ân Tường Tây.',
        otherWork: 'Hoàn thành tiêu chí xã đạt chuẩn tiếp cận pháp luật năm 2023.',
      },
    },
    {
      id: 'n2',
      type: 'collective',
      group: 'thon-khu-pho',
      criteriaMet: ['tc-1-4-1', 'tc-1-4-2', 'tc-1-4-4'],
      name: 'Thôn Vạn Hội 2, xã Ân Tín, huyện Hoài Ân',
      summary: 'Quy mô hộ nghèo và hộ cận nghèo giảm từ 58 hộ (năm 2021) xuống 24 hộ (năm 2023), giảm 58,6%.',
      votesAgree: 12,
      evidence: {
        hoNgheoCanNgheo: [
          { year: 2021, value: 58 },
          { year: 2022, value: 41 },
          { year: 2023, value: 24 },
        ],
      },
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        capTrinh: { agency: 'Ủy ban nhân dân huyện Hoài Ân', title: 'CHỦ TỊCH', fullName: 'Lê Văn Hòa' },
        thuTruong: { agency: 'Ủy ban nhân dân xã Ân Tín', title: 'CHỦ TỊCH', fullName: 'Nguyễn Thành Nhân' },
      },
      reportPlace: 'Ân Tín',
      reportDate: '2023-11-07',
      profile: {
        superior: 'Ủy ban nhân dân xã Ân Tín',
        headquarters: 'Nhà văn hóa thôn Vạn Hội 2, xã Ân Tín, huyện Hoài Ân, tỉnh Bình Định',
        history: 'Thôn Vạn Hội 2 được chia tách từ thôn Vạn Hội năm 2004, có 412 hộ với 1.536 nhân khẩu.',
        structure: 'Chi bộ thôn, Ban Nhân dân thôn, Ban Công tác Mặt trận và các chi hội đoàn thể.',
        functions: 'Tự quản cộng đồng dân cư; tổ chức bình xét hộ nghèo, hộ cận nghèo; vận động nhân dân thực hiện chính sách giảm nghèo.',
      },
      report: {
        results: 'Vận động 35 hộ khá giúp đỡ hộ nghèo về vốn, giống; thành lập tổ hợp tác nuôi bò với 18 hộ nghèo, cận nghèo tham gia; không có hộ tái nghèo.',
        measures: 'Xây dựng quy ước “hộ khá giúp hộ nghèo”; công khai danh sách hộ đăng ký thoát nghèo tại nhà văn hóa thôn.',
      },
    },
    {
      id: 'n3',
      type: 'individual',
      group: 'can-bo-giam-ngheo',
      criteriaMet: ['tc-1-6-1', 'tc-1-6-2'],
      summary: 'Công chức Văn hóa - Xã hội phụ trách giảm nghèo, quản trị thành thạo phần mềm quản lý hộ nghèo, tham mưu Đề án sinh kế cho đồng bào Ba Na.',
      votesAgree: 11,
      pastAwards: {
        emulationTitles: [
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '498/QĐ-UBND', date: '2023-02-08', issuer: 'UBND huyện Hoài Ân' } },
        ],
        commendations: [],
      },
      confirmations: {
        thuTruong: { agency: 'Ủy ban nhân dân xã Đak Mang', title: 'CHỦ TỊCH', fullName: 'Đinh Văn Tùng' },
        nguoiBaoCao: { title: 'CÔNG CHỨC VĂN HÓA - XÃ HỘI', fullName: 'Đinh Thị Hồng' },
        capTrinh: { agency: 'Ủy ban nhân dân huyện Hoài Ân', title: 'CHỦ TỊCH', fullName: 'Lê Văn Hòa' },
      },
      reportPlace: 'Đak Mang',
      reportDate: '2023-11-06',
      profile: {
        fullName: 'Đinh Thị Hồng',
        standing: 'official',
        birthDate: '1988-04-17',
        gender: 'nu',
        ethnicity: 'Ba Na',
        religion: 'Không',
        hometown: 'Xã Đak Mang, huyện Hoài Ân, tỉnh Bình Định',
        residence: 'Làng O2, xã Đak Mang, huyện Hoài Ân, tỉnh Bình Định',
        workplace: 'Ủy ban nhân dân xã Đak Mang',
        position: 'Công chức Văn hóa - Xã hội',
        politicalTheory: 'Trung cấp',
        qualification: 'Cử nhân Công tác xã hội',
        phone: '0905 318 442',
      },
      report: {
        duties: 'Tham mưu UBND xã thực hiện chính sách lao động, người có công và xã hội, trực tiếp theo dõi công tác giảm nghèo của xã.',
        results: 'Tham mưu rà soát hộ nghèo, hộ cận nghèo đúng quy trình, không có khiếu nại; cập nhật đầy đủ 100% dữ liệu hộ trên phần mềm quản lý; đề xuất mô hình bò sinh sản luân chuyển được nhân rộng ra 03 làng.',
        commitment: 'Cá nhân không vi phạm kỷ luật, không bị xử lý theo quy định của pháp luật.',
      },
    },
    {
      id: 'n4',
      type: 'household',
      group: 'ho-gia-dinh',
      criteriaMet: ['tc-1-5-1'],
      summary: 'Tự nguyện đăng ký thoát nghèo năm 2021, phát triển mô hình nuôi bò và trồng keo, thoát nghèo bền vững năm 2022; trả nợ vay Ngân hàng Chính sách xã hội đúng hạn.',
      votesAgree: 12,
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        chuHo: { title: 'CHỦ HỘ', fullName: 'Đinh Văn Lâm' },
        ubndXa: { agency: 'Ủy ban nhân dân xã Đak Mang', title: 'CHỦ TỊCH', fullName: 'Đinh Văn Tùng' },
        capTrinh: { agency: 'Ủy ban nhân dân huyện Hoài Ân', title: 'CHỦ TỊCH', fullName: 'Lê Văn Hòa' },
      },
      reportPlace: 'Đak Mang',
      reportDate: '2023-11-05',
      profile: {
        householder: 'Đinh Văn Lâm',
        birthYear: 1979,
        gender: 'nam',
        members: 5,
        address: { village: 'Làng O3', commune: 'xã Đak Mang', district: 'huyện Hoài Ân' },
      },
      report: {
        contributions: 'Vay 50 triệu đồng vốn Ngân hàng Chính sách xã hội nuôi 04 con bò sinh sản và trồng 2 ha keo; hướng dẫn kỹ thuật cho 06 hộ nghèo cùng làng.',
        labourDays: 40,
        results: 'Thu nhập bình quân đạt 38 triệu đồng/người/năm (năm 2023); thoát nghèo năm 2022, trả hết nợ gốc và lãi đúng hạn.',
      },
    },
  ],
  councilMinutes: {
    number: '12/BB-HĐTĐKT',
    date: '2023-11-15',
    startTime: '08:00',
    endTime: '10:30',
    location: 'Phòng họp UBND huyện Hoài Ân',
    council: 'Hội đồng Thi đua - Khen thưởng huyện Hoài Ân',
    chair: { fullName: 'Lê Văn Hòa', title: 'Chủ tịch UBND huyện, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Trần Thị Mỹ Linh', title: 'Phó Trưởng phòng Nội vụ huyện' },
    membersTotal: 13,
    membersPresent: 12,
    absentees: [{ fullName: 'Nguyễn Văn Sang', reason: 'Đi công tác', votedInWriting: false }],
    votingMethod: 'bo-phieu-kin',
    countingBoard: [
      { fullName: 'Nguyễn Văn Tiến', role: 'Trưởng ban' },
      { fullName: 'Đặng Thị Thu Hà', role: 'Thành viên' },
      { fullName: 'Trần Minh Khoa', role: 'Thành viên' },
    ],
    ballots: { issued: 12, returned: 12, valid: 12, invalid: 0 },
    discussion: 'Các thành viên Hội đồng thống nhất với danh sách do Phòng Nội vụ huyện trình; đề nghị bổ sung số liệu hộ nghèo, hộ cận nghèo năm 2023 của xã Đak Mang theo kết quả rà soát cuối năm trước khi gửi hồ sơ.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể, 01 cá nhân và 01 hộ gia đình có thành tích tiêu biểu qua sơ kết giữa kỳ Phong trào thi đua.',
  },
} satisfies NominationSubmission;

/**
 * Sơ kết 2023 dossier of Sở Lao động - Thương binh và Xã hội for district-level collectives:
 * a poor district meeting the 6-points-a-year test and a town meeting the "> 50 %" alternative.
 */
export const nominationSoLdtbxh = {
  planId: PLAN,
  kind: 'nomination',
  schemaVersion: VERSION,
  phase: 'so-ket-2023',
  awardForm: 'bang-khen-chu-tich-ubnd-tinh',
  header: {
    parentAgency: 'UBND TỈNH BÌNH ĐỊNH',
    agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định',
    unitType: 'so-ban-nganh',
    number: '318/TTr-SLĐTBXH',
    place: 'Bình Định',
    date: '2023-11-28',
  },
  coverLetter: {
    to: ['Chủ tịch Ủy ban nhân dân tỉnh Bình Định'],
    legalBases: [
      'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013',
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội ngày 24 tháng 11 năm 2023',
    ],
    body: 'Sở Lao động - Thương binh và Xã hội kính trình Chủ tịch UBND tỉnh xem xét, tặng Bằng khen cho 03 tập thể và 01 cá nhân có thành tích tiêu biểu qua sơ kết giữa kỳ Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2023 (có danh sách và báo cáo thành tích kèm theo).',
    signer: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', fullName: 'Huỳnh Văn Lộc' },
    recipients: ['Như trên', 'Sở Nội vụ (Ban Thi đua - Khen thưởng)', 'Lưu: VT, BTXH'],
  },
  nominees: [
    {
      id: 'an-lao',
      type: 'collective',
      group: 'cap-huyen',
      category: 'huyen-ngheo',
      criteriaMet: ['tc-1-2-1', 'tc-1-2-2', 'tc-1-2-4', 'tc-1-2-6', 'tc-1-2-8'],
      name: 'Ủy ban nhân dân huyện An Lão',
      summary: 'Huyện nghèo giảm tỷ lệ nghèo đa chiều 6,50%, 6,45% và 6,45% trong 3 năm liên tục 2020 - 2022.',
      votesAgree: 9,
      evidence: {
        tyLeNgheoDaChieu: [
          { year: 2019, value: 45.1 },
          { year: 2020, value: 38.6 },
          { year: 2021, value: 32.15 },
          { year: 2022, value: 25.7 },
        ],
      },
      pastAwards: {
        emulationTitles: [],
        commendations: [
          { year: 2021, title: 'Bằng khen của Chủ tịch UBND tỉnh', decision: { number: '1125/QĐ-UBND', date: '2021-04-05', issuer: 'Chủ tịch UBND tỉnh Bình Định' } },
        ],
      },
      confirmations: {
        capTrinh: { agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định', title: 'GIÁM ĐỐC', fullName: 'Trần Quốc Việt' },
        thuTruong: { agency: 'Ủy ban nhân dân huyện An Lão', title: 'CHỦ TỊCH', fullName: 'Đinh Văn Sơn' },
      },
      reportPlace: 'An Lão',
      reportDate: '2023-11-10',
      profile: {
        superior: 'Ủy ban nhân dân tỉnh Bình Định',
        headquarters: 'Thị trấn An Lão, huyện An Lão, tỉnh Bình Định',
        phone: '0256 3875 108',
        history: 'Huyện An Lão được tái lập năm 1981; là huyện miền núi, đồng bào Hrê chiếm khoảng 60% dân số.',
        structure: 'UBND huyện có 12 phòng chuyên môn và 10 xã, thị trấn.',
        functions: 'Quản lý nhà nước trên địa bàn huyện; tổ chức thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.',
      },
      report: {
        results: 'Tỷ lệ hộ nghèo đa chiều giảm từ 45,10% (năm 2020) xuống 25,70% (năm 2023); giải ngân 100% vốn Chương trình mục tiêu quốc gia năm 2022.',
        measures: 'Giao chỉ tiêu giảm nghèo cho từng xã; đầu tư hạ tầng thiết yếu; liên kết trồng rừng gỗ lớn với doanh nghiệp.',
      },
    },
    {
      id: 'hoai-nhon',
      type: 'collective',
      group: 'cap-huyen',
      category: 'dia-phuong-con-lai',
      criteriaMet: ['tc-1-2-1', 'tc-1-2-5', 'tc-1-2-6', 'tc-1-2-8'],
      name: 'Ủy ban nhân dân thị xã Hoài Nhơn',
      summary: 'Quy mô hộ nghèo và hộ cận nghèo đa chiều giảm từ 6.240 hộ (năm 2021) xuống 2.980 hộ (năm 2023), giảm 52,2% so với đầu kỳ.',
      votesAgree: 9,
      evidence: {
        tyLeNgheoDaChieu: [
          { year: 2020, value: 5.9 },
          { year: 2021, value: 4.8 },
          { year: 2022, value: 3.6 },
          { year: 2023, value: 2.4 },
        ],
        hoNgheoCanNgheo: [
          { year: 2021, value: 6240 },
          { year: 2022, value: 4410 },
          { year: 2023, value: 2980 },
        ],
      },
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        capTrinh: { agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định', title: 'GIÁM ĐỐC', fullName: 'Trần Quốc Việt' },
        thuTruong: { agency: 'Ủy ban nhân dân thị xã Hoài Nhơn', title: 'CHỦ TỊCH', fullName: 'Phan Minh Quân' },
      },
      reportPlace: 'Hoài Nhơn',
      reportDate: '2023-11-09',
      profile: {
        superior: 'Ủy ban nhân dân tỉnh Bình Định',
        headquarters: 'Phường Bồng Sơn, thị xã Hoài Nhơn, tỉnh Bình Định',
        history: 'Thị xã Hoài Nhơn được thành lập năm 2020 trên cơ sở huyện Hoài Nhơn.',
        structure: 'UBND thị xã có 12 phòng chuyên môn, 17 phường, xã.',
        functions: 'Quản lý nhà nước trên địa bàn thị xã.',
      },
      report: {
        results: 'Giảm hơn một nửa quy mô hộ nghèo và hộ cận nghèo sau 2 năm; 100% hộ nghèo có nhà ở an toàn.',
        measures: 'Hỗ trợ ngư dân nghèo chuyển đổi nghề; đào tạo nghề gắn với giải quyết việc làm tại các khu công nghiệp.',
      },
    },
    {
      id: 'hop-tac-xa',
      type: 'collective',
      group: 'doanh-nghiep-to-chuc-ca-nhan',
      criteriaMet: ['tc-1-7-1', 'tc-1-7-2'],
      name: 'Hợp tác xã Nông nghiệp Ân Tường Tây',
      summary: 'Liên kết sản xuất, bao tiêu sản phẩm cho 126 hộ nghèo, hộ cận nghèo tại huyện Hoài Ân.',
      votesAgree: 8,
      pastAwards: { emulationTitles: [], commendations: [] },
      confirmations: {
        capTrinh: { agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định', title: 'GIÁM ĐỐC', fullName: 'Trần Quốc Việt' },
        thuTruong: { agency: 'Hợp tác xã Nông nghiệp Ân Tường Tây', title: 'GIÁM ĐỐC', fullName: 'Phạm Văn Hải' },
      },
      reportPlace: 'Hoài Ân',
      reportDate: '2023-11-08',
      profile: {
        headquarters: 'Xã Ân Tường Tây, huyện Hoài Ân, tỉnh Bình Định',
        history: 'Thành lập năm 1978, chuyển đổi theo Luật Hợp tác xã năm 2012.',
        structure: 'Hội đồng quản trị 05 thành viên, Ban kiểm soát 03 thành viên; 1.850 thành viên.',
        staffCount: 24,
        functions: 'Dịch vụ nông nghiệp, liên kết sản xuất và tiêu thụ nông sản.',
      },
      report: {
        results: 'Cung ứng giống, vật tư trả chậm cho 126 hộ nghèo, cận nghèo; bao tiêu 420 tấn lúa giống; 37 hộ thoát nghèo trong 2 năm.',
        measures: 'Ký hợp đồng bao tiêu có giá sàn; tập huấn kỹ thuật định kỳ cho hộ tham gia liên kết.',
      },
    },
    {
      id: 'can-bo-so',
      type: 'individual',
      group: 'can-bo-giam-ngheo',
      criteriaMet: ['tc-1-6-1', 'tc-1-6-2'],
      summary: 'Chuyên viên Phòng Bảo trợ xã hội, tham mưu ban hành chính sách hỗ trợ sinh kế và hướng dẫn vận hành phần mềm quản lý hộ nghèo toàn tỉnh.',
      votesAgree: 9,
      pastAwards: {
        emulationTitles: [
          { year: 2022, title: 'Chiến sĩ thi đua cơ sở', decision: { number: '45/QĐ-SLĐTBXH', date: '2023-01-12', issuer: 'Giám đốc Sở Lao động - Thương binh và Xã hội' } },
        ],
        commendations: [],
      },
      confirmations: {
        thuTruong: { agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định', title: 'GIÁM ĐỐC', fullName: 'Trần Quốc Việt' },
        nguoiBaoCao: { title: 'CHUYÊN VIÊN', fullName: 'Võ Thị Thanh Thảo' },
        capTrinh: { agency: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định', title: 'GIÁM ĐỐC', fullName: 'Trần Quốc Việt' },
      },
      reportPlace: 'Quy Nhơn',
      reportDate: '2023-11-08',
      profile: {
        fullName: 'Võ Thị Thanh Thảo',
        standing: 'official',
        birthDate: '1990-09-02',
        gender: 'nu',
        ethnicity: 'Kinh',
        religion: 'Không',
        hometown: 'Xã Cát Tân, huyện Phù Cát, tỉnh Bình Định',
        residence: 'Phường Nhơn Bình, thành phố Quy Nhơn, tỉnh Bình Định',
        workplace: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định',
        position: 'Chuyên viên Phòng Bảo trợ xã hội',
        qualification: 'Thạc sĩ Công tác xã hội',
      },
      report: {
        duties: 'Tham mưu công tác giảm nghèo, theo dõi Chương trình mục tiêu quốc gia giảm nghèo bền vững.',
        results: 'Tham mưu 03 văn bản chính sách hỗ trợ sinh kế; tập huấn phần mềm quản lý hộ nghèo cho 159 xã, phường, thị trấn.',
      },
    },
  ],
  councilMinutes: {
    number: '07/BB-HĐTĐKT',
    date: '2023-11-24',
    startTime: '14:00',
    endTime: '15:30',
    location: 'Phòng họp Sở Lao động - Thương binh và Xã hội',
    council: 'Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội',
    chair: { fullName: 'Trần Quốc Việt', title: 'Giám đốc Sở, Chủ tịch Hội đồng' },
    secretary: { fullName: 'Lê Thị Kim Oanh', title: 'Chánh Văn phòng Sở' },
    membersTotal: 9,
    membersPresent: 9,
    votingMethod: 'bieu-quyet',
    discussion: 'Các thành viên Hội đồng thống nhất với đề nghị của Văn phòng Sở; Hợp tác xã Nông nghiệp Ân Tường Tây được đánh giá có mô hình liên kết sản xuất giúp hộ nghèo thoát nghèo bền vững.',
    conclusion: 'Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể và 01 cá nhân.',
  },
} satisfies NominationSubmission;

export const examples: PlanExample[] = [
  { name: 'Báo cáo năm 2023 của UBND huyện Hoài Ân', kind: 'report', data: reportHoaiAn },
  { name: 'Hồ sơ sơ kết 2023 của UBND huyện Hoài Ân đề nghị Bằng khen của Chủ tịch UBND tỉnh', kind: 'nomination', data: nominationHoaiAn },
  { name: 'Hồ sơ sơ kết 2023 của Sở Lao động - Thương binh và Xã hội đề nghị Bằng khen cho cấp huyện', kind: 'nomination', data: nominationSoLdtbxh },
];
