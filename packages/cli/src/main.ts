import type { ErrorCodeEntry, ThiduaErrorCode } from '@thidua/core';
import { CommanderError } from 'commander';
import type { CommandSpec } from './command-spec.js';
import { commandHelp, rootHelp, usageLine } from './help.js';
import { buildProgram, findCommand } from './program.js';
import { COMMANDS } from './specs/index.js';
import { usageMessage } from './usage-errors.js';
import { VERSION } from './version.js';

/** `--help` or `-h` anywhere among a command's arguments asks for its help, not for a run. */
const asksForHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h');

/** The command {@link main} is about to run. */
export interface RunningCommand {
  /** As typed after `thidua`, e.g. `pdf` or `plan check`. */
  name: string;
  /** A server or the studio, which runs until stopped; every other command ends with its job. */
  runsUntilStopped: boolean;
}

/** What the caller of {@link main} wants to know of the run. */
export interface MainHooks {
  /** Called once the command to run is known, before it is loaded: not for help or a wrong call. */
  onCommand?: (command: RunningCommand) => void;
}

/**
 * Runs the CLI and returns its exit code; never throws for user mistakes. Only the command that
 * runs is loaded: help and a wrong call read the specs alone.
 */
export async function main(argv: string[], hooks: MainHooks = {}): Promise<number> {
  const [name, ...after] = argv;
  if (name === 'help') {
    // `thidua help serve` reads as `thidua serve --help`.
    const { spec } = findCommand(COMMANDS, after);
    process.stdout.write(spec ? commandHelp(spec) : rootHelp());
    return 0;
  }
  // What a script or a bug report asks first; nothing else is loaded for it.
  if (name === '--version' || name === '-V') {
    process.stdout.write(`thidua ${VERSION}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(rootHelp());
    return name ? 0 : 2;
  }
  const { spec, rest } = findCommand(COMMANDS, argv);
  // Help never runs the command: `thidua serve --help` must not start a server.
  if (spec && asksForHelp(rest)) {
    process.stdout.write(commandHelp(spec));
    return 0;
  }
  if (spec) hooks.onCommand?.({ name: spec.name, runsUntilStopped: spec.runsUntilStopped === true });
  let exitCode = 0;
  try {
    await buildProgram(COMMANDS, async (run, input) => { exitCode = await run(input); }).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return reportFailure(e, spec);
  }
}

/** One line on stderr saying what is wrong, and the exit code; anything else is a bug and is thrown. */
async function reportFailure(e: unknown, spec: CommandSpec | undefined): Promise<number> {
  if (e instanceof CommanderError) {
    const { vi, en } = usageMessage(e, spec);
    // A wrong call ends with how to call: the command's usage line, or the list of commands.
    const how = spec
      ? `Cách dùng / usage: ${usageLine(spec)}\nXem thêm / more: thidua ${spec.name} --help\n`
      : rootHelp();
    process.stderr.write(`${vi} / ${en}\n${how}`);
    return 2;
  }
  // Loaded only now: the SDK's error catalogue is not needed by a run that goes well.
  const [{ UsageError }, { ERROR_CODES, ThiduaError }] = await Promise.all([import('./errors.js'), import('@thidua/core')]);
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
