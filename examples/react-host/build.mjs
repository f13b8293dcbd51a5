#!/usr/bin/env node
// Builds the React host into dist/: the app bundled by esbuild (React, react-dom and
// @thidua/elements from npm, as any bundler-based portal would), its page and CSS, and each
// plan's example submissions as JSON files for the "Nạp hồ sơ mẫu" (load the example) button.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
// `--outdir DIR` builds elsewhere (the e2e test builds into a temporary folder).
const at = process.argv.indexOf('--outdir');
const out = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(here, 'dist');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

await build({
  entryPoints: [path.join(here, 'src/main.jsx')],
  outfile: path.join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"', REACT_VERSION: JSON.stringify(JSON.parse(fs.readFileSync(path.join(here, 'node_modules/react/package.json'), 'utf8')).version) },
  logLevel: 'warning',
});
for (const f of fs.readdirSync(path.join(here, 'public'))) fs.copyFileSync(path.join(here, 'public', f), path.join(out, f));

// The first example of each kind, the one `thidua example <plan> <kind>` prints.
const fixtures = path.resolve(here, '../../packages/plans/dist/fixtures');
for (const f of fs.readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
  const plan = f.slice(0, -'.json'.length);
  const { examples } = JSON.parse(fs.readFileSync(path.join(fixtures, f), 'utf8'));
  for (const kind of ['report', 'nomination']) {
    const ex = examples.find((e) => e.kind === kind);
    if (!ex) continue;
    fs.mkdirSync(path.join(out, 'examples', plan), { recursive: true });
    fs.writeFileSync(path.join(out, 'examples', plan, `${kind}.json`), JSON.stringify(ex.data));
  }
}
console.log(`examples/react-host: built ${path.relative(process.cwd(), out) || '.'}`);
