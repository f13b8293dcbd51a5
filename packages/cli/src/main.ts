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
import { asksForHelp, commandHelp, USAGE } from './help.js';

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
  // `thidua help serve` reads as `thidua serve --help`.
  if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help']);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`Lệnh không hợp lệ "${name}" / unknown command\n${USAGE}`);
    return 2;
  }
  // Help never runs the command: `thidua serve --help` must not start a server.
  if (asksForHelp(rest)) {
    process.stdout.write(commandHelp(name));
    return 0;
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
