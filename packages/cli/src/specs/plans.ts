import type { CommandSpec } from '../command-spec.js';
import { PLANS_DIR } from './shared.js';

export const plans: CommandSpec = {
  name: 'plans',
  summary: { vi: 'danh sách kế hoạch', en: 'list the plans' },
  description: { vi: 'In các kế hoạch có sẵn: mã, tỉnh và tên, mỗi kế hoạch một dòng.', en: 'Prints the plans available: id, province and title, one plan a line.' },
  arguments: [],
  options: [
    { long: 'json', text: { vi: 'in dạng JSON: [{ id, title, province, kinds }]', en: 'print JSON: [{ id, title, province, kinds }]' } },
    PLANS_DIR,
  ],
  exits: [
    { code: 0, text: { vi: 'đã in danh sách', en: 'the list is printed' } },
    { code: 2, text: { vi: 'gọi sai lệnh (tùy chọn không có, đối số thừa)', en: 'a wrong call (an unknown option, an extra argument)' } },
  ],
  example: 'thidua plans --json',
  load: async () => (await import('../commands/plans.js')).plansCommand,
};
