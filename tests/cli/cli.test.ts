// The built `thidua` command, as a user runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getSchema, planIds } from '@thidua/plans';
import { pathToFileURL } from 'node:url';
import { MAX_INPUT_BYTES } from '@thidua/cli';
import { createServer } from '@thidua/server';
import { afterAll, describe, expect, it } from 'vitest';
import { blankFreeText } from '../validate/helpers.js';

const BIN = path.resolve(__dirname, '../../packages/cli/dist/bundle/thidua.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-'));

function thidua(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('thidua plans', () => {
  it('--json lists the five plans with title, province and kinds', () => {
    const r = thidua(['plans', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((p: any) => p.id).sort()).toEqual(planIds().sort());
    for (const p of list) {
      expect(p.kinds).toEqual(['report', 'nomination']);
      expect(p.title.length).toBeGreaterThan(10);
      expect(p.province.length).toBeGreaterThan(2);
    }
  });
});

describe('thidua example | validate', () => {
  for (const id of planIds()) {
    for (const kind of ['report', 'nomination']) {
      it(`${id} ${kind}: the example validates, and a blanked copy exits 1 with Vietnamese messages`, () => {
        const ex = thidua(['example', id, kind]);
        expect(ex.code).toBe(0);
        const file = path.join(tmp, `${id}-${kind}.json`);
        fs.writeFileSync(file, ex.stdout);
        const ok = thidua(['validate', id, kind, file]);
        expect(ok.code, ok.stdout + ok.stderr).toBe(0);

        const blanked = path.join(tmp, `${id}-${kind}-blank.json`);
        fs.writeFileSync(blanked, JSON.stringify(blankFreeText(JSON.parse(ex.stdout), getSchema(id, kind))));
        const bad = thidua(['validate', id, kind, blanked]);
        expect(bad.code).toBe(1);
        const errors = JSON.parse(bad.stdout);
        expect(Array.isArray(errors)).toBe(true);
        expect(errors.length).toBeGreaterThan(5);
        for (const e of errors) {
          expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(['code', 'message', 'path']));
          expect(e.message).toMatch(/[àáảãạăâđêôơưệốờữ]/u);
        }
      });
    }
  }

  it('prints English messages with --lang en', () => {
    const file = path.join(tmp, 'en.json');
    fs.writeFileSync(file, JSON.stringify({ planId: 'dong-nai-so-ket-2023', kind: 'report' }));
    const r = thidua(['validate', 'dong-nai-so-ket-2023', 'report', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].message).toMatch(/: Enter this information\.$/);
  });

  it('reads standard input with "-"', () => {
    const ex = thidua(['example', 'dong-nai-so-ket-2023', 'report']).stdout;
    expect(thidua(['validate', 'dong-nai-so-ket-2023', 'report', '-'], ex).code).toBe(0);
  });
});

describe('exit 2 with a one-line reason', () => {
  const cases: [string, () => string[]][] = [
    ['malformed JSON', () => { const f = path.join(tmp, 'bad.json'); fs.writeFileSync(f, '{"planId": '); return ['validate', 'dong-nai-so-ket-2023', 'report', f]; }],
    ['missing file', () => ['validate', 'dong-nai-so-ket-2023', 'report', path.join(tmp, 'nope.json')]],
    ['a directory', () => ['validate', 'dong-nai-so-ket-2023', 'report', tmp]],
    ['not UTF-8', () => { const f = path.join(tmp, 'latin1.json'); fs.writeFileSync(f, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])); return ['validate', 'dong-nai-so-ket-2023', 'report', f]; }],
    ['a 25 MB file', () => { const f = path.join(tmp, 'huge.json'); fs.writeFileSync(f, '[' + '0,'.repeat(12_500_000) + '0]'); return ['validate', 'dong-nai-so-ket-2023', 'report', f]; }],
    ['a repeated key', () => { const f = path.join(tmp, 'dup.json'); fs.writeFileSync(f, '{"kind":"report","kind":"nomination"}'); return ['validate', 'dong-nai-so-ket-2023', 'report', f]; }],
    ['--max-issues 0', () => { const f = path.join(tmp, 'mi0.json'); fs.writeFileSync(f, thidua(['example', 'dong-nai-so-ket-2023', 'report']).stdout); return ['validate', 'dong-nai-so-ket-2023', 'report', f, '--max-issues', '0']; }],
    ['unknown plan', () => ['validate', 'ha-noi-2030', 'report', 'x.json']],
    ['unknown kind', () => ['example', 'dong-nai-so-ket-2023', 'thu-moi']],
    ['unknown command', () => ['frobnicate']],
  ];
  for (const [name, args] of cases) {
    it(name, () => {
      const r = thidua(args());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')[0]!.length).toBeGreaterThan(10);
    });
  }

  it('a JSON array or number is invalid data (exit 1), not unreadable', () => {
    const f = path.join(tmp, 'array.json');
    fs.writeFileSync(f, '[1,2,3]');
    const r = thidua(['validate', 'dong-nai-so-ket-2023', 'report', f]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].code).toBe('not-object');
  });
});

// The command line reads JSON as the server reads a body (parseJsonText of @thidua/validate):
// the same refusals, word for word, and the same bounds on what comes in and goes out.
describe('strict JSON input, as the server reads it', () => {
  const app = createServer({ portalDir: false, elementsDir: false });
  afterAll(() => app.close());
  const write = (name: string, bytes: string | Buffer) => { const f = path.join(tmp, name); fs.writeFileSync(f, bytes); return f; };
  const dossier = () => thidua(['example', 'lam-dong-2022-2025', 'nomination']).stdout;

  const cases: [string, () => string | Buffer][] = [
    ['invalid UTF-8 (Latin-1 "é")', () => Buffer.concat([Buffer.from('{"header":{"agency":"Tr'), Buffer.from([0xe9]), Buffer.from('n"}}')])],
    ['an overlong UTF-8 sequence', () => Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])],
    ['a repeated key at the top', () => dossier().replace(/^\{/, '{"kind":"report",')],
    ['a repeated key in a nominee', () => JSON.stringify(JSON.parse(dossier()), null, 2).replace(/"nominees": \[\n {4}\{/, '"nominees": [\n    {\n      "name": "Tên khác",')],
    ['a lone surrogate escape', () => dossier().replace(/"fullName": "/, '"fullName": "\\udc00')],
    ['malformed JSON', () => '{\n  "planId": "lam-dong-2022-2025",\n  oops\n}'],
    ['__proto__', () => '{"__proto__":{"x":1}}'],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}: exit 2 with the server's message (validate and pdf)`, async () => {
      const body = bytes();
      const f = write(`strict-${name.replace(/\W+/g, '-')}.json`, body);
      const server = (await app.inject({ method: 'POST', url: '/submissions/lam-dong-2022-2025/nomination/validate', headers: { 'content-type': 'application/json' }, payload: body })).json();
      expect(server.error.code).toMatch(/^THIDUA_(INVALID_UTF8|DUPLICATE_KEY|LONE_SURROGATE|MALFORMED_JSON|FORBIDDEN_KEY)$/);
      for (const args of [['validate', 'lam-dong-2022-2025', 'nomination', f], ['pdf', 'lam-dong-2022-2025', 'nomination', f, '-o', path.join(tmp, 'strict.pdf')]]) {
        const r = thidua(args);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`Tệp "${f}": ${server.error.message} / ${server.error.messageEn}\n`);
      }
      // Standard input says the same of itself.
      expect(thidua(['validate', 'lam-dong-2022-2025', 'nomination', '-'], body as any).stderr).toBe(`Dữ liệu vào: ${server.error.message} / ${server.error.messageEn}\n`);
    });
  }

  it('a repeated key names its JSON Pointer and line in a pretty-printed file', () => {
    const f = write('dup-pretty.json', JSON.stringify(JSON.parse(dossier()), null, 2).replace(/"nominees": \[\n {4}\{/, '"nominees": [\n    {\n      "name": "Tên khác",'));
    const r = thidua(['validate', 'lam-dong-2022-2025', 'nomination', f]);
    expect(r.stderr).toMatch(/Khóa “name” bị lặp lại trong cùng một đối tượng tại \/nominees\/0\/name \(dòng \d+, cột 7\)/);
  });
});

describe('bounded input and output', () => {
  // Peak RSS of the child, written by a preloaded module when it exits.
  function thiduaRss(args: string[]) {
    const rssFile = path.join(tmp, `rss-${process.hrtime.bigint()}`);
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(__dirname, 'report-rss.mjs')).href, BIN, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, THIDUA_RSS_FILE: rssFile } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t, rssMB: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
  }
  const emptyNominees = (n: number) => JSON.stringify({ planId: 'lam-dong-2022-2025', kind: 'nomination', nominees: Array.from({ length: n }, () => ({ type: 'individual' })) });

  it(`a 10.8 MB file is refused before it is read: exit 2, the size and the limit (${MAX_INPUT_BYTES / 1048576} MB), little memory`, () => {
    const f = path.join(tmp, 'huge-nominees.json');
    fs.writeFileSync(f, emptyNominees(495_000));
    expect(fs.statSync(f).size).toBeGreaterThan(10.8e6);
    const r = thiduaRss(['validate', 'lam-dong-2022-2025', 'nomination', f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Tệp ".*huge-nominees\.json" quá lớn \(10\.\d MB, tối đa 4 MB\)/);
    expect(r.rssMB).toBeLessThan(300);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('standard input is cut at the limit too', () => {
    const r = thidua(['validate', 'lam-dong-2022-2025', 'nomination', '-'], '[' + '0,'.repeat(2_200_000) + '0]');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Dữ liệu vào quá lớn \(trên 4 MB\)/);
  });

  it('a file just under the limit is read', () => {
    const f = path.join(tmp, 'just-under.json');
    const text = JSON.stringify({ planId: 'dong-nai-so-ket-2023', kind: 'report', pad: 'x'.repeat(MAX_INPUT_BYTES - 100) });
    fs.writeFileSync(f, text);
    expect(fs.statSync(f).size).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    expect(thidua(['validate', 'dong-nai-so-ket-2023', 'report', f]).code).toBe(1);
  });

  it('2 MB of 95 161 empty nominees: exit 1 with one too-large error (over validate()\'s node budget), small output', () => {
    const f = path.join(tmp, 'empty-nominees.json');
    fs.writeFileSync(f, emptyNominees(95_161));
    const r = thiduaRss(['validate', 'lam-dong-2022-2025', 'nomination', f]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(64 * 1024);
    expect(JSON.parse(r.stdout).map((e: { code: string }) => e.code)).toEqual(['too-large']);
    expect(r.stderr.length).toBeLessThan(64 * 1024);
  });

  it('12 000 empty nominees (within the node budget): exit 1, at most 1000 errors on stdout (< 1 MB), and a line saying the list was cut', () => {
    const f = path.join(tmp, 'empty-nominees-12k.json');
    fs.writeFileSync(f, emptyNominees(12_000));
    const r = thiduaRss(['validate', 'lam-dong-2022-2025', 'nomination', f]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(1024 * 1024);
    const errors = JSON.parse(r.stdout);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(1000);
    expect(r.stderr).toContain('Danh sách lỗi đã bị cắt: chỉ in');
    expect(r.stderr.length).toBeLessThan(64 * 1024);
  });

  it('--max-issues N prints at most N, on validate and pdf', () => {
    const ex = JSON.parse(thidua(['example', 'binh-dinh-2021-2025', 'report']).stdout);
    const f = path.join(tmp, 'max-issues.json');
    fs.writeFileSync(f, JSON.stringify(blankFreeText(ex, getSchema('binh-dinh-2021-2025', 'report'))));
    const all = thidua(['validate', 'binh-dinh-2021-2025', 'report', f]);
    expect(JSON.parse(all.stdout).length).toBeGreaterThan(3);
    expect(all.stderr).not.toContain('bị cắt');
    for (const args of [['validate', 'binh-dinh-2021-2025', 'report', f], ['pdf', 'binh-dinh-2021-2025', 'report', f, '-o', path.join(tmp, 'mi.pdf')]]) {
      const r = thidua([...args, '--max-issues', '3']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(all.stdout).slice(0, 3));
      expect(r.stderr).toContain('Danh sách lỗi đã bị cắt: chỉ in 3 lỗi đầu tiên (--max-issues 3)');
    }
  });
});

describe('thidua schema(s)', () => {
  it('schemas --out writes every plan × kind and an index', () => {
    const out = path.join(tmp, 'schemas');
    expect(thidua(['schemas', '--out', out]).code).toBe(0);
    for (const id of planIds()) {
      for (const kind of ['report', 'nomination']) {
        const s = JSON.parse(fs.readFileSync(path.join(out, id, `${kind}.schema.json`), 'utf8'));
        expect(s.$id).toMatch(new RegExp(`^https://schemas\\.thidua\\.dev/[a-z-]+/${id}/${kind}/\\d+\\.\\d+\\.\\d+\\.json$`));
      }
    }
    expect(JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')).length).toBe(planIds().length);
  });

  it('plan --json prints the definition with clauses', () => {
    const r = thidua(['plan', 'dong-nai-so-ket-2023', '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.outline.derived).toBe(false);
    expect(p.deadlines[0].clause).toContain('148/KH-UBND');
  });
});

describe('issue acceptance', () => {
  it('a 12-nominee Lâm Đồng 2023 dossier fails the quota, citing the clause', async () => {
    const { largeLamDongDossier } = await import('../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js');
    const file = path.join(tmp, 'ld-12.json');
    fs.writeFileSync(file, JSON.stringify(largeLamDongDossier(12)));
    const r = thidua(['validate', 'lam-dong-2022-2025', 'nomination', file]);
    expect(r.code).toBe(1);
    const quota = JSON.parse(r.stdout).find((e: any) => e.code === 'quota-max');
    expect(quota.path).toBe('/nominees');
    expect(quota.clause).toContain('1479/QĐ-UBND, mục IV.2.c');
    expect(quota.message).toContain('không quá 4 trường hợp');
    expect(quota.message).toContain('hồ sơ có 12');
  });

  it('a copy with literally every string blanked exits 1 with a JSON array of Vietnamese messages', () => {
    const ex = JSON.parse(thidua(['example', 'binh-dinh-2021-2025', 'nomination']).stdout);
    const blank = (v: any): any => typeof v === 'string' ? '' : Array.isArray(v) ? v.map(blank) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)])) : v;
    const file = path.join(tmp, 'all-blank.json');
    fs.writeFileSync(file, JSON.stringify(blank(ex)));
    const r = thidua(['validate', 'binh-dinh-2021-2025', 'nomination', file]);
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.stdout);
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.every((e: any) => /[«»]/.test(e.message))).toBe(true);
  });
});

describe('thidua pdf | fill', () => {
  it('writes the official PDF of every plan × kind example', () => {
    for (const id of planIds()) {
      for (const kind of ['report', 'nomination']) {
        const src = path.join(tmp, `pdf-${id}-${kind}.json`);
        fs.writeFileSync(src, thidua(['example', id, kind]).stdout);
        const out = path.join(tmp, `pdf-${id}-${kind}.pdf`);
        const r = thidua(['pdf', id, kind, src, '-o', out]);
        expect(r.code, r.stderr).toBe(0);
        expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      }
    }
  }, 120_000);

  it('refuses a blanked copy with exit 1, the errors, and no file; prints it with --draft', () => {
    const ex = JSON.parse(thidua(['example', 'binh-dinh-2021-2025', 'report']).stdout);
    const blanked = path.join(tmp, 'pdf-blank.json');
    fs.writeFileSync(blanked, JSON.stringify(blankFreeText(ex, getSchema('binh-dinh-2021-2025', 'report'))));
    const out = path.join(tmp, 'pdf-blank.pdf');
    const r = thidua(['pdf', 'binh-dinh-2021-2025', 'report', blanked, '-o', out]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(5);
    expect(fs.existsSync(out)).toBe(false);
    expect(thidua(['pdf', 'binh-dinh-2021-2025', 'report', blanked, '-o', out, '--draft']).code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('exits 2 on margins outside the Decree, a missing -o, or an unreadable template', () => {
    const src = path.join(tmp, 'pdf-m.json');
    fs.writeFileSync(src, thidua(['example', 'dong-nai-so-ket-2023', 'report']).stdout);
    expect(thidua(['pdf', 'dong-nai-so-ket-2023', 'report', src, '-o', path.join(tmp, 'm.pdf'), '--margins', '10,20,30,15']).code).toBe(2);
    expect(thidua(['pdf', 'dong-nai-so-ket-2023', 'report', src]).code).toBe(2);
    const notPdf = path.join(tmp, 'not.pdf');
    fs.writeFileSync(notPdf, 'hello');
    fs.writeFileSync(path.join(tmp, 'v.json'), '{"a":"b"}');
    expect(thidua(['fill', notPdf, path.join(tmp, 'v.json'), '-o', path.join(tmp, 'f.pdf')]).code).toBe(2);
  });

  it('fills a form template with Vietnamese text', async () => {
    const { createRequire } = await import('node:module');
    const req = createRequire(path.resolve(__dirname, '../../packages/pdf/package.json'));
    const { PDFDocument } = req('pdf-lib');
    const doc = await PDFDocument.create();
    const page = doc.addPage([595.28, 841.89]);
    const form = doc.getForm();
    form.createTextField('hoTen').addToPage(page, { x: 100, y: 700, width: 300, height: 24 });
    fs.writeFileSync(path.join(tmp, 'tpl.pdf'), await doc.save());
    fs.writeFileSync(path.join(tmp, 'vals.json'), JSON.stringify({ hoTen: 'Nguyễn Thị Hồng Nhung', khongCo: 'x' }));
    const out = path.join(tmp, 'filled.pdf');
    const r = thidua(['fill', path.join(tmp, 'tpl.pdf'), path.join(tmp, 'vals.json'), '-o', out, '--flatten']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('khongCo');
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
  });
});
