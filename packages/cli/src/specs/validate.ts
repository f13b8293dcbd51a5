import type { CommandSpec } from '../command-spec.js';
import { JSON_FILE, KIND, LANG, MAX_ISSUES, PLAN_ID, PLANS_DIR } from './shared.js';

export const validate: CommandSpec = {
  name: 'validate',
  summary: { vi: 'kiểm tra hồ sơ', en: 'validate a document' },
  description: {
    vi: 'Kiểm tra một báo cáo hoặc hồ sơ đề nghị khen thưởng theo kế hoạch, như máy chủ kiểm tra: lỗi in ra stdout dạng mảng JSON { path, code, message, clause? }, cảnh báo và "Hợp lệ." ra stderr.',
    en: 'Validates a report or a nomination dossier against its plan, as the server does: errors on stdout as a JSON array of { path, code, message, clause? }, warnings and "Hợp lệ." on stderr.',
  },
  arguments: [PLAN_ID, KIND, JSON_FILE],
  options: [
    LANG,
    MAX_ISSUES,
    { long: 'json', text: { vi: 'in cả kết quả { ok, errors, warnings, truncated?, figureTotals? } ra stdout, hợp lệ hay không; không ghi gì ra stderr', en: 'print the whole verdict { ok, errors, warnings, truncated?, figureTotals? } on stdout, valid or not; nothing on stderr' } },
    PLANS_DIR,
  ],
  exits: [
    { code: 0, text: { vi: 'hợp lệ (có thể có cảnh báo)', en: 'valid (there may be warnings)' } },
    { code: 1, text: { vi: 'không hợp lệ: các lỗi trên stdout', en: 'invalid: the errors on stdout' } },
    { code: 2, text: { vi: 'không đọc được dữ liệu vào (không có tệp, quá lớn, không phải UTF-8, JSON sai, khóa lặp…) hoặc gọi sai lệnh: một dòng trên stderr', en: 'unreadable input (no such file, too large, not UTF-8, malformed JSON, a repeated key…) or a wrong call: one line on stderr' } },
  ],
  example: 'thidua validate lam-dong-2022-2025 nomination x.json --json',
  readsJson: true,
  load: async () => (await import('../commands/validate.js')).validateCommand,
};
