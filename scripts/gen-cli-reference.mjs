#!/usr/bin/env node
// Writes the command reference of packages/cli/README.md from the built command descriptions
// (the ones `thidua --help` prints), between its marker comments. Run by `pnpm build`;
// `--check` exits 1 when the README is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as help from '../packages/cli/dist/help.js';
import { COMMANDS } from '../packages/cli/dist/specs/index.js';
import { cliReference } from './lib/cli-reference.mjs';
import { renew } from './lib/markers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale = renew(fs, root, { 'packages/cli/README.md': { 'cli-commands': cliReference(COMMANDS, help) } }, check);
if (check && stale.length) {
  console.error('packages/cli/README.md is out of date: run `node scripts/gen-cli-reference.mjs`');
  process.exit(1);
}
if (!check && stale.length) console.log('cli reference: packages/cli/README.md');
