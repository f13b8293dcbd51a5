import { Command, Option } from 'commander';
import type { CommandRun, CommandSpec } from './command-spec.js';

/**
 * The parser of `thidua`'s command line, built from the command specs. It only parses: help is
 * written from the specs (help.ts), errors are said in Vietnamese by the caller (usage-errors.ts),
 * so Commander prints nothing and exits nothing itself.
 */
export function buildProgram(specs: readonly CommandSpec[], run: (command: CommandRun, input: Parameters<CommandRun>[0]) => Promise<void>): Command {
  const program = new Command('thidua')
    .helpOption(false)
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  const byName = new Map<string, Command>([['', program]]);
  /** The command of these words, made (with its parents) when no spec has made it yet. */
  const commandOf = (words: readonly string[]): Command => {
    const known = byName.get(words.join(' '));
    if (known) return known;
    const parent = commandOf(words.slice(0, -1));
    // Options after a subcommand's name are the subcommand's: `plan check DIR --json`.
    parent.enablePositionalOptions();
    // `.command()`, unlike `.addCommand()`, gives the subcommand the settings above.
    const made = parent.command(words[words.length - 1]!).helpOption(false).helpCommand(false);
    byName.set(words.join(' '), made);
    return made;
  };
  for (const spec of specs) {
    const command = commandOf(spec.name.split(' '));
    for (const a of spec.arguments) {
      const name = a.variadic ? `${a.name}...` : a.name;
      command.argument(a.optional ? `[${name}]` : `<${name}>`);
    }
    for (const o of spec.options) {
      const flags = `${o.short ? `-${o.short}, ` : ''}--${o.long}${o.value || o.choices ? ` <${o.value ?? 'value'}>` : ''}`;
      const option = new Option(flags);
      if (o.choices) option.choices(o.choices);
      if (o.required) option.makeOptionMandatory();
      if (o.repeatable) option.argParser((value: string, before: string[] | undefined) => [...(before ?? []), value]);
      command.addOption(option);
    }
    command.action(async (...params: unknown[]) => {
      const self = params[params.length - 1] as Command;
      const options = self.opts();
      // Plans from folders join the registry before the command reads it.
      if (Array.isArray(options.plans)) (await import('./plan-folders.js')).addPlans(options.plans as string[]);
      await run(await spec.load(), { args: self.args, options });
    });
  }
  return program;
}

/** The command a command line names, the longest match first (`plan check …` before `plan …`), and the words after it. */
export function findCommand(specs: readonly CommandSpec[], argv: readonly string[]): { spec: CommandSpec | undefined; rest: string[] } {
  let found: CommandSpec | undefined;
  let length = 0;
  for (const spec of specs) {
    const words = spec.name.split(' ');
    if (words.length > length && words.every((w, i) => argv[i] === w)) {
      found = spec;
      length = words.length;
    }
  }
  return { spec: found, rest: argv.slice(length) };
}
