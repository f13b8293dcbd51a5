// Criteria are the plan's own words: a reviewer compares them with the signed text, so an
// abridged criterion is a misreading. Each sentence below is copied from the plan as issued.
import { getPlan } from '@thidua/plans';
import { describe, expect, it } from 'vitest';

const SEED: Record<string, Record<string, string>> = {
  // Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục IV.1
  'lam-dong-2022-2025': {
    'a-1': 'Hoàn thành có chất lượng, đúng thời hạn các văn bản hướng dẫn thực hiện chính sách, chương trình giảm nghèo. Tiếp tục hoàn thiện chính sách giảm nghèo, chuẩn nghèo đa chiều gắn với mục tiêu phát triển bền vững, bảo đảm mức sống tối thiểu tăng dần và khả năng tiếp cận các dịch vụ xã hội cơ bản của người dân; đổi mới cách tiếp cận về giảm nghèo, ban hành chính sách hỗ trợ có điều kiện, tăng cường tín dụng chính sách xã hội cho người nghèo, trợ giúp xã hội đối với hộ nghèo không có khả năng lao động.',
    'a-2': 'Chủ động, tích cực huy động nguồn lực, có nhiều sáng kiến, mô hình giảm nghèo bền vững được nhân rộng, giúp cho người nghèo tham gia lao động, phát triển sản xuất, kinh doanh, làm kinh tế giỏi, ổn định cuộc sống, vươn lên thoát nghèo bền vững.',
    'b-1': 'Thực hiện hiệu quả chính sách tín dụng đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; tổ chức tín dụng có đóng góp, hỗ trợ thiết thực trong công tác giảm nghèo và hỗ trợ, giúp đỡ hiệu quả huyện Đam Rông, các xã hoặc thôn đặc biệt khó khăn và người nghèo.',
    'd-1': 'Triển khai thực hiện có hiệu quả chính sách, chương trình giảm nghèo trên địa bàn. Huy động nguồn lực, hỗ trợ vốn, chia sẻ kinh nghiệm, kỹ thuật để hộ nghèo phát triển sản xuất, ổn định cuộc sống và thoát nghèo.',
    'g-1': 'Cán bộ, công chức, viên chức, người làm công tác giảm nghèo có sáng kiến trong việc xây dựng, tham mưu ban hành cơ chế, chính sách; hướng dẫn, tham gia tổ chức thực hiện công tác giảm nghèo.',
  },
};

for (const [planId, criteria] of Object.entries(SEED)) {
  describe(`${planId}: criteria word for word`, () => {
    const plan = getPlan(planId);
    for (const [id, text] of Object.entries(criteria)) {
      it(`criterion ${id} is the plan's sentence, unabridged`, () => {
        const c = plan.participantGroups.flatMap((g) => g.criteria).find((x) => x.id === id);
        expect(c?.text).toBe(text);
      });
    }
  });
}

// Sentences no rule checks (goals, funding, where problems go, the plan a review assesses)
// must still be in the plan's data, where the reference page and `thidua plan --json` show them.
const PROVISIONS: Record<string, string[]> = {
  'lam-dong-2022-2025': [
    'riêng đối với huyện Đam Rông đến năm 2025 đạt chuẩn huyện nông thôn mới và thoát nghèo bền vững', // mục II.1
    'Khen thưởng cấp Nhà nước: thực hiện khi có hướng dẫn của Ban Thi đua - Khen thưởng Trung ương.', // mục IV.2.c
    'Kinh phí tổ chức phong trào thi đua và khen thưởng: Thực hiện theo quy định hiện hành; khoản 7 Mục V của Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ và hướng dẫn của Bộ Lao động - Thương binh và Xã hội, Ban Thi đua - Khen thưởng Trung ương.', // mục IV.2.d
  ],
  'dong-nai-so-ket-2023': [
    'Kế hoạch số 218/KH-UBND ngày 14 tháng 10 năm 2022 của UBND tỉnh', // mục II.2
    'Chủ trì, phối hợp Sở Tài chính đề xuất kinh phí tổ chức sơ kết 03 năm thực hiện Phong trào thi đua.', // mục III.2.c
    'Sở Tài chính và Kho bạc Nhà nước tỉnh Đồng Nai: Đảm bảo thẩm định, cấp phát kinh phí tổ chức Lễ và quyết toán kịp thời, đúng tiến độ.', // mục III.4
    'kịp thời báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) xem xét, giải quyết', // đoạn kết
  ],
};

for (const [planId, sentences] of Object.entries(PROVISIONS)) {
  describe(`${planId}: provisions kept as data`, () => {
    const plan = getPlan(planId);
    const data = [
      ...plan.document.legalBases.map((b) => b.text),
      ...plan.milestones.map((m) => m.text),
      ...(plan.readings ?? []).map((r) => r.text),
    ];
    for (const sentence of sentences) {
      it(`records “${sentence.slice(0, 60)}…”`, () => {
        expect(data.some((t) => t.includes(sentence)), sentence).toBe(true);
      });
    }
  });
}
