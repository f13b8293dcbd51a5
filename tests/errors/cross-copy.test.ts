// A page can hold two copies of @thidua/core: the element's single-file bundle carries its own,
// and the host imports another. `instanceof ThiduaError` must hold across them, so a second copy
// of the class is built here from the same source, as a bundler would, and loaded on its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isThiduaError, ThiduaError } from '@thidua/core';
import { JsonTextError, parseJsonText } from '@thidua/validate';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
type Core = typeof import('@thidua/core');
let other: Pick<Core, 'ThiduaError' | 'isThiduaError'>;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-copy-'));
  const file = path.join(dir, 'core-copy.mjs');
  await build({
    stdin: { contents: "export { ThiduaError, isThiduaError } from './packages/core/src/errors/thidua-error.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', outfile: file, logLevel: 'silent',
  });
  other = await import(pathToFileURL(file).href);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const jsonError = (): unknown => {
  try { parseJsonText('{"a": 1, "a": 2}'); } catch (e) { return e; }
  return undefined;
};

describe('ThiduaError across two copies of @thidua/core', () => {
  it('the copy is a different class', () => {
    expect(other.ThiduaError).not.toBe(ThiduaError);
    expect(Object.getPrototypeOf(new other.ThiduaError('THIDUA_INTERNAL', { vi: 'a', en: 'b' }))).not.toBe(ThiduaError.prototype);
  });

  it("an error of the other copy is a ThiduaError here, and isThiduaError reads its code", () => {
    const e = new other.ThiduaError('THIDUA_INTERNAL', { vi: 'Lỗi trong.', en: 'Internal error.' });
    expect(e instanceof ThiduaError).toBe(true);
    expect(isThiduaError(e, 'THIDUA_INTERNAL')).toBe(true);
    expect(isThiduaError(e, 'THIDUA_USAGE')).toBe(false);
  });

  it("an error of this copy's subclasses is a ThiduaError for the other copy", () => {
    const e = jsonError();
    expect(e).toBeInstanceOf(JsonTextError);
    expect(e instanceof other.ThiduaError).toBe(true);
    expect(other.isThiduaError(e, 'THIDUA_DUPLICATE_KEY')).toBe(true);
  });

  it('a subclass keeps its own class test: the other copy\'s error is no JsonTextError', () => {
    const e = new other.ThiduaError('THIDUA_DUPLICATE_KEY', { vi: 'a', en: 'b' });
    expect(e instanceof JsonTextError).toBe(false);
    expect(jsonError() instanceof JsonTextError).toBe(true);
  });

  it('nothing else passes: plain errors, look-alikes, other symbols, primitives', () => {
    const lookAlike = Object.assign(new Error('x'), { name: 'ThiduaError', code: 'THIDUA_INTERNAL', messageVi: 'x', messageEn: 'x' });
    const otherSymbol = { [Symbol('thidua.error')]: true, code: 'THIDUA_INTERNAL' };
    for (const v of [new Error('x'), new TypeError('x'), lookAlike, otherSymbol, null, undefined, 'THIDUA_INTERNAL', 0]) {
      expect(v instanceof ThiduaError).toBe(false);
      expect(v instanceof other.ThiduaError).toBe(false);
      expect(isThiduaError(v)).toBe(false);
    }
  });
});
