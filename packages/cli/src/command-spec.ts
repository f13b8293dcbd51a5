/** Text said in Vietnamese first, then in English, as every message of the command is. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A positional argument, shown as `<name>` (required), `[name]` or `<name…>` in the usage line. */
export interface ArgumentSpec {
  name: string;
  optional?: boolean;
  /** The last argument may be given more than once (`<file…>`); the command reads them all. */
  variadic?: boolean;
  text: Bilingual;
}

/** An option: `--long VALUE`, with `-s` as a short form when it has one. */
export interface OptionSpec {
  long: string;
  short?: string;
  /** The name of its value as help shows it (`N`, `DIR`); absent for a switch such as `--json`. */
  value?: string;
  /** The only values accepted; anything else is a usage error (exit 2). */
  choices?: readonly string[];
  /** Must be given: missing, it is a usage error (exit 2). */
  required?: boolean;
  /** May be given more than once; the command reads the list of values. */
  repeatable?: boolean;
  text: Bilingual;
  /** What applies when the option is absent, as help says it; the command itself applies it. */
  default?: Bilingual;
}

export interface ExitSpec {
  code: number;
  text: Bilingual;
}

/** What a command is given once its arguments and options have been parsed. */
export interface CommandInput {
  args: readonly string[];
  /** By the option's long name in camelCase (`--max-issues` → `maxIssues`). */
  options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

/** Runs a command and returns its exit code; a mistake of the user is thrown as a UsageError. */
export type CommandRun = (input: CommandInput) => number | Promise<number>;

/**
 * A command as help describes it and the parser reads it. Its code is loaded only when it runs
 * (`load`), so that `--help`, and any other command, do not pay for what it imports.
 */
export interface CommandSpec {
  /** The words after `thidua`: `validate`, or `plan check` for a subcommand of `plan`. */
  name: string;
  /** One line for the list of commands. */
  summary: Bilingual;
  /** What it does, for its own help. */
  description: Bilingual;
  arguments: readonly ArgumentSpec[];
  options: readonly OptionSpec[];
  /** Every exit code the command uses, and when. */
  exits: readonly ExitSpec[];
  /** One complete command line a user can copy. */
  example: string;
  /** It reads JSON input, whose limits its help states. */
  readsJson?: boolean;
  /** It runs until stopped (a server): long enough for V8's optimising compiler to pay back (see bin.ts). */
  runsUntilStopped?: boolean;
  load: () => Promise<CommandRun>;
}
