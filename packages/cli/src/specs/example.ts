import type { CommandSpec } from '../command-spec.js';
import { EXIT_WRONG_PLAN_OR_KIND, KIND, PLAN_ID, PLANS_DIR } from './shared.js';

export const example: CommandSpec = {
  name: 'example',
  summary: { vi: 'hồ sơ mẫu hợp lệ', en: 'a valid example' },
  description: {
    vi: 'In một báo cáo hoặc hồ sơ đề nghị khen thưởng mẫu, đầy đủ và hợp lệ, theo một kế hoạch: điểm bắt đầu để thử validate và pdf.',
    en: 'Prints a complete, valid example report or nomination dossier of a plan: a start for trying validate and pdf.',
  },
  arguments: [PLAN_ID, KIND],
  options: [PLANS_DIR],
  exits: [
    { code: 0, text: { vi: 'đã in hồ sơ mẫu (JSON)', en: 'the example is printed (JSON)' } },
    EXIT_WRONG_PLAN_OR_KIND,
  ],
  example: 'thidua example lam-dong-2022-2025 nomination > x.json',
  load: async () => (await import('../commands/example.js')).exampleCommand,
};
