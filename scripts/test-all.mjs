#!/usr/bin/env node
// Runs every test suite (lint, vitest in Node, a 30-second soak of the server, then the browser tests) and ends with one plain line "Tests: N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'));
let passed = 0;
let failed = 0;
let status = 0;
// Names of what failed, repeated at the very end: a CI log is often read from its tail only.
const failures = [];

// Lint (ESLint, eslint.config.mjs): one check over the whole workspace, counted as one test.
if (process.env.THIDUA_SKIP_LINT !== '1') {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.'], { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else { failed++; status = 1; failures.push('lint (ESLint)'); console.error('Lint: ESLint tìm thấy lỗi (xem trên) / ESLint found problems (above).'); }
}

// Node tests: vitest, its JSON report counted.
{
  const json = path.join(tmp, 'vitest.json');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) status = 1;
  if (fs.existsSync(json)) {
    const rep = JSON.parse(fs.readFileSync(json, 'utf8'));
    passed += rep.numPassedTests;
    // numFailedTestSuites counts every describe block around a failed test too: only a file
    // that failed with no failed test (it did not load, or a hook threw) adds one here.
    failed += rep.numFailedTests;
    for (const file of rep.testResults ?? []) {
      const rel = path.relative(root, file.name);
      const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
      for (const a of failedTests) failures.push(`${rel} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
      if (file.status === 'failed' && failedTests.length === 0) { failed++; failures.push(`${rel}: ${firstLine(file.message)}`); }
    }
  } else { failed++; failures.push('vitest: no report written'); }
}

// Soak: 30 s of mixed load (validations, PDFs, schemas, bad requests) on a real server
// process; heap after GC flat, no failure or timeout (scripts/soak.mjs). Counted as one test.
if (process.env.THIDUA_SKIP_SOAK !== '1') {
  console.log('\nSoak 30 s / 30-second soak (scripts/soak.mjs):');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/soak.mjs'), '--seconds', '30'], { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else { failed++; status = 1; failures.push('soak (scripts/soak.mjs)'); }
}

// Browser tests: @web/test-runner on the built @thidua/elements, in Debian's Chromium
// (/usr/bin/chromium, never a downloaded browser); its reporter writes the counts to a file.
if (process.env.THIDUA_SKIP_BROWSER_TESTS !== '1') {
  const json = path.join(tmp, 'wtr.json');
  const pkg = path.join(root, 'packages/elements');
  const r = spawnSync(process.execPath, [path.join(pkg, 'node_modules/@web/test-runner/dist/bin.js'), '--config', path.join(pkg, 'web-test-runner.config.mjs')], {
    cwd: pkg,
    stdio: 'inherit',
    env: { ...process.env, THIDUA_WTR_RESULT: json, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (r.status !== 0) status = 1;
  if (fs.existsSync(json)) {
    const rep = JSON.parse(fs.readFileSync(json, 'utf8'));
    passed += rep.passed;
    failed += rep.failed;
    for (const name of rep.failedNames ?? []) failures.push(`browser › ${name}`);
  } else { failed++; failures.push('browser tests: no report written'); }
}

function firstLine(text) {
  return String(text ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '';
}

if (failures.length) console.log(`\nThất bại / Failed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(status || (failed ? 1 : 0));
