import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './codes.js';
import { isThiduaError, ThiduaError } from './thidua-error.js';

class SampleError extends ThiduaError<'THIDUA_USAGE', { exitCode: number }> {
  override name = 'SampleError';
}

describe('ThiduaError', () => {
  it('carries code, typed details, both messages and the cause; message is “vi / en”', () => {
    const cause = new RangeError('inner');
    const e = new SampleError('THIDUA_USAGE', { vi: 'Thiếu tệp. Hãy cho tệp.', en: 'Missing file. Give one.' }, { details: { exitCode: 2 }, cause });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(ThiduaError);
    expect(e).toBeInstanceOf(SampleError);
    expect(e.name).toBe('SampleError');
    expect(e.code).toBe('THIDUA_USAGE');
    expect(e.details.exitCode).toBe(2);
    expect(e.messageVi).toBe('Thiếu tệp. Hãy cho tệp.');
    expect(e.messageEn).toBe('Missing file. Give one.');
    expect(e.message).toBe('Thiếu tệp. Hãy cho tệp. / Missing file. Give one.');
    expect(e.cause).toBe(cause);
    expect(String(e)).toBe('SampleError: Thiếu tệp. Hãy cho tệp. / Missing file. Give one.');
    expect(isThiduaError(e)).toBe(true);
    expect(isThiduaError(e, 'THIDUA_USAGE')).toBe(true);
    expect(isThiduaError(e, 'THIDUA_INTERNAL')).toBe(false);
    expect(isThiduaError(new Error('x'))).toBe(false);
  });

  it('has no cause property when none is given, and details default to {}', () => {
    const e = new ThiduaError('THIDUA_INTERNAL', { vi: 'a', en: 'b' });
    expect('cause' in e).toBe(false);
    expect(e.details).toEqual({});
    expect(e.name).toBe('ThiduaError');
  });

  it('keeps instanceof when compiled to ES5 classes (a host’s old build)', () => {
    const source = fs.readFileSync(path.join(__dirname, 'thidua-error.ts'), 'utf8') +
      '\nexport class Sub extends ThiduaError { name = "Sub"; }\n';
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, lib: ['es2022'] } }).outputText;
    expect(js).not.toMatch(/^\s*class /m); // really ES5: functions and prototypes
    const mod = { exports: {} as Record<string, new (...a: unknown[]) => Error & { code: string; messageEn: string }> };
    vm.runInNewContext(js, { module: mod, exports: mod.exports, Object, Error });
    const { Sub, ThiduaError: Base } = mod.exports;
    const e = new Sub!('THIDUA_INTERNAL', { vi: 'Lỗi.', en: 'Error.' });
    expect(e instanceof Sub!).toBe(true);
    expect(e instanceof Base!).toBe(true);
    expect(e instanceof Error).toBe(true);
    expect(e.name).toBe('Sub');
    expect(e.code).toBe('THIDUA_INTERNAL');
    expect(e.messageEn).toBe('Error.');
  });
});

describe('ERROR_CODES', () => {
  const entries = Object.entries(ERROR_CODES);

  it('every code says what went wrong and what to do, in Vietnamese (NFC) and English', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const [code, e] of entries) {
      expect(code).toMatch(/^THIDUA_[A-Z0-9_]+$/);
      for (const text of [e.vi, e.en, e.fixVi, e.fixEn]) {
        expect(text.trim().length, code).toBeGreaterThan(5);
        expect(text, code).toBe(text.normalize('NFC'));
        expect(text, code).toMatch(/[.…)]$/);
      }
      expect(e.vi, code).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
      expect(e.thrownAs, code).toMatch(/^[A-Z]\w+Error$/);
    }
  });
});
