// The example each command's help gives works as written, run in order in an empty folder
// (`example` writes the x.json that validate and pdf read).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/specs/index.js';
import { thidua } from './run-main.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-examples-'));
const home = process.cwd();
beforeAll(() => process.chdir(dir));
afterAll(() => {
  process.chdir(home);
  fs.rmSync(dir, { recursive: true, force: true });
});

// `serve` runs until stopped and `fill` needs a form of the user's: their examples are left out here.
const RUNNABLE = ['example', 'validate', 'pdf', 'plans', 'plan', 'schema', 'schemas'];

describe('the example in each command\'s help', () => {
  for (const name of RUNNABLE) {
    const spec = COMMANDS.find((c) => c.name === name)!;
    it(`${spec.example}: exit 0`, async () => {
      const [line, redirect] = spec.example.split(' > ');
      const [, ...argv] = line!.split(' ');
      const r = await thidua(...argv);
      expect(r.code, r.stderr).toBe(0);
      if (redirect) fs.writeFileSync(redirect, r.stdout);
      else if (name === 'pdf') expect(fs.readFileSync('x.pdf').subarray(0, 5).toString()).toBe('%PDF-');
      else if (name === 'schemas') expect(fs.existsSync('schemas/index.json')).toBe(true);
      else expect(() => JSON.parse(r.stdout)).not.toThrow();
    }, 60_000);
  }
});
