#!/usr/bin/env node
// `npm start` / `npm test` on a machine with only Node and npm: finds or fetches pnpm,
// installs the workspace when the lockfile changed, builds, then runs the target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.21.0';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2];
const rest = process.argv.slice(3);
const TARGETS = { start: 'demo', test: 'test:all', build: null };
if (!(target in TARGETS)) {
  console.error(`usage: node scripts/dev.mjs <${Object.keys(TARGETS).join('|')}>`);
  process.exit(2);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }, ...opts });
  if (r.error) return { ok: false, error: r.error };
  return { ok: r.status === 0, status: r.status ?? 1 };
}

function findPnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return ['pnpm', []];
  console.log(`pnpm không có sẵn: dùng npx pnpm@${PNPM_VERSION} / pnpm not found, using npx`);
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

const [pnpm, pre] = findPnpm();
const pn = (args, opts) => run(pnpm, [...pre, ...args], opts);

const lock = path.join(root, 'pnpm-lock.yaml');
const stamp = path.join(root, 'node_modules', '.modules.yaml');
const stale = !fs.existsSync(stamp) || fs.statSync(stamp).mtimeMs < fs.statSync(lock).mtimeMs;
if (stale) {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const r = pn(['install', ...frozen]);
  if (!r.ok) process.exit(r.status ?? 1);
}
// `npm start` needs no reference pages: drawing them is for the docs and the tests (`npm test`).
const b = pn(['run', 'build'], target === 'start' ? { env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', THIDUA_REFERENCE_PAGES: 'skip' } } : {});
if (!b.ok) process.exit(b.status ?? 1);
if (TARGETS[target]) {
  const r = pn(['run', TARGETS[target], ...rest]);
  process.exit(r.ok ? 0 : (r.status ?? 1));
}
