// A wrong call says what is wrong in Vietnamese, then English, shows how to call, and exits 2
// without running the command.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USAGE } from '../src/index.js';
import { COMMANDS } from '../src/specs/index.js';
import { thidua } from './run-main.js';

afterEach(() => vi.restoreAllMocks());

/** Exit 2, nothing on stdout, the reason on the first line of stderr, then the command's usage. */
async function refused(argv: string[]) {
  // The command the words name, the longest first: `plan check …` before `plan …`.
  const spec = COMMANDS.filter((c) => c.name.split(' ').every((w, i) => argv[i] === w)).sort((a, b) => b.name.length - a.name.length)[0]!;
  const load = vi.spyOn(spec, 'load');
  const r = await thidua(...argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(load).not.toHaveBeenCalled();
  const [reason, usage, more] = r.stderr.split('\n');
  expect(usage).toMatch(new RegExp(`^Cách dùng / usage: thidua ${spec.name}( |$)`));
  expect(more).toBe(`Xem thêm / more: thidua ${spec.name} --help`);
  expect(reason).toBe(reason!.normalize('NFC'));
  return reason!;
}

describe('a wrong call: exit 2, the reason and the usage line', () => {
  for (const spec of COMMANDS) {
    // Commander checks required options first: they are given, so that the mistake tested is the only one.
    const required = spec.options.filter((o) => o.required).flatMap((o) => [`--${o.long}`, 'out']);

    it(`${spec.name} with an unknown option`, async () => {
      const args = spec.arguments.map(() => 'x');
      expect(await refused([...spec.name.split(' '), ...args, ...required, '--no-such-option'])).toBe(`Lệnh thidua ${spec.name} không có tùy chọn "--no-such-option". / thidua ${spec.name} has no option "--no-such-option".`);
    });

    // A last argument given any number of times (`pdf <file…>`) has no argument too many.
    if (!spec.arguments.some((a) => a.variadic)) it(`${spec.name} with one argument too many`, async () => {
      const args = [...spec.arguments.map(() => 'x'), 'thua'];
      expect(await refused([...spec.name.split(' '), ...args, ...required])).toMatch(new RegExp(`^Thừa đối số: thidua ${spec.name} (nhận ${spec.arguments.length} đối số|không nhận đối số nào), nhưng được cho ${args.length}\\.`));
    });

    const [first] = spec.arguments;
    if (first) {
      it(`${spec.name} without <${first.name}>`, async () => {
        expect(await refused([...spec.name.split(' '), ...required])).toBe(`Thiếu <${first.name}>: ${first.text.vi}. / missing <${first.name}>: ${first.text.en}.`);
      });
    }
  }

  it('a near miss of an option is suggested', async () => {
    expect(await refused(['validate', 'a', 'b', 'c', '--jsno'])).toMatch(/"--jsno"\. Có phải ý bạn là --json\? \/ .* Did you mean --json\?$/);
  });

  it('a required option left out', async () => {
    expect(await refused(['pdf', 'lam-dong-2022-2025', 'report', 'x.json'])).toBe('Thiếu tùy chọn -o FILE|DIR (tệp PDF cần ghi; với nhiều tệp, một thư mục, hoặc khi kết thúc bằng "/": thư mục ghi các tệp PDF). / -o FILE|DIR is required (the PDF file to write; with several files, a folder, or when it ends in "/": the folder to write the PDFs into).');
    expect(await refused(['schemas'])).toMatch(/^Thiếu tùy chọn -o DIR \(thư mục cần ghi/);
    expect(await refused(['fill', 'mau.pdf', 'gia-tri.json'])).toMatch(/^Thiếu tùy chọn -o FILE/);
  });

  it('an option without its value', async () => {
    expect(await refused(['serve', '--port'])).toBe('Thiếu giá trị cho --port: hãy viết --port N. / --port needs a value: write --port N.');
    expect(await refused(['validate', 'a', 'b', 'c', '--max-issues'])).toMatch(/^Thiếu giá trị cho --max-issues: hãy viết --max-issues N\./);
  });

  it('a value outside an option\'s choices', async () => {
    expect(await refused(['validate', 'a', 'b', 'c', '--lang', 'fr'])).toBe('Giá trị "fr" không dùng được cho --lang: hãy dùng vi hoặc en. / "fr" is not a valid value of --lang: use vi or en.');
  });

  it('an unknown command: the reason, then every command', async () => {
    const r = await thidua('valdate', 'x');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Không có lệnh "valdate". Có phải ý bạn là validate? Các lệnh có: / unknown command "valdate". Did you mean validate? The commands are:\n${USAGE}`);
    expect((await thidua('frobnicate')).stderr.split('\n')[0]).toBe('Không có lệnh "frobnicate". Các lệnh có: / unknown command "frobnicate". The commands are:');
  });

  it('an unknown option before any command', async () => {
    const r = await thidua('--verbose');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Lệnh thidua không có tùy chọn "--verbose". / thidua has no option "--verbose".');
  });
});

describe('what the command checks itself keeps its message', () => {
  it('an unknown plan lists the plans; an unknown kind lists the kinds', async () => {
    const plan = await thidua('schema', 'ha-noi-2030', 'report');
    expect(plan.code).toBe(2);
    expect(plan.stderr).toMatch(/^Không có kế hoạch "ha-noi-2030"\. Hãy dùng một trong các kế hoạch: .*lam-dong-2022-2025/);
    const kind = await thidua('example', 'lam-dong-2022-2025', 'thu-moi');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toBe('Loại hồ sơ phải là một trong: report, nomination / the kind must be one of: report, nomination\n');
  });

  it('--max-issues that is not a positive integer', async () => {
    const r = await thidua('validate', 'lam-dong-2022-2025', 'report', 'x.json', '--max-issues', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--max-issues cần một số nguyên dương/);
  });

  it('--port= with nothing after it', async () => {
    const r = await thidua('serve', '--port=');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Thiếu giá trị cho --port/);
  });
});
