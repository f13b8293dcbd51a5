import type { CommandSpec } from '../command-spec.js';

export const planCheck: CommandSpec = {
  name: 'plan check',
  summary: { vi: 'kiểm tra một thư mục kế hoạch', en: 'check a plan folder' },
  description: {
    vi: 'Đọc một thư mục kế hoạch (definition.yaml, examples/, invalid/, source.txt) và kiểm tra: tham chiếu tới mục không có, mã trùng, thứ tự chữ cái của các điểm (a b c d đ e g h), trường khai là chưa biết mà vẫn có, mọi trích dẫn điều khoản phải tìm thấy trong source.txt, câu trích đúng nguyên văn, hồ sơ mẫu hợp lệ, hồ sơ lỗi báo đúng lỗi đã ghi. Mỗi vấn đề in một dòng “tệp:dòng: mức độ: thông báo” bằng tiếng Việt, dòng sau bằng tiếng Anh, cuối cùng là một dòng tổng kết.',
    en: 'Reads a plan folder (definition.yaml, examples/, invalid/, source.txt) and checks it: references to what is not declared, repeated ids, point letters out of Vietnamese order (a b c d đ e g h), fields said unknown yet given, every clause citation found in source.txt, quotes word for word, valid examples, invalid fixtures failing as they say. Each issue is one line "file:line: severity: message" in Vietnamese, the next in English, then a summary line.',
  },
  arguments: [
    { name: 'folder', text: { vi: 'thư mục kế hoạch, chứa definition.yaml', en: 'the plan folder, holding definition.yaml' } },
  ],
  options: [
    { long: 'json', text: { vi: 'in danh sách vấn đề dạng JSON: [{ code, severity, message, messageEn, pointer, file?, line? }]', en: 'print the issues as JSON: [{ code, severity, message, messageEn, pointer, file?, line? }]' } },
  ],
  exits: [
    { code: 0, text: { vi: 'không có lỗi (có thể có cảnh báo)', en: 'no error (there may be warnings)' } },
    { code: 1, text: { vi: 'kế hoạch có lỗi: các dòng trên stdout', en: 'the plan has errors: the lines on stdout' } },
    { code: 2, text: { vi: 'không đọc được thư mục (không có, thiếu tệp, YAML hoặc JSON sai, use: không có) hoặc gọi sai lệnh: một dòng trên stderr', en: 'the folder cannot be read (missing, a file missing, bad YAML or JSON, an unknown use:) or a wrong call: one line on stderr' } },
  ],
  example: 'thidua plan check ke-hoach/lam-dong-2026',
  load: async () => (await import('../commands/plan-check.js')).planCheckCommand,
};
