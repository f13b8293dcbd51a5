import { MAX_INPUT_BYTES } from './io.js';
import { DEFAULT_MAX_ISSUES } from './issue-list.js';

/** Each command's usage lines, as `thidua --help` lists them and `thidua <command> --help` prints them. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  plans: `  thidua plans [--json]                          Danh sách kế hoạch / list plans
`,
  plan: `  thidua plan <id> --json                        Định nghĩa kế hoạch / plan definition
`,
  schema: `  thidua schema <id> <report|nomination>         Lược đồ JSON / JSON Schema
`,
  schemas: `  thidua schemas --out DIR                       Ghi mọi lược đồ / write all schemas
`,
  example: `  thidua example <id> <report|nomination>        Hồ sơ mẫu hợp lệ / valid example
`,
  validate: `  thidua validate <id> <kind> <file.json|-> [--lang vi|en] [--max-issues N] [--json]
                                                 Kiểm tra hồ sơ: 0 hợp lệ, 1 có lỗi (in tối đa N lỗi, mặc định ${DEFAULT_MAX_ISSUES}),
                                                 2 không đọc được / validate: 0 valid, 1 invalid, 2 unreadable
                                                 --json: in { ok, errors, warnings, truncated? } ra stdout với mọi kết quả
                                                 / print the whole verdict as JSON on stdout, valid or not
`,
  pdf: `  thidua pdf <id> <kind> <file.json> -o out.pdf [--draft] [--margins 20,20,30,15] [--max-issues N]
                                                 Văn bản PDF theo Nghị định 30/2020 / official PDF
`,
  fill: `  thidua fill <template.pdf> <data.json> -o out.pdf [--flatten]
                                                 Điền biểu mẫu PDF (AcroForm) / fill a PDF form
`,
  serve: `  thidua serve [--port N] [--host H] [--portal DIR] [--cors ORIGIN,…] [--workers N] [--quiet]
                                                 Máy chủ kiểm tra hồ sơ, PDF và cổng mẫu (mặc định 127.0.0.1:38123)
                                                 / validation + PDF server and demo portal; Ctrl-C stops it
`,
};

/** The commands that read a JSON file, whose help ends with what such a file may be. */
const READS_JSON = new Set(['validate', 'pdf', 'fill']);

const HEAD = `thidua — Thi Đua SDK

Cách dùng / usage:
`;
const JSON_INPUT = `
Tệp JSON (hoặc "-" cho đầu vào chuẩn): UTF-8, tối đa ${MAX_INPUT_BYTES / 1048576} MB, không lặp khóa trong một đối tượng
  / JSON input (or "-" for standard input): UTF-8, at most ${MAX_INPUT_BYTES / 1048576} MB, no repeated keys in an object
`;

export const USAGE = HEAD + Object.values(COMMAND_HELP).join('') + JSON_INPUT;

/** One command's help: its usage lines, and what a JSON input may be when it reads one. */
export function commandHelp(name: string): string {
  return HEAD + COMMAND_HELP[name] + (READS_JSON.has(name) ? JSON_INPUT : '');
}

/** `--help` or `-h` anywhere among a command's arguments asks for its help, not for a run. */
export const asksForHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h');
