// A plan the SDK never shipped, as a province tries it: Lâm Đồng's folder copied outside the
// repository and changed, then used by the built `thidua` command (packages/*/dist as they
// are, nothing rebuilt): listed, checked, validated against and printed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadPlanFolder } from '@thidua/plans';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeText, pdfText } from '../pdf/tools.js';
import { CHANGED_ID, CHANGED_TITLE, CITY_FIXTURE, SOURCE_PLAN, changedPlan, copyPlan, edit, removePlan } from '../e2e/support/changed-plan.mjs';

const BIN = path.resolve(__dirname, '../../packages/cli/dist/bundle/thidua.js');
const made: string[] = [];
afterAll(() => made.forEach(removePlan));
const keep = (dir: string) => (made.push(dir), dir);

function thidua(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A submission of the folder written to a file of its own (fixtures may be a base and a patch). */
function submissionFile(dir: string, file: string): string {
  const folder = loadPlanFolder(dir);
  const i = folder.invalidFiles.indexOf(file);
  const j = folder.exampleFiles.indexOf(file);
  const data = i >= 0 ? folder.invalid[i]!.data : folder.examples[j]!.data;
  const out = path.join(path.dirname(dir), path.basename(file));
  fs.writeFileSync(out, JSON.stringify(data));
  return out;
}

describe('a changed plan folder outside the repository', () => {
  const dir = keep(changedPlan());

  it('is listed by thidua plans --plans, after the built-in plans', () => {
    const r = thidua('plans', '--json', '--plans', dir);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; title: string }[];
    expect(list.at(-1)).toMatchObject({ id: CHANGED_ID, title: CHANGED_TITLE });
    expect(list.map((p) => p.id)).toContain(SOURCE_PLAN);
  });

  it('passes thidua plan check', () => {
    const r = thidua('plan', 'check', dir);
    expect(r.stdout).toContain(`Kế hoạch ${CHANGED_ID}: không có lỗi nào.`);
    expect(r.code).toBe(0);
  });

  it('validates with thidua validate --plans, its changed quota in the message', () => {
    const good = thidua('validate', '--plans', dir, CHANGED_ID, 'report', submissionFile(dir, 'examples/01-bao-cao-nam-2023-huyen-dam-rong.json'));
    expect(good.stderr).toContain('Hợp lệ.');
    expect(good.code).toBe(0);
    const city = thidua('validate', '--plans', dir, CHANGED_ID, 'nomination', submissionFile(dir, CITY_FIXTURE));
    expect(city.code).toBe(1);
    const [issue] = JSON.parse(city.stdout) as { code: string; message: string }[];
    expect(issue).toMatchObject({ code: 'quota-max' });
    expect(issue!.message).toContain('không quá 1 trường hợp');
    // The same submission under the built-in plan: 2 allowed, so the message differs.
    const builtIn = thidua('validate', SOURCE_PLAN, 'nomination', submissionFile(dir, CITY_FIXTURE));
    expect(builtIn.stdout).not.toContain('không quá 1 trường hợp');
  });

  it('prints with thidua pdf --plans: a PDF that reads back', () => {
    const out = path.join(path.dirname(dir), 'bao-cao.pdf');
    const r = thidua('pdf', '--plans', dir, CHANGED_ID, 'report', submissionFile(dir, 'examples/01-bao-cao-nam-2023-huyen-dam-rong.json'), '-o', out);
    expect(r.stderr).toContain(`Đã ghi ${out}`);
    expect(r.code).toBe(0);
    expect(normalizeText(pdfText(fs.readFileSync(out)))).toContain('ĐAM RÔNG');
  });

  it('gives its schema to thidua schema --plans, under its own $id', () => {
    const r = thidua('schema', '--plans', dir, CHANGED_ID, 'nomination');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$id).toContain(`/${CHANGED_ID}/nomination/`);
  });

  it('is served by thidua serve --plans: in the catalogue, its chunks beside the built-in ones', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--quiet', '--plans', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += String(d);
          const m = /http:\/\/\S+\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`thidua serve exited ${code}`)));
      });
      const plans = await (await fetch(new URL('plans', url))).json() as { id: string }[];
      expect(plans.map((p) => p.id)).toContain(CHANGED_ID);
      const chunk = await fetch(new URL(`elements/plans/${CHANGED_ID}/nomination.js`, url));
      expect(chunk.status).toBe(200);
      expect(await chunk.text()).toContain('export const validate = ');
    } finally {
      const stopped = new Promise((r) => child.on('exit', r));
      child.kill('SIGINT');
      await stopped;
    }
  });

  it('is found in a folder of plan folders too', () => {
    const r = thidua('example', '--plans', path.dirname(dir), CHANGED_ID, 'report');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).planId).toBe(CHANGED_ID);
  });
});

describe('a folder with the id of a built-in plan', () => {
  const dir = keep(copyPlan());
  edit(dir, 'definition.yaml', '    total: { max: 2 }', '    total: { max: 1 }');

  it('replaces it, and the command says so on stderr', () => {
    const r = thidua('validate', '--plans', dir, SOURCE_PLAN, 'nomination', submissionFile(dir, CITY_FIXTURE));
    expect(r.stderr).toContain(`Kế hoạch ${SOURCE_PLAN} được đọc từ ${dir}, thay cho kế hoạch cùng mã có sẵn trong SDK.`);
    expect(r.stdout).toContain('không quá 1 trường hợp');
  });

  it('an id that cannot name a URL path (capitals, diacritics): refused at its line', () => {
    const other = keep(copyPlan());
    edit(other, 'definition.yaml', `\nid: ${SOURCE_PLAN}\n`, '\nid: Lâm-Đồng-2026\n');
    const r = thidua('plans', '--plans', other);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/definition\.yaml:\d+:\d+: mã kế hoạch “Lâm-Đồng-2026” không hợp lệ: mã chỉ gồm chữ thường không dấu/);
  });

  it('given twice from two folders, is refused: one id, two folders', () => {
    const other = keep(copyPlan());
    const r = thidua('plans', '--plans', dir, '--plans', other);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/definition\.yaml:\d+:\d+: kế hoạch “lam-dong-2022-2025” đã được đọc từ /);
  });
});

describe('thidua plan check on planted errors', () => {
  /** The line of the first occurrence of `text` in the folder's definition.yaml. */
  const lineOf = (dir: string, text: string) => fs.readFileSync(path.join(dir, 'definition.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

  it('a quota naming a missing award form, and a citation not in source.txt: exit 1, each with definition.yaml and its line', () => {
    const dir = keep(copyPlan());
    edit(dir, 'definition.yaml', '    awardForms: [ bang-khen-chu-tich-ubnd-tinh ]\n    appliesTo: { unitType: thanh-pho }', '    awardForms: [ bang-khen-khong-co ]\n    appliesTo: { unitType: thanh-pho }');
    edit(dir, 'definition.yaml', 'mục IV.2.c, khen thưởng sơ kết năm 2023', 'mục IV.9.c, khen thưởng sơ kết năm 2023');
    const r = thidua('plan', 'check', dir);
    expect(r.code).toBe(1);
    const award = lineOf(dir, 'bang-khen-khong-co');
    const citation = lineOf(dir, 'mục IV.9.c');
    expect(r.stdout).toContain(`${path.join(dir, 'definition.yaml')}:${award}: lỗi: Hạn mức “so-ket-2023-thanh-pho” nêu hình thức khen thưởng “bang-khen-khong-co”`);
    expect(r.stdout).toContain(`${path.join(dir, 'definition.yaml')}:${citation}: lỗi: Trích dẫn “mục IV.9.c”`);
    expect(r.stdout).toMatch(/\n {2}error: quota "so-ket-2023-thanh-pho" names unknown award "bang-khen-khong-co" \[unknown-reference\]\n/);
    expect(r.stdout).toMatch(/Kế hoạch lam-dong-2022-2025: \d+ lỗi, \d+ cảnh báo\. \/ \d+ error\(s\), \d+ warning\(s\)\.\n$/);
    // --json: the same issues, for tools.
    const json = thidua('plan', 'check', dir, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'unknown-reference', file: 'definition.yaml', line: award }),
      expect.objectContaining({ code: 'citation-unresolved', file: 'definition.yaml', line: citation }),
    ]));
  });

  it('an invalid fixture that no longer fails: its own file and line', () => {
    const dir = keep(copyPlan());
    edit(dir, 'invalid/04-bao-cao-nam-2023-de-ngay-20-11.json', '"value": "2023-11-20"', '"value": "2023-11-10"');
    const r = thidua('plan', 'check', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${path.join(dir, 'invalid/04-bao-cao-nam-2023-de-ngay-20-11.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: lỗi: `));
  });

  it('a folder that cannot be read: exit 2, one line naming the file and line', () => {
    const dir = keep(copyPlan());
    edit(dir, 'definition.yaml', '\nquotas:\n', '\nquotas:\n  - use: khong-co-ten-nay\n');
    const r = thidua('plan', 'check', dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Không đọc được thư mục kế hoạch .*: definition\.yaml:\d+:\d+: /);
    expect(thidua('plan', 'check', path.join(dir, 'khong-co')).code).toBe(2);
  });

  it('a definition of the wrong shape (a number where the quotas list belongs): exit 2 with what to do, no crash', () => {
    const dir = keep(copyPlan());
    edit(dir, 'definition.yaml', '\nquotas:\n', '\nquotas: 5\nkhong-dung:\n');
    for (const r of [thidua('plan', 'check', dir), thidua('plans', '--plans', dir)]) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/không đúng định dạng \(.+\)\. Hãy đối chiếu từng trường với lược đồ định nghĩa kế hoạch/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('thidua plan <id> still prints a definition', () => {
    const r = thidua('plan', SOURCE_PLAN);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(SOURCE_PLAN);
  });
});
