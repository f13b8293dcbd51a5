// `thidua` loads Vite only when `thidua studio` runs: every other command, and the studio's own
// help, start without it. A module hook reports each Vite module loaded; the studio itself, run
// on a folder that does not exist, shows that the hook sees them (and exits 2 with one line).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../../packages/cli/dist/bin.js');
const HOOK = pathToFileURL(path.resolve(__dirname, 'support/report-vite.mjs')).href;
const REGISTER = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(HOOK)})`;

function thidua(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stderr: r.stderr, viteLoaded: /^vite loaded: /m.test(r.stderr) };
}

describe('Vite is loaded by thidua studio only', () => {
  it('not by other commands, nor by the studio\'s help', () => {
    for (const args of [['plans', '--json'], ['schema', 'lam-dong-2022-2025', 'report'], ['studio', '--help'], ['--help']]) {
      const r = thidua(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.viteLoaded, args.join(' ')).toBe(false);
    }
  });

  it('by the studio, which says in one line that the folder does not exist (exit 2)', () => {
    const r = thidua('studio', path.join(__dirname, 'khong-co-thu-muc-nay'));
    expect(r.viteLoaded).toBe(true);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Xưởng kế hoạch: không có thư mục kế hoạch');
  });
});
