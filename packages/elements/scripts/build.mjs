#!/usr/bin/env node
// Build of @thidua/elements for browsers (run by the root `pnpm build`, after `tsc -b` and
// scripts/build-artifacts.mjs):
//   dist/thidua-elements.js         one ES module: Lit, the engine and <thidua-form>, defined
//   dist/plans/<plan-id>/<kind>.js  lazily loaded: the plan, that kind's schema and its
//                                   precompiled (standalone) validator
//   dist/pdf.js, dist/fonts/*.ttf   lazily loaded: pdf-lib + fontkit + @thidua/pdf, Tinos
//   dist/custom-elements.json       the element's API (scripts/gen-manifest.mjs)
// Refuses to finish when any output contains eval or new Function (the element must run
// under a Content-Security-Policy without 'unsafe-eval'), and prints every file's size.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { writeManifest } from './gen-manifest.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(pkgDir, '../..');
const dist = path.join(pkgDir, 'dist');
const require = createRequire(import.meta.url);
const rel = (f) => path.relative(root, f);

const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const versionSrc = fs.readFileSync(path.join(pkgDir, 'src/internal/version.ts'), 'utf8');
if (!versionSrc.includes(`'${pkg.version}'`)) throw new Error(`src/internal/version.ts does not say ${pkg.version} (package.json)`);

const schemasDir = path.join(root, 'packages/plans/dist/schemas');
const standaloneDir = path.join(root, 'packages/validate/dist/standalone');
if (!fs.existsSync(path.join(schemasDir, 'index.json'))) throw new Error('run scripts/build-artifacts.mjs first: packages/plans/dist/schemas is missing');

for (const d of ['plans', 'fonts']) fs.rmSync(path.join(dist, d), { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

// ---- The element: one file, Lit bundled, <thidua-form> defined ----
const core = path.join(dist, 'thidua-elements.js');
await build({
  ...common,
  stdin: {
    contents: "export * from './src/index.ts';\nimport './src/define/thidua-form.ts';\n",
    resolveDir: pkgDir,
    sourcefile: 'thidua-elements.ts',
    loader: 'ts',
  },
  tsconfig: path.join(pkgDir, 'tsconfig.json'),
  define: { THIDUA_BUNDLED: 'true' },
  plugins: [minifyTemplatesPlugin],
  // Private members (`_name`) get short names; Lit's own internals (`_$…`) are not touched.
  mangleProps: /^_[a-z]/,
  banner: { js: `/*! @thidua/elements ${pkg.version} | MIT | includes Lit (BSD-3-Clause, Copyright Google LLC) */` },
  outfile: core,
});
fs.writeFileSync(path.join(dist, 'thidua-elements.d.ts'), "// Types of the single-file bundle: the package's API, with <thidua-form> defined.\nexport * from './index.js';\nimport './define/thidua-form.js';\n");

// ---- The PDF engine, loaded on "Tải PDF" ----
// fontkit's prebundled file inlines the `function-bind` polyfill, whose fallback (never run:
// browsers have Function.prototype.bind) builds a function with `Function(…)`. Replaced by a
// plain closure so the output holds no eval-like code at all.
const noFunctionConstructor = {
  name: 'no-function-constructor',
  setup(b) {
    b.onLoad({ filter: /fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      const from = "Function('binder', 'return function (' + boundArgs.join(',') + '){ return binder.apply(this,arguments); }')(binder)";
      if (!src.includes(from)) throw new Error(`${args.path}: the function-bind fallback changed; update scripts/build.mjs`);
      return { contents: src.replace(from, 'function () { return binder.apply(this, arguments); }'), loader: 'js' };
    });
  },
};
const pdf = path.join(dist, 'pdf.js');
await build({
  ...common,
  entryPoints: [path.join(pkgDir, 'src/pdf/pdf-chunk.ts')],
  tsconfig: path.join(pkgDir, 'tsconfig.json'),
  outfile: pdf,
  plugins: [noFunctionConstructor],
  banner: { js: '/*! @thidua/elements PDF chunk | includes @thidua/pdf (MIT), pdf-lib (MIT), @pdf-lib/fontkit (MIT), pako (MIT) */' },
});

// Tinos (OFL-1.1), the document font, fetched by the PDF chunk from ./fonts/.
const tinosDir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
const { TINOS_FILES } = await import('../../pdf/dist/fonts/font-source.js');
fs.mkdirSync(path.join(dist, 'fonts'), { recursive: true });
for (const file of Object.values(TINOS_FILES)) fs.copyFileSync(path.join(tinosDir, file), path.join(dist, 'fonts', path.basename(file)));
const ofl = ['OFL.txt', 'LICENSE', 'LICENSE.txt'].map((f) => path.join(tinosDir, f)).find((f) => fs.existsSync(f));
if (ofl) fs.copyFileSync(ofl, path.join(dist, 'fonts', 'OFL.txt'));

// ---- One chunk per plan and kind ----
const catalog = JSON.parse(fs.readFileSync(path.join(schemasDir, 'index.json'), 'utf8'));
const chunks = [];
for (const entry of catalog) {
  for (const kind of entry.kinds) {
    const plan = fs.readFileSync(path.join(schemasDir, entry.id, 'plan.json'), 'utf8');
    const schema = fs.readFileSync(path.join(schemasDir, entry.id, `${kind}.schema.json`), 'utf8');
    const validator = path.join(standaloneDir, entry.id, `${kind}.js`);
    if (!fs.existsSync(validator)) throw new Error(`missing standalone validator ${rel(validator)}`);
    // JSON.parse of a string literal parses faster than the same object as JS.
    const lit = (json) => `JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(json)))})`;
    const contents = [
      `// ${entry.id} ${kind}: plan definition, JSON Schema and precompiled validator for <thidua-form>.`,
      `export { default as validate } from ${JSON.stringify(validator)};`,
      `export const plan = ${lit(plan)};`,
      `export const schema = ${lit(schema)};`,
      '',
    ].join('\n');
    const out = path.join(dist, 'plans', entry.id, `${kind}.js`);
    chunks.push({ id: entry.id, kind, out });
    await build({ ...common, stdin: { contents, resolveDir: pkgDir, sourcefile: `${entry.id}-${kind}.js`, loader: 'js' }, outfile: out });
  }
}

// ---- No eval, no new Function, anywhere ----
const outputs = [core, pdf, ...chunks.map((c) => c.out)];
const EVAL = /\beval\s*\(|\bnew\s+Function\b|(?<![\w$.])Function\s*\(/;
for (const f of outputs) {
  const code = fs.readFileSync(f, 'utf8');
  const m = EVAL.exec(code);
  if (m) throw new Error(`${rel(f)} contains "${code.slice(Math.max(0, m.index - 40), m.index + 40)}": the element must work without 'unsafe-eval'`);
}

// ---- The API manifest ----
const manifest = writeManifest(pkgDir, path.join(dist, 'custom-elements.json'));

// ---- Sizes ----
const size = (f) => {
  const b = fs.readFileSync(f);
  return { min: b.length, gz: zlib.gzipSync(b, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [['file', 'minified', 'gzip'], ['dist/thidua-elements.js (core)', ...Object.values(size(core)).map(kb)], ['dist/pdf.js', ...Object.values(size(pdf)).map(kb)]];
for (const c of chunks) rows.push([`dist/plans/${c.id}/${c.kind}.js`, ...Object.values(size(c.out)).map(kb)]);
console.log('elements: @thidua/elements built (no eval / new Function in any output)');
for (const r of rows) console.log(`  ${r[0].padEnd(52)}${r[1].padStart(12)}${r[2].padStart(12)}`);
console.log(`  ${rel(manifest)}; fonts: ${fs.readdirSync(path.join(dist, 'fonts')).filter((f) => f.endsWith('.ttf')).length} Tinos faces in ${rel(path.join(dist, 'fonts'))}`);
