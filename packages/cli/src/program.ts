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
  for (const spec of specs) {
    // `.command()`, unlike `.addCommand()`, gives the subcommand the settings above.
    const command = program.command(spec.name).helpOption(false);
    for (const a of spec.arguments) command.argument(a.optional ? `[${a.name}]` : `<${a.name}>`);
    for (const o of spec.options) {
      const flags = `${o.short ? `-${o.short}, ` : ''}--${o.long}${o.value || o.choices ? ` <${o.value ?? 'value'}>` : ''}`;
      const option = new Option(flags);
      if (o.choices) option.choices(o.choices);
      if (o.required) option.makeOptionMandatory();
      command.addOption(option);
    }
    command.action(async (...params: unknown[]) => {
      const self = params[params.length - 1] as Command;
      await run(await spec.load(), { args: self.args, options: self.opts() });
    });
  }
  return program;
}
