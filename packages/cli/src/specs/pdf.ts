import type { CommandSpec } from '../command-spec.js';
import { KIND, LANG, MAX_ISSUES, PLAN_ID, PLANS_DIR } from './shared.js';

export const pdf: CommandSpec = {
  name: 'pdf',
  summary: { vi: 'văn bản PDF theo Nghị định 30/2020', en: 'the official PDF (Decree 30/2020)' },
  description: {
    vi: 'Ghi văn bản PDF của một báo cáo hoặc hồ sơ đề nghị khen thưởng theo thể thức Nghị định 30/2020/NĐ-CP. Hồ sơ chưa hợp lệ thì không ghi tệp và in các lỗi như thidua validate, trừ khi in bản nháp. Nhiều tệp, hoặc một thư mục (mọi tệp .json trong đó), được in trong một lần chạy vào thư mục -o, mỗi tệp x.json thành x.pdf: tệp nào lỗi thì stderr nêu tên tệp và lỗi, các tệp khác vẫn được in.',
    en: 'Writes the PDF of a report or a nomination dossier in the format of Decree 30/2020/NĐ-CP. Invalid data writes no file and prints the errors as thidua validate does, unless it is printed as a draft. Several files, or a folder (every .json file in it), are printed in one run into the folder -o, each x.json as x.pdf: a file that fails is named on stderr with its errors, and the others are still printed.',
  },
  arguments: [
    PLAN_ID,
    KIND,
    {
      name: 'file',
      variadic: true,
      text: { vi: 'tệp JSON của hồ sơ ("-" để đọc đầu vào chuẩn), nhiều tệp, hoặc thư mục chứa các tệp .json', en: 'the JSON file of the document ("-" reads standard input), several files, or a folder of .json files' },
    },
  ],
  options: [
    {
      long: 'out',
      short: 'o',
      value: 'FILE|DIR',
      required: true,
      text: { vi: 'tệp PDF cần ghi; với nhiều tệp, một thư mục, hoặc khi kết thúc bằng "/": thư mục ghi các tệp PDF', en: 'the PDF file to write; with several files, a folder, or when it ends in "/": the folder to write the PDFs into' },
    },
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
    { code: 0, text: { vi: 'đã ghi tệp PDF (mọi tệp PDF)', en: 'the PDF is written (every PDF)' } },
    { code: 1, text: { vi: 'hồ sơ không hợp lệ: các lỗi trên stdout, không ghi tệp; với nhiều tệp: có tệp không in được, stderr nêu từng tệp', en: 'invalid data: the errors on stdout, no file written; with several files: some could not be printed, each named on stderr' } },
    { code: 2, text: { vi: 'không đọc được dữ liệu vào, lề ngoài giới hạn của Nghị định, hoặc gọi sai lệnh (thiếu -o…)', en: 'unreadable input, margins outside the Decree, or a wrong call (-o missing…)' } },
  ],
  example: 'thidua pdf lam-dong-2022-2025 nomination x.json -o x.pdf',
  readsJson: true,
  load: async () => (await import('../commands/pdf.js')).pdfCommand,
};
