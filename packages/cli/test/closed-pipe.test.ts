// `thidua plan … | head`: when the reader closes the pipe before the output ends, the command
// stops quietly with status 0, as other Unix tools do, instead of crashing on the write.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../dist/bundle/thidua.js');
const PLAN = 'lam-dong-2022-2025';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-closed-pipe-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the command with its output a pipe that is closed before it writes. */
function withClosedOutput(argv: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('output to a closed pipe', () => {
  for (const argv of [['plan', PLAN], ['schema', PLAN, 'nomination'], ['example', PLAN, 'report'], ['plans'], ['--help']]) {
    it(`thidua ${argv.join(' ')} ends quietly with status 0`, async () => {
      const r = await withClosedOutput(argv);
      expect(r.stderr).toBe('');
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
    });
  }

  it('the same output to an open pipe is whole', async () => {
    const out = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'plan', PLAN], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => { text += d.toString(); });
      child.on('close', () => resolve(text));
    });
    expect(JSON.parse(out)).toMatchObject({ id: PLAN });
  });
});
