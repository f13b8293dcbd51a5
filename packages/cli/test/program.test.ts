// A subcommand is one more description (`plan check` beside `plan`): the parser gives it its own
// arguments and options, and a command line finds it before its parent.
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CommandInput, CommandSpec } from '../src/command-spec.js';
import { commandHelp, usageLine } from '../src/help.js';
import { buildProgram, findCommand } from '../src/program.js';

const ran: [string, CommandInput][] = [];
const spec = (name: string, args: string[]): CommandSpec => ({
  name,
  summary: { vi: name, en: name },
  description: { vi: `Lệnh ${name}.`, en: `The ${name} command.` },
  arguments: args.map((a) => ({ name: a, text: { vi: a, en: a } })),
  options: [{ long: 'json', text: { vi: 'JSON', en: 'JSON' } }],
  exits: [{ code: 0, text: { vi: 'xong', en: 'done' } }],
  example: `thidua ${name} x`,
  load: async () => (input) => { ran.push([name, input]); return 0; },
});
const SPECS = [spec('plan', ['id']), spec('plan check', ['folder'])];

async function parse(...argv: string[]) {
  ran.length = 0;
  await buildProgram(SPECS, async (run, input) => { await run(input); }).parseAsync(argv, { from: 'user' });
  return ran.map(([name, input]) => ({ name, args: input.args, options: { ...input.options } }));
}

describe('subcommands', () => {
  it('run with their own arguments and options; the parent still runs on its own', async () => {
    expect(await parse('plan', 'check', 'thu-muc', '--json')).toEqual([{ name: 'plan check', args: ['thu-muc'], options: { json: true } }]);
    expect(await parse('plan', 'lam-dong-2022-2025', '--json')).toEqual([{ name: 'plan', args: ['lam-dong-2022-2025'], options: { json: true } }]);
  });

  it('refuse a wrong call as any command does', async () => {
    await expect(parse('plan', 'check')).rejects.toThrow(CommanderError);
    await expect(parse('plan', 'check', 'a', 'b')).rejects.toMatchObject({ code: 'commander.excessArguments' });
  });

  it('are found before their parent, and described with their full name', () => {
    expect(findCommand(SPECS, ['plan', 'check', 'thu-muc', '--help'])).toEqual({ spec: SPECS[1], rest: ['thu-muc', '--help'] });
    expect(findCommand(SPECS, ['plan', 'lam-dong-2022-2025'])).toEqual({ spec: SPECS[0], rest: ['lam-dong-2022-2025'] });
    expect(findCommand(SPECS, ['studio'])).toEqual({ spec: undefined, rest: ['studio'] });
    expect(usageLine(SPECS[1]!)).toBe('thidua plan check <folder> [--json]');
    expect(commandHelp(SPECS[1]!)).toContain('\n  thidua plan check <folder> [--json]\n');
  });

  it('may be listed before their parent', async () => {
    ran.length = 0;
    const program = buildProgram([SPECS[1]!, SPECS[0]!], async (run, input) => { await run(input); });
    await program.parseAsync(['plan', 'check', 'thu-muc'], { from: 'user' });
    await program.parseAsync(['plan', 'lam-dong-2022-2025'], { from: 'user' });
    expect(ran.map(([name, input]) => [name, input.args])).toEqual([['plan check', ['thu-muc']], ['plan', ['lam-dong-2022-2025']]]);
  });
});
