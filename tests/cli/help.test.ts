// `--help` on every command, as a user types it: help on stdout, exit 0, and nothing run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../../packages/cli/dist/bundle/thidua.js');
const COMMANDS = ['plans', 'plan', 'schema', 'schemas', 'example', 'validate', 'pdf', 'fill', 'serve', 'studio'];

// A command that ran instead (a server listening, a schema printed) would outlive the timeout
// or print something else than its usage.
function thidua(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 15_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('thidua <command> --help', () => {
  for (const name of COMMANDS) {
    it(`${name} --help prints its usage and exits 0`, () => {
      const r = thidua([name, '--help']);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^thidua — Thi Đua SDK\n\nCách dùng \/ usage:\n/);
      expect(r.stdout).toContain(`  thidua ${name} `);
      // Only this command's lines: no other command is listed.
      for (const other of COMMANDS.filter((c) => c !== name)) expect(r.stdout).not.toContain(`  thidua ${other} `);
      expect(thidua([name, '-h']).stdout).toBe(r.stdout);
      expect(thidua(['help', name]).stdout).toBe(r.stdout);
    });
  }

  it('serve --help with every option still starts no server', () => {
    const r = thidua(['serve', '--port', '0', '--workers', '2', '--help']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/máy chủ đang chạy/);
    expect(r.stdout).toContain('--portal DIR');
  });

  it('commands that read JSON say what a JSON input may be; the others do not', () => {
    expect(thidua(['validate', '--help']).stdout).toMatch(/Tệp JSON .*UTF-8, tối đa 4 MB/);
    expect(thidua(['schema', '--help']).stdout).not.toContain('Tệp JSON');
  });

  it('--help alone lists every command, as before', () => {
    const r = thidua(['--help']);
    expect(r.code).toBe(0);
    for (const name of COMMANDS) expect(r.stdout).toContain(`  thidua ${name} `);
  });
});
