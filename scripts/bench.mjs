#!/usr/bin/env node
// `pnpm bench`: runs every bench/*.bench.mjs (after `pnpm build`) and prints its figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bench');
const only = process.argv[2];
let failed = false;
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !f.includes(only)) continue;
  try {
    const { run } = await import(pathToFileURL(path.join(dir, f)).href);
    const r = await run();
    console.log(`\n== ${r.title}`);
    for (const row of r.rows) console.log('   ' + row.map((c, i) => (i === 0 ? String(c).padEnd(52) : String(c).padStart(18))).join(''));
    console.log(`   ${r.summary}`);
  } catch (e) {
    failed = true;
    console.error(`\n== ${f} failed: ${e.stack ?? e}`);
  }
}
process.exit(failed ? 1 : 0);
