import type { CommandSpec } from '../command-spec.js';
import { EXIT_WRONG_PLAN_OR_KIND, KIND, PLAN_ID, PLANS_DIR } from './shared.js';

export const schema: CommandSpec = {
  name: 'schema',
  summary: { vi: 'lược đồ JSON của một loại hồ sơ', en: 'the JSON Schema of a kind of document' },
  description: {
    vi: 'In lược đồ JSON (JSON Schema 2020-12) của báo cáo hoặc hồ sơ đề nghị khen thưởng theo một kế hoạch.',
    en: 'Prints the JSON Schema (2020-12) of a plan\'s report or nomination dossier.',
  },
  arguments: [PLAN_ID, KIND],
  options: [PLANS_DIR],
  exits: [
    { code: 0, text: { vi: 'đã in lược đồ', en: 'the schema is printed' } },
    EXIT_WRONG_PLAN_OR_KIND,
  ],
  example: 'thidua schema lam-dong-2022-2025 nomination',
  load: async () => (await import('../commands/schema.js')).schemaCommand,
};
