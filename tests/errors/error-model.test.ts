// One error model: every error the packages throw is a coded subclass of ThiduaError, every
// code is in the catalogue (ERROR_CODES of @thidua/core) and the catalogue holds no code the
// source does not use; docs/reference/errors.md is generated from it and up to date.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, ThiduaError } from '@thidua/core';
import { readJson, UsageError } from '@thidua/cli';
import { fillForm, FillFormError, NotAPdfError } from '@thidua/pdf';
import { loadTinos } from '@thidua/pdf/node';
import { getPlan, UnknownPlanError } from '@thidua/plans';
import { createServer, ServerOptionError } from '@thidua/server';
import { JsonTextError, parseJsonText, schemaForCode } from '@thidua/validate';
import { loadPlanChunk } from '../../packages/elements/src/internal/plan-loader.js';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Source files of the packages, without tests, plan examples and fixtures (data assertions). */
function sources(): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) visit(rel);
      else if (/\.ts$/.test(e.name) && !/\.test\.ts$|\.d\.ts$/.test(e.name) && !/^(examples|invalid)\.ts$/.test(e.name)) out.push(rel);
    }
  };
  for (const p of fs.readdirSync(path.join(ROOT, 'packages'))) {
    if (fs.existsSync(path.join(ROOT, 'packages', p, 'src'))) visit(`packages/${p}/src`);
  }
  return out.sort();
}
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

// Names of environment variables, not error codes.
const ENVIRONMENT = new Set(['THIDUA_SERVER_OPTIONS']);

describe('every thrown error is a ThiduaError', () => {
  it('no class extends Error but ThiduaError; no bare Error is thrown or dressed up', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((f) => read(f).split('\n').flatMap((line, i) => {
      const bad = /\bextends Error\b/.test(line) && !f.endsWith('core/src/errors/thidua-error.ts')
        || /throw new Error\(/.test(line) || /Object\.assign\(new Error/.test(line);
      return bad ? [`${f}:${i + 1}: ${line.trim()}`] : [];
    }));
    expect(hits).toEqual([]);
  });

  it('no argument check throws a bare TypeError or RangeError', () => {
    // Left as they are: fillForm's guards of its argument types (its tests and callers expect a
    // TypeError there), and the object-stream reader's RangeError, caught at once and rethrown
    // as a DamagedObjectError.
    const KNOWN = ['packages/pdf/src/fill/fill-form.ts', 'packages/pdf/src/fill/guarded-parser.ts'];
    const hits = sources().filter((f) => !KNOWN.includes(f)).flatMap((f) => read(f).split('\n').flatMap((line, i) =>
      /new (TypeError|RangeError)\(/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : []));
    expect(hits).toEqual([]);
  });
});

describe('the catalogue of codes', () => {
  const literals = new Map<string, string[]>();
  for (const f of sources()) {
    if (f.endsWith('core/src/errors/codes.ts')) continue;
    for (const m of read(f).matchAll(/['"`](THIDUA_[A-Z0-9_]+)['"`]/g)) literals.set(m[1]!, [...(literals.get(m[1]!) ?? []), f]);
  }

  it('holds every THIDUA_* code the source uses', () => {
    const unknown = [...literals.keys()].filter((c) => !(c in ERROR_CODES) && !ENVIRONMENT.has(c)).map((c) => `${c} (${literals.get(c)!.join(', ')})`);
    expect(unknown).toEqual([]);
  });

  it('holds no code the source never uses', () => {
    expect(Object.keys(ERROR_CODES).filter((c) => !literals.has(c))).toEqual([]);
  });

  it('names classes that exist in the package it names', () => {
    for (const [code, e] of Object.entries(ERROR_CODES)) {
      const dir = `packages/${e.package.replace('@thidua/', '')}/src`;
      const declared = sources().filter((f) => f.startsWith(dir)).some((f) => new RegExp(`class ${e.thrownAs}\\b|name: '${e.thrownAs}'`).test(read(f)));
      expect(declared, `${code}: ${e.thrownAs} in ${dir}`).toBe(true);
    }
  });
});

describe('docs/reference/errors.md', () => {
  it('is up to date (scripts/gen-errors.mjs --check)', () => {
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/gen-errors.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(stderr).toBe('');
  });

  it('has a section for every code, with its fix and class', () => {
    const page = read('docs/reference/errors.md');
    for (const [code, e] of Object.entries(ERROR_CODES)) {
      const section = page.split(`\n### ${code}\n`)[1]?.split('\n### ')[0] ?? '';
      expect(section, code).toContain(e.fixVi);
      expect(section, code).toContain(e.fixEn);
      expect(section, code).toContain(`\`${e.thrownAs}\``);
    }
  });
});

describe('a host catches errors by class', () => {
  const caught = async (f: () => unknown): Promise<unknown> => {
    try { await f(); } catch (e) { return e; }
    throw new ThiduaError('THIDUA_INTERNAL', { vi: 'Không có lỗi nào.', en: 'Nothing was thrown.' });
  };

  it('a fill error', async () => {
    const e = await caught(() => fillForm(new TextEncoder().encode('hello, not a pdf'), {}, { fonts: loadTinos() }));
    expect(e).toBeInstanceOf(ThiduaError);
    expect(e).toBeInstanceOf(FillFormError);
    expect(e).toBeInstanceOf(NotAPdfError);
    const err = e as NotAPdfError;
    expect(err.code).toBe('THIDUA_FILL_NOT_PDF');
    expect(err.details).toEqual({ firstBytes: 'hello, not a pdf' });
    expect(err.messageVi).toContain('Tệp mẫu không phải là PDF');
    expect(err.messageEn).toContain('The template is not a PDF');
    expect(err.message).toBe(`${err.messageVi} / ${err.messageEn}`);
  });

  it('a JSON text error', async () => {
    const e = await caught(() => parseJsonText('{"a": 1, "a": 2}'));
    expect(e).toBeInstanceOf(ThiduaError);
    expect(e).toBeInstanceOf(JsonTextError);
    const err = e as JsonTextError;
    expect(err.code).toBe('THIDUA_DUPLICATE_KEY');
    expect(err.details).toEqual({ key: 'a', pointer: '/a', line: 1, column: 10 });
    expect(err.details).toBe(err.position);
    expect(err.messageVi).toContain('Khóa “a” bị lặp lại');
    expect(err.messageEn).toContain('The key "a" is repeated');
  });

  it('an unknown plan', async () => {
    const e = await caught(() => getPlan('ha-noi-2030'));
    expect(e).toBeInstanceOf(ThiduaError);
    expect(e).toBeInstanceOf(UnknownPlanError);
    const err = e as UnknownPlanError;
    expect(err.code).toBe('THIDUA_UNKNOWN_PLAN');
    expect(err.details.planId).toBe('ha-noi-2030');
    expect(err.details.plans).toContain('lam-dong-2022-2025');
    expect(err.messageVi).toMatch(/^Không có kế hoạch "ha-noi-2030"\. Hãy dùng một trong/);
    expect(err.messageEn).toMatch(/^Unknown plan "ha-noi-2030"\. Use one of/);
  });

  it('a server option out of range', async () => {
    const e = await caught(() => createServer({ bodyLimit: -1 }));
    expect(e).toBeInstanceOf(ThiduaError);
    expect(e).toBeInstanceOf(ServerOptionError);
    const err = e as ServerOptionError;
    expect(err.code).toBe('THIDUA_SERVER_OPTION');
    expect(err.details).toEqual({ option: 'bodyLimit', value: -1 });
    expect(err.messageVi).toBe('@thidua/server: bodyLimit phải là số byte nguyên dương, nhận được -1. Hãy sửa tùy chọn bodyLimit.');
    expect(err.messageEn).toBe('@thidua/server: bodyLimit must be a positive whole number of bytes, got -1. Correct the bodyLimit option.');
  });

  it('a value that is not a schema', async () => {
    const e = await caught(() => schemaForCode([] as unknown as object));
    expect(e).toBeInstanceOf(ThiduaError);
    expect((e as ThiduaError).code).toBe('THIDUA_NOT_A_SCHEMA');
    expect((e as ThiduaError).details).toEqual({ type: 'array' });
  });

  it("the element's plan and kind, refused before anything is fetched", async () => {
    const plan = await caught(() => loadPlanChunk('../../etc/passwd', 'report'));
    expect(plan).toBeInstanceOf(ThiduaError);
    expect((plan as ThiduaError).code).toBe('THIDUA_ELEMENT_ATTRIBUTE');
    expect((plan as ThiduaError).details).toEqual({ attribute: 'plan', value: '../../etc/passwd' });
    const kind = await caught(() => loadPlanChunk('lam-dong-2022-2025', 'minutes' as never));
    expect((kind as ThiduaError).code).toBe('THIDUA_ELEMENT_ATTRIBUTE');
    expect((kind as ThiduaError).messageVi).toMatch(/^thidua-form: kind phải là "report" hoặc "nomination", không phải "minutes"\. Hãy đặt kind=/);
  });

  it('a usage error of the command line', async () => {
    const missing = path.join(ROOT, 'tests/errors/no-such-file.json');
    const e = await caught(() => readJson(missing));
    expect(e).toBeInstanceOf(ThiduaError);
    expect(e).toBeInstanceOf(UsageError);
    const err = e as UsageError;
    expect(err.code).toBe('THIDUA_USAGE');
    expect(err.details).toEqual({ exitCode: 2 });
    expect(err.exitCode).toBe(2);
    expect(err.messageVi).toBe(`Không đọc được tệp "${missing}": hãy kiểm tra đường dẫn và quyền đọc`);
    expect(err.messageEn).toBe(`cannot read file "${missing}": check its path and permissions`);
  });
});
