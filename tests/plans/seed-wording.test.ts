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
