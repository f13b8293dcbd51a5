import type { ArgumentSpec, ExitSpec, OptionSpec } from '../command-spec.js';

export const PLAN_ID: ArgumentSpec = {
  name: 'id',
  text: { vi: 'mã kế hoạch, ví dụ lam-dong-2022-2025 (danh sách: thidua plans)', en: 'the plan id, e.g. lam-dong-2022-2025 (listed by: thidua plans)' },
};

export const KIND: ArgumentSpec = {
  name: 'kind',
  text: { vi: 'loại hồ sơ: report (báo cáo) hoặc nomination (hồ sơ đề nghị khen thưởng)', en: 'the kind of document: report or nomination (nomination dossier)' },
};

export const JSON_FILE: ArgumentSpec = {
  name: 'file',
  text: { vi: 'tệp JSON của hồ sơ; "-" để đọc đầu vào chuẩn', en: 'the JSON file of the document; "-" reads standard input' },
};

export const LANG: OptionSpec = {
  long: 'lang',
  value: 'LANG',
  choices: ['vi', 'en'],
  text: { vi: 'ngôn ngữ của thông báo lỗi', en: 'language of the error messages' },
  default: { vi: 'vi', en: 'vi' },
};

export const MAX_ISSUES: OptionSpec = {
  long: 'max-issues',
  value: 'N',
  text: { vi: 'in tối đa N lỗi (số nguyên dương); khi danh sách bị cắt, stderr có một dòng nói vậy', en: 'print at most N errors (a positive integer); a line on stderr says when the list was cut' },
  // The server's SERVICE_MAX_ISSUES, which the command applies; a test keeps the two equal.
  default: { vi: '1000, như máy chủ', en: '1000, as the server' },
};

export const PDF_OUT: OptionSpec = {
  long: 'out',
  short: 'o',
  value: 'FILE',
  required: true,
  text: { vi: 'tệp PDF cần ghi', en: 'the PDF file to write' },
};

/** Exit 2 of a command that reads nothing but a plan id and a kind: only they can be wrong. */
export const EXIT_WRONG_PLAN_OR_KIND: ExitSpec = {
  code: 2,
  text: { vi: 'gọi sai lệnh: thiếu đối số, kế hoạch hoặc loại hồ sơ không có, tùy chọn không có', en: 'a wrong call: a missing argument, an unknown plan, kind or option' },
};

/** Plans from folders outside the SDK, added before the command runs. */
export const PLANS_DIR: OptionSpec = {
  long: 'plans',
  value: 'DIR',
  repeatable: true,
  text: {
    vi: 'thêm các kế hoạch từ thư mục DIR: một thư mục kế hoạch (có definition.yaml) hoặc thư mục chứa các thư mục kế hoạch; lặp lại được. Kế hoạch cùng mã với kế hoạch có sẵn sẽ thay kế hoạch đó',
    en: 'add the plans of folder DIR: a plan folder (holding definition.yaml) or a folder of plan folders; may be repeated. A plan with the id of a built-in plan replaces it',
  },
};
