// One-shot commands run without V8's optimising compiler (TurboFan), which costs them more CPU
// than it saves; the commands that run until stopped keep it. `--trace-opt` makes V8 say every
// function it compiles with TurboFan.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPTIMISING_BATCH } from '../src/optimising-compiler.js';
import { COMMANDS } from '../src/specs/index.js';
import { thiduaWith } from './run-main.js';

const BIN = path.resolve(__dirname, '../dist/bundle/thidua.js');
const PLAN = 'lam-dong-2022-2025';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-turbofan-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const TURBOFAN = /target TURBOFAN/;

function traced(args: string[]): { status: number | null; trace: string } {
  const r = spawnSync(process.execPath, ['--trace-opt', ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, trace: r.stdout };
}

describe('the optimising compiler', () => {
  it('is said by --trace-opt when a program runs hot code (the check below can see it)', () => {
    const { status, trace } = traced(['-e', 'let s = 0; for (let i = 0; i < 3e7; i++) s = (s + Math.sqrt(i)) % 1e9; console.error(s);']);
    expect(status).toBe(0);
    expect(trace).toMatch(TURBOFAN);
  });

  it('compiles nothing while thidua writes the PDF of a report', () => {
    fs.writeFileSync(path.join(tmp, 'report.json'), spawnSync(process.execPath, [BIN, 'example', PLAN, 'report'], { encoding: 'utf8' }).stdout);
    // A batch repeats the same code: enough for TurboFan to start when it is on.
    fs.mkdirSync(path.join(tmp, 'batch'));
    for (let i = 0; i < 4; i++) fs.copyFileSync(path.join(tmp, 'report.json'), path.join(tmp, 'batch', `r${i}.json`));
    const { status, trace } = traced([BIN, 'pdf', PLAN, 'report', 'batch', '-o', 'out/']);
    expect(status).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'out'))).toHaveLength(4);
    expect(trace).not.toMatch(TURBOFAN);
  });

  it('is back on for a batch long enough to gain from it', () => {
    fs.mkdirSync(path.join(tmp, 'long'));
    for (let i = 0; i < OPTIMISING_BATCH; i++) fs.copyFileSync(path.join(tmp, 'report.json'), path.join(tmp, 'long', `r${i}.json`));
    const { status, trace } = traced([BIN, 'pdf', PLAN, 'report', 'long', '-o', 'long-out/']);
    expect(status).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'long-out'))).toHaveLength(OPTIMISING_BATCH);
    expect(trace).toMatch(TURBOFAN);
  });

  it('is chosen once the command is known: onCommand hears of the command that runs, not of help or a wrong call', async () => {
    const heard: string[] = [];
    const hooks = { onCommand: (spec: { name: string }) => { heard.push(spec.name); } };
    expect((await thiduaWith(hooks, 'plans')).code).toBe(0);
    expect((await thiduaWith(hooks, 'plans', '--help')).code).toBe(0);
    expect((await thiduaWith(hooks, 'help', 'pdf')).code).toBe(0);
    expect((await thiduaWith(hooks, 'no-such-command')).code).toBe(2);
    expect(heard).toEqual(['plans']);
  });

  it('stays on for the commands that run until stopped, and only for them', () => {
    expect(COMMANDS.filter((c) => c.runsUntilStopped).map((c) => c.name).sort()).toEqual(['serve', 'studio']);
  });
});
