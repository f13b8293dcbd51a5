import type { CommandSpec } from '../command-spec.js';
import { PLAN_ID, PLANS_DIR } from './shared.js';

export const plan: CommandSpec = {
  name: 'plan',
  summary: { vi: 'định nghĩa kế hoạch', en: 'a plan definition' },
  description: {
    vi: 'In định nghĩa của một kế hoạch dạng JSON: văn bản, dàn ý báo cáo, chỉ tiêu, hình thức khen thưởng, số lượng, thời hạn…, mỗi quy định kèm điều khoản của kế hoạch.',
    en: 'Prints a plan definition as JSON: its document, report outline, indicators, award forms, quotas, deadlines…, each rule with the clause of the plan it rests on.',
  },
  arguments: [PLAN_ID],
  options: [
    { long: 'json', text: { vi: 'in dạng JSON (định nghĩa luôn in dạng JSON)', en: 'print JSON (the definition is always printed as JSON)' } },
    PLANS_DIR,
  ],
  exits: [
    { code: 0, text: { vi: 'đã in định nghĩa', en: 'the definition is printed' } },
    { code: 2, text: { vi: 'gọi sai lệnh: thiếu mã kế hoạch, kế hoạch không có, tùy chọn không có', en: 'a wrong call: a missing plan id, an unknown plan or option' } },
  ],
  example: 'thidua plan lam-dong-2022-2025 --json',
  load: async () => (await import('../commands/plan.js')).planCommand,
};
