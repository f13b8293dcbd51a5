// The bundle leaves pdf-lib's standard fonts out until first used and loads its packages in its
// own way: the PDFs it writes must be, byte for byte, those of the unbundled command (the PDF
// engine writes no date or random identifier, so equal inputs give equal files).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = path.resolve(__dirname, '../dist');
const BUNDLE = path.join(DIST, 'bundle/thidua.js');
const UNBUNDLED = path.join(DIST, 'bin.js');
const PLAN = 'lam-dong-2022-2025';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bundle-pdf-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(bin: string, ...argv: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).not.toMatch(/Error|at /);
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('the bundle writes the PDFs of the unbundled command', () => {
  for (const kind of ['report', 'nomination']) {
    it(`${PLAN} ${kind}`, () => {
      fs.writeFileSync(path.join(tmp, `${kind}.json`), run(BUNDLE, 'example', PLAN, kind));
      run(BUNDLE, 'pdf', PLAN, kind, `${kind}.json`, '-o', `${kind}-bundle.pdf`);
      run(UNBUNDLED, 'pdf', PLAN, kind, `${kind}.json`, '-o', `${kind}-unbundled.pdf`);
      const bundled = fs.readFileSync(path.join(tmp, `${kind}-bundle.pdf`));
      const unbundled = fs.readFileSync(path.join(tmp, `${kind}-unbundled.pdf`));
      expect(bundled.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bundled.length).toBeGreaterThan(1000);
      expect(bundled.equals(unbundled)).toBe(true);
    });
  }
});
