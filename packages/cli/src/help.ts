import type { ArgumentSpec, Bilingual, CommandSpec, ExitSpec, OptionSpec } from './command-spec.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { COMMANDS } from './specs/index.js';

/** Help lines are wrapped here, so that they read the same in a terminal, a pipe and the README. */
const WIDTH = 100;
/** A label wider than this puts its text on the next line. */
const LABEL_MAX = 24;

function wrap(text: string, indent: number, first = indent): string[] {
  const lines: string[] = [];
  let line = '';
  let at = first;
  for (const word of text.split(' ')) {
    if (line && at + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
      at = indent;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l));
}

/** Vietnamese, then the English on the next line after "/ ", both under `indent`. */
function bilingual(text: Bilingual, indent: number, first = indent): string {
  return [...wrap(text.vi, indent, first), ' '.repeat(indent) + wrap(`/ ${text.en}`, indent).join('\n')].join('\n');
}

/** Rows of a label and its text in two columns. */
function table(rows: readonly [string, Bilingual][]): string {
  const width = Math.min(LABEL_MAX, Math.max(...rows.map(([label]) => label.length))) + 2;
  return rows.map(([label, text]) => {
    const head = `  ${label}`;
    if (label.length > LABEL_MAX) return `${head}\n${' '.repeat(width + 2)}${bilingual(text, width + 2)}`;
    return head.padEnd(width + 2) + bilingual(text, width + 2);
  }).join('\n') + '\n';
}

const valueOf = (option: OptionSpec): string | undefined => (option.choices ? option.choices.join('|') : option.value);

/** `-o, --out FILE`, `--lang vi|en`, `--json`. */
export function optionLabel(option: OptionSpec): string {
  const name = option.short ? `-${option.short}, --${option.long}` : `--${option.long}`;
  const value = valueOf(option);
  return value ? `${name} ${value}` : name;
}

/** An option as one writes it: its short form when it has one, `-o FILE`, `--lang vi|en`. */
export function writtenOption(option: OptionSpec): string {
  const name = option.short ? `-${option.short}` : `--${option.long}`;
  const value = valueOf(option);
  return value ? `${name} ${value}` : name;
}

/** An option in a usage line: in brackets unless required. */
const usageOption = (option: OptionSpec): string => `${option.required ? writtenOption(option) : `[${writtenOption(option)}]`}${option.repeatable ? '…' : ''}`;

/** The words of a usage line; an option and its value stay together. */
/** `<file>`, `[file]`, `<file…>`. */
const argumentLabel = (a: ArgumentSpec): string => {
  const name = a.variadic ? `${a.name}…` : a.name;
  return a.optional ? `[${name}]` : `<${name}>`;
};

function usageWords(spec: CommandSpec): string[] {
  const args = spec.arguments.map(argumentLabel);
  return [`thidua ${spec.name}`, ...args, ...spec.options.map(usageOption)];
}

/** `thidua validate <id> <kind> <file> [--lang vi|en] [--max-issues N] [--json]`. */
export const usageLine = (spec: CommandSpec): string => usageWords(spec).join(' ');

/** The usage line at two spaces in, wrapped under the command's first argument when too long. */
function usageBlock(spec: CommandSpec): string {
  const [command, ...rest] = usageWords(spec);
  const indent = 2 + command!.length + 1;
  const lines = [`  ${command}`];
  for (const word of rest) {
    if (lines[lines.length - 1]!.length + 1 + word.length > WIDTH) lines.push(' '.repeat(indent - 1) + word);
    else lines[lines.length - 1] += ` ${word}`;
  }
  return lines.join('\n');
}

const withDefault = (option: OptionSpec): Bilingual => (option.default
  ? { vi: `${option.text.vi} (mặc định: ${option.default.vi})`, en: `${option.text.en} (default: ${option.default.en})` }
  : option.text);

const HELP_OPTION: [string, Bilingual] = ['-h, --help', { vi: 'in trợ giúp này, không chạy lệnh', en: 'print this help without running the command' }];

const exitRows = (exits: readonly ExitSpec[]): [string, Bilingual][] => exits.map((e) => [String(e.code), e.text]);

const HEAD = 'thidua — Thi Đua SDK\n\nCách dùng / usage:\n';

const MB = MAX_INPUT_BYTES / 1048576;
const JSON_INPUT = `
Tệp JSON (hoặc "-" cho đầu vào chuẩn): UTF-8, tối đa ${MB} MB, không lặp khóa trong một đối tượng
  / JSON input (or "-" for standard input): UTF-8, at most ${MB} MB, no repeated keys in an object
`;

/** One command's help: what it does, its arguments, options, exit codes and an example. */
export function commandHelp(spec: CommandSpec): string {
  const parts = [
    `${HEAD}${usageBlock(spec)}\n`,
    `${bilingual(spec.description, 0)}\n`,
  ];
  if (spec.arguments.length) parts.push(`Đối số / arguments:\n${table(spec.arguments.map((a) => [argumentLabel(a), a.text]))}`);
  parts.push(`Tùy chọn / options:\n${table([...spec.options.map((o): [string, Bilingual] => [optionLabel(o), withDefault(o)]), HELP_OPTION])}`);
  parts.push(`Mã thoát / exit codes:\n${table(exitRows(spec.exits))}`);
  parts.push(`Ví dụ / example:\n  ${spec.example}\n`);
  return parts.join('\n') + (spec.readsJson ? JSON_INPUT : '');
}

const ROOT_EXITS: ExitSpec[] = [
  { code: 0, text: { vi: 'thành công', en: 'success' } },
  { code: 1, text: { vi: 'dữ liệu không hợp lệ (validate, pdf, fill): các lỗi được in ra', en: 'invalid data (validate, pdf, fill): the errors are printed' } },
  { code: 2, text: { vi: 'gọi sai lệnh hoặc không đọc được dữ liệu vào: một dòng trên stderr nói lý do', en: 'a wrong call or unreadable input: one line on stderr says why' } },
];

/** `thidua --help`: every command with what it does, then how to get one command's help. */
export function rootHelp(commands: readonly CommandSpec[] = COMMANDS): string {
  const list = commands.map((c) => `${usageBlock(c)}\n${' '.repeat(6)}${c.summary.vi} / ${c.summary.en}\n`).join('');
  return `${HEAD}${list}
Trợ giúp của một lệnh / one command's help:
  thidua <lệnh> --help   (hoặc / or -h, thidua help <lệnh>)

Phiên bản / version:
  thidua --version   (hoặc / or -V)

Mã thoát / exit codes:
${table(exitRows(ROOT_EXITS))}
Ví dụ / example:
  thidua validate lam-dong-2022-2025 nomination x.json
${JSON_INPUT}`;
}

/**
 * The help `thidua help` prints: every command. Marked pure so that the bundled command, which
 * calls `rootHelp()` only when it prints it, does not build it on every run.
 */
export const USAGE = /* @__PURE__ */ rootHelp();
