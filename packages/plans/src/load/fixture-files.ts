import fs from 'node:fs';
import path from 'node:path';
import type { InvalidFixture, PlanExample } from '@thidua/core';
import jsonPatch, { type Operation } from 'fast-json-patch';
import { PlanFileError } from '../errors.js';
import { jsonFile, type LocatedFile } from './located-file.js';

/**
 * One example or invalid fixture as written: either its whole `data`, or a `base` (another
 * file of the folder, e.g. `examples/02-….json`) with a `patch` (RFC 6902 JSON Patch) that
 * changes it: an invalid fixture is a valid example with one thing broken, and says only that.
 */
interface FixtureFile {
  name: string;
  kind: PlanExample['kind'];
  data?: unknown;
  base?: string;
  patch?: Operation[];
  expect?: InvalidFixture['expect'];
}

export interface FixtureSet {
  readonly files: Map<string, LocatedFile>;
  /** The folder's files in name order (`examples/*.json` or `invalid/*.json`). */
  list(sub: 'examples' | 'invalid'): string[];
  /** The file's fixture with its data complete (its base patched). */
  fixture(file: string): PlanExample & { expect?: InvalidFixture['expect'] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function fixtureSet(dir: string): FixtureSet {
  const files = new Map<string, LocatedFile>();
  const resolved = new Map<string, PlanExample & { expect?: InvalidFixture['expect'] }>();

  const read = (file: string, from?: { file: string; pointer: string }): LocatedFile => {
    let f = files.get(file);
    if (f) return f;
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, file), 'utf8');
    } catch (error) {
      const at = from ? files.get(from.file)!.locate(from.pointer) : { file };
      throw new PlanFileError(dir, at, {
        vi: `không đọc được tệp ${file}. Hãy kiểm tra tên tệp (đường dẫn tính từ thư mục kế hoạch, ví dụ “examples/01-bao-cao.json”).`,
        en: `cannot read the file ${file}. Check its name (a path from the plan folder, e.g. “examples/01-report.json”).`,
      }, error);
    }
    f = jsonFile(dir, file, text);
    files.set(file, f);
    return f;
  };

  const fixture = (file: string, chain: string[] = []): PlanExample & { expect?: InvalidFixture['expect'] } => {
    const done = resolved.get(file);
    if (done) return done;
    const f = read(file, chain.length > 0 ? { file: chain.at(-1)!, pointer: '/base' } : undefined);
    const v = f.value as FixtureFile;
    const fail = (pointer: string, vi: string, en: string): never => {
      throw new PlanFileError(dir, f.locate(pointer), { vi, en });
    };
    if (!isObject(v) || typeof v.name !== 'string' || (v.kind !== 'report' && v.kind !== 'nomination')) {
      fail('', 'tệp phải là một đối tượng có “name” (tên hồ sơ) và “kind” (“report” hoặc “nomination”).',
        'the file must be an object with “name” and “kind” (“report” or “nomination”).');
    }
    let data: unknown;
    if (v.base !== undefined) {
      if (typeof v.base !== 'string' || path.relative(dir, path.join(dir, v.base)).startsWith('..')) {
        fail('/base', '“base” phải là tên một tệp trong thư mục kế hoạch, ví dụ “examples/01-bao-cao.json”.',
          '“base” must name a file of the plan folder, e.g. “examples/01-report.json”.');
      }
      if (chain.includes(v.base) || v.base === file) {
        fail('/base', `“base” tạo thành vòng lặp (${[...chain, file, v.base].join(' → ')}).`, `“base” makes a loop (${[...chain, file, v.base].join(' → ')}).`);
      }
      const base = structuredClone(fixture(v.base, [...chain, file]).data);
      try {
        data = jsonPatch.applyPatch(base, v.patch ?? [], true, true).newDocument;
      } catch (error) {
        const index = error instanceof jsonPatch.JsonPatchError ? error.index ?? 0 : 0;
        fail(`/patch/${index}`,
          `thao tác “patch” số ${index + 1} không áp dụng được vào hồ sơ gốc ${v.base} (đường dẫn “path” không có, hoặc “op” sai). Hãy sửa “path” theo hồ sơ gốc.`,
          `patch operation ${index + 1} does not apply to the base ${v.base} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Correct its “path”.`);
      }
    } else if (v.data !== undefined) {
      data = v.data;
    } else {
      fail('', 'tệp thiếu “data” (toàn bộ hồ sơ) hoặc “base” và “patch” (hồ sơ gốc và các thay đổi).',
        'the file lacks “data” (the whole document) or “base” and “patch” (a base document and its changes).');
    }
    const out = { name: v.name, kind: v.kind, data, ...(v.expect ? { expect: v.expect } : {}) };
    resolved.set(file, out);
    return out;
  };

  const list = (sub: 'examples' | 'invalid'): string[] => {
    const folder = path.join(dir, sub);
    if (!fs.existsSync(folder)) return [];
    return fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort().map((n) => `${sub}/${n}`);
  };

  return { files, list, fixture };
}
