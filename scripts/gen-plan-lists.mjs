#!/usr/bin/env node
// Writes the lists of plans of the READMEs (the plans table of packages/plans/README.md, the
// number of plans in README.md) from the built catalogue, between their marker comments.
// Run by `pnpm build` after the plans are built; `--check` exits 1 when a list is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, getPlan } from '../packages/plans/dist/index.js';
import { renew } from './lib/markers.mjs';
import { planListParts } from './lib/plan-lists.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale = renew(fs, root, planListParts(catalog(), getPlan), check);
if (check && stale.length) {
  console.error(`out of date: ${stale.join(', ')}: run \`node scripts/gen-plan-lists.mjs\``);
  process.exit(1);
}
if (!check && stale.length) console.log(`plan lists: ${stale.join(', ')}`);
