// `thidua pdf` of many documents in one run, as the built command runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getExample } from '@thidua/plans';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../../packages/cli/dist/bundle/thidua.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-batch-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function thidua(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLAN = 'lam-dong-2022-2025';
const report = getExample(PLAN, 'report') as { header: { agency: string } };
const other = structuredClone(report);
other.header.agency = 'UBND HUYỆN BẢO LÂM';
const put = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
  fs.writeFileSync(path.join(tmp, file), text);
};
const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', path.join(tmp, file), '-'], { encoding: 'utf8' }).stdout;

describe('thidua pdf with several documents', () => {
  put('bao-cao/da-lat.json', JSON.stringify(report));
  put('bao-cao/dam-rong.json', JSON.stringify(other));
  put('bao-cao/ghi-chu.txt', 'not a document');
  put('loi/thieu.json', JSON.stringify({ ...report, header: {} }));
  put('loi/hong.json', '{"planId": ');
  put('khac/da-lat.json', JSON.stringify(report));

  it('a folder: each .json file to a PDF of its name, each the PDF its single run writes', () => {
    const r = thidua('pdf', PLAN, 'report', 'bao-cao', '-o', 'pdf');
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'pdf')).sort()).toEqual(['da-lat.pdf', 'dam-rong.pdf']);
    expect(pdfText('pdf/dam-rong.pdf')).toContain('UBND HUYỆN BẢO LÂM');
    expect(pdfText('pdf/da-lat.pdf')).not.toContain('BẢO LÂM');
    const one = thidua('pdf', PLAN, 'report', 'bao-cao/dam-rong.json', '-o', 'mot.pdf');
    expect(one.code, one.stderr).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'mot.pdf')).equals(fs.readFileSync(path.join(tmp, 'pdf/dam-rong.pdf')))).toBe(true);
  });

  it('files that fail are named on stderr with why, the others still print, exit 1', () => {
    const r = thidua('pdf', PLAN, 'report', 'loi/thieu.json', 'bao-cao/dam-rong.json', 'loi/hong.json', '-o', 'lo/');
    expect(r.code).toBe(1);
    expect(fs.readdirSync(path.join(tmp, 'lo'))).toEqual(['dam-rong.pdf']);
    expect(r.stderr).toMatch(/^Không in được "loi\/thieu\.json": hồ sơ chưa hợp lệ \(\d+ lỗi\)/m);
    expect(r.stderr).toMatch(/^ {2}\/header\/agency: .+/m);
    expect(r.stderr).toMatch(/^Không in được "loi\/hong\.json": .*JSON/m);
    expect(r.stderr).toContain('1/3 tệp đã in; 2 tệp không in được.');
    expect(r.stdout).toBe('');
  });

  it('two inputs of one name are refused before anything prints (exit 2)', () => {
    const r = thidua('pdf', PLAN, 'report', 'bao-cao/da-lat.json', 'khac/da-lat.json', '-o', 'trung');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cùng ghi vào .*da-lat\.pdf/);
    expect(fs.existsSync(path.join(tmp, 'trung'))).toBe(false);
  });

  it('standard input prints one document only (exit 2)', () => {
    const r = thidua('pdf', PLAN, 'report', '-', 'bao-cao/da-lat.json', '-o', 'stdin');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Đầu vào chuẩn \("-"\) chỉ dùng khi in một tệp/);
  });
});
