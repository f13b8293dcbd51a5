import { ERROR_CODES, ThiduaError, type ErrorCodeEntry, type ThiduaErrorCode } from '@thidua/core';
import { parseArgs } from './args.js';
import { exampleCommand } from './commands/example.js';
import { planCommand } from './commands/plan.js';
import { plansCommand } from './commands/plans.js';
import { schemaCommand } from './commands/schema.js';
import { schemasCommand } from './commands/schemas.js';
import { validateCommand } from './commands/validate.js';
import { pdfCommand } from './commands/pdf.js';
import { fillCommand } from './commands/fill.js';
import { serveCommand } from './commands/serve.js';
import { UsageError } from './errors.js';
import { MAX_INPUT_BYTES } from './io.js';
import { DEFAULT_MAX_ISSUES } from './issue-list.js';

export const USAGE = `thidua — Thi Đua SDK

Cách dùng / usage:
  thidua plans [--json]                          Danh sách kế hoạch / list plans
  thidua plan <id> --json                        Định nghĩa kế hoạch / plan definition
  thidua schema <id> <report|nomination>         Lược đồ JSON / JSON Schema
  thidua schemas --out DIR                       Ghi mọi lược đồ / write all schemas
  thidua example <id> <report|nomination>        Hồ sơ mẫu hợp lệ / valid example
  thidua validate <id> <kind> <file.json|-> [--lang vi|en] [--max-issues N] [--json]
                                                 Kiểm tra hồ sơ: 0 hợp lệ, 1 có lỗi (in tối đa N lỗi, mặc định ${DEFAULT_MAX_ISSUES}),
                                                 2 không đọc được / validate: 0 valid, 1 invalid, 2 unreadable
                                                 --json: in { ok, errors, warnings, truncated? } ra stdout với mọi kết quả
                                                 / print the whole verdict as JSON on stdout, valid or not
  thidua pdf <id> <kind> <file.json> -o out.pdf [--draft] [--margins 20,20,30,15] [--max-issues N]
                                                 Văn bản PDF theo Nghị định 30/2020 / official PDF
  thidua fill <template.pdf> <data.json> -o out.pdf [--flatten]
                                                 Điền biểu mẫu PDF (AcroForm) / fill a PDF form
  thidua serve [--port N] [--host H] [--portal DIR] [--cors ORIGIN,…] [--workers N] [--quiet]
                                                 Máy chủ kiểm tra hồ sơ, PDF và cổng mẫu (mặc định 127.0.0.1:38123)
                                                 / validation + PDF server and demo portal; Ctrl-C stops it

Tệp JSON (hoặc "-" cho đầu vào chuẩn): UTF-8, tối đa ${MAX_INPUT_BYTES / 1048576} MB, không lặp khóa trong một đối tượng
  / JSON input (or "-" for standard input): UTF-8, at most ${MAX_INPUT_BYTES / 1048576} MB, no repeated keys in an object
`;

type Command = (args: ReturnType<typeof parseArgs>) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  plans: plansCommand,
  plan: planCommand,
  schema: schemaCommand,
  schemas: schemasCommand,
  example: exampleCommand,
  validate: validateCommand,
  pdf: pdfCommand,
  fill: fillCommand,
  serve: serveCommand,
};

/** Runs the CLI and returns its exit code; never throws for user mistakes. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`Lệnh không hợp lệ "${name}" / unknown command\n${USAGE}`);
    return 2;
  }
  try {
    return await cmd(parseArgs(rest, ['out', 'lang', 'margins', 'font-size', 'port', 'host', 'portal', 'cors', 'workers', 'max-issues']));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    // Any other SDK error the catalogue gives an exit status is a mistake of the input, not a bug.
    const code: ThiduaErrorCode | undefined = e instanceof ThiduaError ? e.code : undefined;
    const exit = code && (ERROR_CODES[code] as ErrorCodeEntry).exit;
    if (exit !== undefined) {
      process.stderr.write(`${(e as Error).message}\n`);
      return exit;
    }
    throw e;
  }
}
