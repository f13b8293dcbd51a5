// The committed API reports (api/*.api.md, API Extractor) match what the built packages export:
// a change of public surface fails here until its report is updated and committed with it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const script = path.join(ROOT, 'scripts/api-report.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, '--check', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('API reports', () => {
  it('match the built packages (node scripts/api-report.mjs --check)', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/api reports: \d+ up to date/);
  }, 120_000);

  it('fail, naming the report, when a surface differs from its report', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-api-test-'));
    try {
      fs.cpSync(path.join(ROOT, 'api'), dir, { recursive: true });
      const file = path.join(dir, 'cli.api.md');
      // A report that names the entry point by its old name: the package's surface has changed since.
      const report = fs.readFileSync(file, 'utf8');
      expect(report).toContain('export function main(');
      fs.writeFileSync(file, report.replace('export function main(', 'export function mainBeforeTheRename('));
      const r = run('--reports', dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/cli\.api\.md/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
