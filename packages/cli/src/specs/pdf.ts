import type { CommandSpec } from '../command-spec.js';
import { JSON_FILE, KIND, LANG, MAX_ISSUES, PDF_OUT, PLAN_ID, PLANS_DIR } from './shared.js';

export const pdf: CommandSpec = {
  name: 'pdf',
  summary: { vi: 'văn bản PDF theo Nghị định 30/2020', en: 'the official PDF (Decree 30/2020)' },
  description: {
    vi: 'Ghi văn bản PDF của một báo cáo hoặc hồ sơ đề nghị khen thưởng theo thể thức Nghị định 30/2020/NĐ-CP. Hồ sơ chưa hợp lệ thì không ghi tệp và in các lỗi như thidua validate, trừ khi in bản nháp.',
    en: 'Writes the PDF of a report or a nomination dossier in the format of Decree 30/2020/NĐ-CP. Invalid data writes no file and prints the errors as thidua validate does, unless it is printed as a draft.',
  },
  arguments: [PLAN_ID, KIND, JSON_FILE],
  options: [
    PDF_OUT,
    { long: 'draft', text: { vi: 'in bản nháp dù hồ sơ còn thiếu: mỗi trang có chữ BẢN NHÁP', en: 'print a draft even of incomplete data: every page marked BẢN NHÁP' } },
    {
      long: 'margins',
      value: 'T,B,L,R',
      text: { vi: 'lề trên, dưới, trái, phải (mm), trong giới hạn của Nghị định 30/2020', en: 'top, bottom, left, right margins (mm), within the limits of Decree 30/2020' },
      default: { vi: '20,20,30,15', en: '20,20,30,15' },
    },
    LANG,
    MAX_ISSUES,
    PLANS_DIR,
  ],
  exits: [
    { code: 0, text: { vi: 'đã ghi tệp PDF', en: 'the PDF is written' } },
    { code: 1, text: { vi: 'hồ sơ không hợp lệ: các lỗi trên stdout, không ghi tệp', en: 'invalid data: the errors on stdout, no file written' } },
    { code: 2, text: { vi: 'không đọc được dữ liệu vào, lề ngoài giới hạn của Nghị định, hoặc gọi sai lệnh (thiếu -o…)', en: 'unreadable input, margins outside the Decree, or a wrong call (-o missing…)' } },
  ],
  example: 'thidua pdf lam-dong-2022-2025 nomination x.json -o x.pdf',
  readsJson: true,
  load: async () => (await import('../commands/pdf.js')).pdfCommand,
};
