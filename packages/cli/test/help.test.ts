// Every command explains itself: `--help` says what it does, its arguments, its options with
// their defaults, its exit codes and an example, in Vietnamese then English, and runs nothing.
import net from 'node:net';
import { DEFAULT_HOST, DEFAULT_PORT } from '@thidua/server';
import { SERVICE_MAX_ISSUES } from '@thidua/validate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_BYTES, USAGE } from '../src/index.js';
import { COMMANDS } from '../src/specs/index.js';
import { commandHelp, optionLabel } from '../src/help.js';
import { thidua } from './run-main.js';

afterEach(() => vi.restoreAllMocks());

/** The lines of one section of a help text, e.g. "Mã thoát / exit codes". */
function section(help: string, title: string): string {
  const start = help.indexOf(`\n${title}:\n`);
  expect(start, title).toBeGreaterThan(-1);
  return help.slice(start + title.length + 3).split('\n\n')[0]!.trimEnd();
}

/** Help text with its wrapping undone, to find a phrase that may span two lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const escape = (text: string) => text.replace(/[|.+()?*[\]{}^$\\]/g, '\\$&');

describe('thidua <command> --help', () => {
  for (const spec of COMMANDS) {
    it(`${spec.name}: its usage, arguments, options, exit codes and example; nothing run`, async () => {
      const load = vi.spyOn(spec, 'load');
      // A subcommand's words are separate arguments, as a shell passes them.
      const words = spec.name.split(' ');
      const r = await thidua(...words, '--help');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(load).not.toHaveBeenCalled();
      const help = r.stdout;
      expect(help).toMatch(new RegExp(`^thidua — Thi Đua SDK\\n\\nCách dùng / usage:\\n  thidua ${spec.name}[ \\n]`));
      expect(help).toContain(spec.description.vi.split(' ').slice(0, 4).join(' '));
      expect(help).toContain(spec.description.en.split(' ').slice(0, 4).join(' '));
      if (spec.arguments.length) {
        const args = section(help, 'Đối số / arguments');
        for (const a of spec.arguments) expect(args).toMatch(new RegExp(`^  <${a.name}${a.variadic ? '…' : ''}> +${a.text.vi.split(' ')[0]}`, 'm'));
      } else expect(help).not.toContain('Đối số / arguments');
      const options = section(help, 'Tùy chọn / options');
      for (const o of spec.options) {
        expect(options).toMatch(new RegExp(`^  ${escape(optionLabel(o))} `, 'm'));
        if (o.default) expect(flat(options)).toContain(`(mặc định: ${o.default.vi})`);
      }
      expect(options).toMatch(/^ {2}-h, --help /m);
      const exits = section(help, 'Mã thoát / exit codes');
      expect(exits.match(/^ {2}\d /gm)!.map((l) => Number(l))).toEqual(spec.exits.map((e) => e.code));
      expect(section(help, 'Ví dụ / example')).toBe(`  ${spec.example}`);
      expect(spec.example.startsWith(`thidua ${spec.name} `)).toBe(true);
      expect(help).toBe(help.normalize('NFC'));
      // -h and `thidua help <command>` say the same.
      expect((await thidua(...words, '-h')).stdout).toBe(help);
      expect((await thidua('help', ...words)).stdout).toBe(help);
    });
  }

  it('help anywhere among the arguments wins over a run, even with values that would be refused', async () => {
    const listen = vi.spyOn(net.Server.prototype, 'listen');
    const r = await thidua('serve', '--port', '99999', '--workers', '2', '--nonsense', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--portal DIR');
    expect(listen).not.toHaveBeenCalled();
  });

  it('the defaults help states are the ones the code applies', async () => {
    const serve = (await thidua('serve', '--help')).stdout;
    expect(flat(serve)).toContain(`(mặc định: ${DEFAULT_PORT})`);
    expect(flat(serve)).toContain(`(mặc định: ${DEFAULT_HOST}, `);
    for (const name of ['validate', 'pdf']) expect(flat((await thidua(name, '--help')).stdout)).toContain(`(mặc định: ${SERVICE_MAX_ISSUES}, như máy chủ)`);
    const reads = (await thidua('validate', '--help')).stdout;
    expect(reads).toContain(`UTF-8, tối đa ${MAX_INPUT_BYTES / 1048576} MB`);
    // Only the commands that read JSON say what it may be.
    expect((await thidua('schema', '--help')).stdout).not.toContain('Tệp JSON');
  });
});

describe('thidua --help', () => {
  it('lists every command with its usage line and what it does, and the exit codes', async () => {
    const r = await thidua('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
    for (const spec of COMMANDS) {
      expect(r.stdout).toMatch(new RegExp(`^  thidua ${spec.name}( .*)?(\\n {7,}.*)*\\n {6}${escape(spec.summary.vi)} / ${escape(spec.summary.en)}$`, 'm'));
    }
    expect(section(r.stdout, 'Mã thoát / exit codes').match(/^ {2}\d /gm)!.map(Number)).toEqual([0, 1, 2]);
    expect((await thidua('-h')).stdout).toBe(USAGE);
    expect((await thidua('help')).stdout).toBe(USAGE);
  });

  it('wraps its lines at 100 characters, a usage line under its first argument', async () => {
    const lines = [...COMMANDS.map((c) => c.name), ''].flatMap((name) => (name ? commandHelp(COMMANDS.find((c) => c.name === name)!) : USAGE).split('\n'));
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    expect(USAGE).toContain('  thidua pdf <id> <kind> <file…> -o FILE|DIR [--draft] [--margins T,B,L,R] [--lang vi|en]\n            [--max-issues N] [--plans DIR]…\n');
  });

  it('with no command at all: the list on stdout and exit 2, as before', async () => {
    const r = await thidua();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(USAGE);
  });

  it('`thidua help` of a command that does not exist lists the commands', async () => {
    const r = await thidua('help', 'frobnicate');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
  });
});

describe('thidua --version', () => {
  for (const flag of ['--version', '-V']) {
    it(`${flag}: the package's version on one line, exit 0, no command loaded`, async () => {
      const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
      const loads = COMMANDS.map((spec) => vi.spyOn(spec, 'load'));
      const r = await thidua(flag);
      expect(r).toMatchObject({ code: 0, stdout: `thidua ${pkg.version}\n`, stderr: '' });
      for (const load of loads) expect(load).not.toHaveBeenCalled();
    });
  }

  it('is named in the root help', async () => {
    const r = await thidua('--help');
    expect(section(r.stdout, 'Phiên bản / version')).toBe('  thidua --version   (hoặc / or -V)');
  });
});
