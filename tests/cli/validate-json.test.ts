// `thidua validate --json`: the whole verdict on stdout whatever it is, for programs in any language.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getPlan, getSchema } from '@thidua/plans';
import { totalFigures, validate } from '@thidua/validate';
import { afterAll, describe, expect, it } from 'vitest';
import { blankFreeText, example } from '../validate/helpers.js';

const BIN = path.resolve(__dirname, '../../packages/cli/dist/bundle/thidua.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-json-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function thidua(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, data: unknown): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, JSON.stringify(data));
  return f;
}

/** What validate() in the same process says, in the shape the CLI promises. */
function expected(planId: string, kind: 'report' | 'nomination', data: unknown, lang: 'vi' | 'en' = 'vi') {
  const r = validate(planId, kind, data, { lang });
  const issue = ({ path, code, message, clause }: any) => ({ path, code, message, ...(clause ? { clause } : {}) });
  const totals = r.ok ? totalFigures([r.value], getPlan(planId)) : [];
  return { ok: r.ok, errors: r.errors.map(issue), warnings: r.warnings.map(issue), ...(totals.length ? { figureTotals: totals } : {}) };
}

// "hằng năm … gửi báo cáo … trước ngày 15/11" (QĐ 1479/QĐ-UBND, mục VI.6): a report dated 20/11 is late, still valid.
const late = example('lam-dong-2022-2025', 'report');
late.header.date = `${late.period.year}-11-20`;

describe('thidua validate --json', () => {
  it('a valid document prints { ok: true, errors: [], warnings: [] } (and its figure totals) on stdout and nothing on stderr', () => {
    const data = example('dong-nai-so-ket-2023', 'report');
    const r = thidua(['validate', 'dong-nai-so-ket-2023', 'report', file('ok.json', data), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, errors: [], warnings: [] });
    expect(JSON.parse(r.stdout)).toEqual(expected('dong-nai-so-ket-2023', 'report', data));
  });

  it('a valid document with figures adds their totals, approximate when a figure is "trên" or "hơn"', () => {
    const data = example('dong-nai-so-ket-2023', 'report');
    data.sections.nganHangTinDung.qualifiers = { doanhSoChoVay: 'tren' };
    const r = thidua(['validate', 'dong-nai-so-ket-2023', 'report', file('totals.json', data), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(expected('dong-nai-so-ket-2023', 'report', data));
    expect(out.figureTotals).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicator: 'doanhSoChoVay', value: 286450, unit: 'triệu đồng', approximate: true, qualifiers: ['tren'] }),
      expect.objectContaining({ what: 'Số lượt người dự các buổi tuyên truyền', value: 9400, unit: 'lượt người', approximate: true, qualifiers: ['hon'] }),
      expect.objectContaining({ what: 'Số hộ nghèo, hộ cận nghèo được hỗ trợ mô hình sinh kế', value: 226, approximate: false }),
    ]));
  });

  it('warnings of a valid document are JSON on stdout with code, path, message and clause (not text on stderr)', () => {
    const r = thidua(['validate', 'lam-dong-2022-2025', 'report', file('late.json', late), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(expected('lam-dong-2022-2025', 'report', late));
    const w = out.warnings.find((x: any) => x.code === 'deadline-late');
    expect(w).toMatchObject({ path: '/header/date', clause: expect.stringContaining('1479/QĐ-UBND, mục VI.6') });
    expect(w.message).toContain('trễ hạn');
  });

  it('an invalid document exits 1 with the errors the plain output prints, plus its warnings', () => {
    const bad = blankFreeText(late, getSchema('lam-dong-2022-2025', 'report'));
    const f = file('bad.json', bad);
    const r = thidua(['validate', 'lam-dong-2022-2025', 'report', f, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.errors.length).toBeGreaterThan(3);
    expect(out).toEqual(expected('lam-dong-2022-2025', 'report', bad));
    const plain = thidua(['validate', 'lam-dong-2022-2025', 'report', f]);
    expect(plain.code).toBe(1);
    expect(out.errors).toEqual(JSON.parse(plain.stdout));
  });

  it('--lang en and --max-issues apply; a cut list says truncated', () => {
    const bad = blankFreeText(example('binh-dinh-2021-2025', 'report'), getSchema('binh-dinh-2021-2025', 'report'));
    const f = file('cut.json', bad);
    const r = thidua(['validate', 'binh-dinh-2021-2025', 'report', f, '--json', '--max-issues', '2', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.truncated).toBe(true);
    expect(out.errors).toEqual(expected('binh-dinh-2021-2025', 'report', bad, 'en').errors.slice(0, 2));
    expect(JSON.parse(thidua(['validate', 'binh-dinh-2021-2025', 'report', f, '--json']).stdout).truncated).toBeUndefined();
  });

  it('unreadable input still exits 2 with one line on stderr and nothing on stdout', () => {
    const f = path.join(tmp, 'broken.json');
    fs.writeFileSync(f, '{"planId": ');
    const r = thidua(['validate', 'lam-dong-2022-2025', 'report', f, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Tệp ".*broken\.json": .+\n$/);
  });

  it('without --json the output is unchanged: warnings as text on stderr, nothing on stdout when valid', () => {
    const r = thidua(['validate', 'lam-dong-2022-2025', 'report', file('late-plain.json', late)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Cảnh báo: .*trễ hạn.*\nHợp lệ\.\n$/su);
  });
});
