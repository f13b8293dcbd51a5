// The command starts small: help and a wrong call load the parser and the command descriptions
// only, and a command loads what it needs, not what the others need (the server, the PDF engine).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordImports } from './recorded-imports.js';

const BIN = path.resolve(__dirname, '../dist/bin.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-imports-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const imports = (...argv: string[]) => recordImports(BIN, tmp, argv);

const loads = (modules: string[], part: RegExp) => modules.some((m) => part.test(m));
const SDK = /\/packages\/(core|plans|validate|pdf|server)\//;
const HEAVY = /\/node_modules\/(\.pnpm\/)?(fastify|ajv|pdf-lib|@pdf-lib|@sinclair|yaml)/;

describe('what each run loads', () => {
  it('the built command exists (run `pnpm build` first)', () => {
    expect(fs.existsSync(BIN)).toBe(true);
  });

  for (const argv of [['--help'], ['serve', '--help'], ['validate', '--help'], ['plan', 'check', '--help'], ['validate', '--plans', 'ke-hoach', '--help'], ['validate', '--no-such-option'], ['frobnicate']]) {
    it(`thidua ${argv.join(' ')}: commander and the descriptions, no SDK package`, () => {
      const r = imports(...argv);
      expect(r.code).toBe(argv[0] === '--help' || argv.includes('--help') ? 0 : 2);
      expect(loads(r.modules, /\/commander\//)).toBe(true);
      expect(r.modules.filter((m) => SDK.test(m) || HEAVY.test(m))).toEqual([]);
    });
  }

  it('thidua plans loads the plans, not the validator, the PDF engine or the server', () => {
    const r = imports('plans');
    expect(r.code).toBe(0);
    expect(loads(r.modules, /\/packages\/plans\//)).toBe(true);
    expect(r.modules.filter((m) => /\/packages\/(validate|pdf|server)\/|fastify|pdf-lib/.test(m))).toEqual([]);
  });
});
