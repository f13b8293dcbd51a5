// Runs a built `thidua` with record-imports.mjs preloaded: its exit code and every module it
// loaded, as file URLs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PRELOAD = pathToFileURL(path.join(__dirname, 'record-imports.mjs')).href;

export function recordImports(bin: string, dir: string, argv: string[]): { code: number | null; modules: string[] } {
  const file = path.join(dir, `${path.basename(bin)}-${argv.join('-').replace(/\W+/g, '_')}.txt`);
  fs.rmSync(file, { force: true });
  const r = spawnSync(process.execPath, ['--import', PRELOAD, bin, ...argv], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, THIDUA_IMPORTS_FILE: file },
  });
  return { code: r.status, modules: fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [] };
}
