#!/usr/bin/env node
// Build of @thidua/elements for browsers (run by the root `pnpm build`, after `tsc -b` and
// scripts/build-artifacts.mjs):
//   dist/thidua-elements.js         one ES module: Lit, the engine and <thidua-form>, defined
//   dist/plans/<plan-id>/<kind>.js  lazily loaded: that kind's schema and its precompiled
//                                   (standalone) validator, importing plans/<plan-id>/plan.js
//                                   (the plan definition) and plans/runtime.js (what every
//                                   validator calls)
//   dist/pdf.js, dist/fonts/*.ttf   lazily loaded: pdf-lib + fontkit + @thidua/pdf, Tinos
//   dist/custom-elements.json       the element's API (scripts/gen-manifest.mjs)
//   dist/portal/                    what a portal serves, and only that: the four entries above
//                                   that browsers load (no .d.ts, maps or tsc's module tree)
// THIDUA_DEBUG_BUILD=1 writes the same files unminified (readable names in a profiler).
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
if (!fs.existsSync(path.join(schemasDir, 'index.json'))) throw new Error('run scripts/build-artifacts.mjs first: packages/plans/dist/schemas is missing');

for (const d of ['plans', 'fonts']) fs.rmSync(path.join(dist, d), { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

// V8's explicit compile hint (Chrome ≥ 136; other engines read a comment): every function of
// the file is compiled on the background thread while the file streams in, not on the main
// thread when first called. The validators and the form are all called on the first render.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: process.env.THIDUA_DEBUG_BUILD !== '1',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

// ---- The element: one file, Lit bundled, <thidua-form> defined ----
// The engine's tables (TCVN3/VNI detection, the printable repertoire, the national-law
// regimes, the validation messages) ship in plans/runtime.js, loaded with every form before it
// validates: here the modules that hold them become reads of what
// src/internal/runtime-parts.ts installs from it.
const FROM_RUNTIME = [
  { file: /[\\/]core[\\/]dist[\\/]text[\\/]legacy-encoding\.js$/, functions: ['detectLegacyEncoding'] },
  { file: /[\\/]core[\\/]dist[\\/]text[\\/]printable\.js$/, functions: ['findUnprintable', 'isCommonPrintable'] },
  { file: /[\\/]plans[\\/]dist[\\/]law\.js$/, functions: ['legalRegimes', 'regimeOn', 'awardClauseUnder'] },
  { file: /[\\/]validate[\\/]dist[\\/]rules[\\/]index\.js$/, objects: ['RULES'] },
  { file: /[\\/]core[\\/]dist[\\/]messages[\\/]en\.js$/, objects: ['en', 'enTerms'] },
  { file: /[\\/]core[\\/]dist[\\/]messages[\\/]vi\.js$/, objects: ['vi', 'viTerms'] },
];
const partsFromRuntime = {
  name: 'parts-from-runtime',
  setup(b) {
    for (const { file, functions = [], objects = [] } of FROM_RUNTIME) {
      b.onLoad({ filter: file }, () => {
        const from = JSON.stringify(path.join(pkgDir, 'src/internal/runtime-parts.ts'));
        const lines = [
          `import { lateObject, runtimeParts } from ${from};`,
          ...functions.map((n) => `export const ${n} = (...a) => runtimeParts().${n}(...a);`),
          ...objects.map((n) => `export const ${n} = lateObject(${JSON.stringify(n)});`),
        ];
        return { contents: lines.join('\n') + '\n', loader: 'js', resolveDir: pkgDir };
      });
    }
  },
};
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
  plugins: [minifyTemplatesPlugin, partsFromRuntime],
  // Private members (`_name`) get short names; Lit's own internals (`_$…`) are not touched.
  mangleProps: /^_[a-z]/,
  banner: { js: `${COMPILE_HINT}\n/*! @thidua/elements ${pkg.version} | MIT | includes Lit (BSD-3-Clause, Copyright Google LLC) */` },
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

// ---- Plan chunks ----
// plans/runtime.js: what every precompiled validator calls (ajv's string length and deep
// equality, the date/email/uri formats) and the engine's text checks, loaded once per page;
// plans/<id>/plan.js: the plan definition, shared by both kinds of one plan;
// plans/<id>/<kind>.js: that kind's JSON Schema and precompiled validator (re-exports `plan`).
// <thidua-form> asks for all three at once, so none waits for another to be parsed.
const { planChunkSources } = await import('../../validate/dist/index.js');
const catalog = JSON.parse(fs.readFileSync(path.join(schemasDir, 'index.json'), 'utf8'));
const validateDir = path.join(root, 'packages/validate');
const runtime = path.join(dist, 'plans', 'runtime.js');
await build({
  ...common,
  stdin: {
    contents: [
      "export { default as ucs2length } from 'ajv/dist/runtime/ucs2length';",
      "export { default as equal } from 'ajv/dist/runtime/equal';",
      "export { fullFormats } from 'ajv-formats/dist/formats';",
      "export { detectLegacyEncoding, findUnprintable } from '@thidua/core';",
      "export { isCommonPrintable } from '@thidua/core/text';",
      "export { legalRegimes, regimeOn, awardClauseUnder } from '@thidua/plans/law';",
      `export { en, enTerms } from ${JSON.stringify(path.join(root, 'packages/core/dist/messages/en.js'))};`,
      `export { vi, viTerms } from ${JSON.stringify(path.join(root, 'packages/core/dist/messages/vi.js'))};`,
    ].join('\n'),
    resolveDir: validateDir,
    sourcefile: 'plans-runtime.js',
    loader: 'js',
  },
  banner: { js: COMPILE_HINT },
  outfile: runtime,
});
// plans/rules.js: the plan rules, beside runtime.js (each stays a small chunk); what they share
// with the runtime's tables they import from it rather than carry a copy.
const rules = path.join(dist, 'plans', 'rules.js');
const tablesFromRuntime = {
  name: 'tables-from-runtime',
  setup(b) {
    b.onResolve({ filter: /^\.\/runtime\.js$/ }, () => ({ path: './runtime.js', external: true }));
    for (const { file, functions = [], objects = [] } of FROM_RUNTIME.filter((f) => !f.objects?.includes('RULES'))) {
      b.onLoad({ filter: file }, () => ({ contents: `export { ${[...functions, ...objects].join(', ')} } from './runtime.js';\n`, loader: 'js' }));
    }
  },
};
await build({
  ...common,
  stdin: { contents: `export { RULES } from ${JSON.stringify(path.join(root, 'packages/validate/dist/rules/index.js'))};`, resolveDir: validateDir, sourcefile: 'plans-rules.js', loader: 'js' },
  plugins: [tablesFromRuntime],
  banner: { js: COMPILE_HINT },
  outfile: rules,
});
// Each plan's chunk sources come from @thidua/validate's planChunkSources, which a server
// serving plans read from folders uses too; here they are only minified. They import
// `../runtime.js` and `./plan.js`, left as they are.
const neighbours = {
  name: 'plan-chunk-neighbours',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/(runtime|plan)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
const chunks = [{ id: '', kind: 'runtime', out: runtime }, { id: '', kind: 'rules', out: rules }];
for (const entry of catalog) {
  const plan = JSON.parse(fs.readFileSync(path.join(schemasDir, entry.id, 'plan.json'), 'utf8'));
  const schemas = Object.fromEntries(entry.kinds.map((kind) => [kind, JSON.parse(fs.readFileSync(path.join(schemasDir, entry.id, `${kind}.schema.json`), 'utf8'))]));
  const sources = planChunkSources(plan, schemas);
  for (const part of ['plan', ...entry.kinds]) {
    const out = path.join(dist, 'plans', entry.id, `${part}.js`);
    await build({
      ...common,
      stdin: { contents: sources[part], resolveDir: pkgDir, sourcefile: `${entry.id}-${part}.js`, loader: 'js' },
      outfile: out,
      plugins: [neighbours],
      ...(part === 'plan' ? {} : { banner: { js: COMPILE_HINT } }),
    });
    chunks.push({ id: entry.id, kind: part, out });
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

// ---- dist/portal: the folder a portal copies to its static files ----
// The rest of dist/ is for bundlers and type checkers (tsc's module tree, .d.ts, maps) and
// for tools (the manifest): none of it is ever requested by a browser.
const portal = path.join(dist, 'portal');
fs.rmSync(portal, { recursive: true, force: true });
fs.mkdirSync(portal);
for (const f of [core, pdf]) fs.copyFileSync(f, path.join(portal, path.basename(f)));
for (const d of ['plans', 'fonts']) fs.cpSync(path.join(dist, d), path.join(portal, d), { recursive: true });

// ---- The API manifest ----
const manifest = writeManifest(pkgDir, path.join(dist, 'custom-elements.json'));

// ---- Sizes ----
const size = (f) => {
  const b = fs.readFileSync(f);
  return { min: b.length, gz: zlib.gzipSync(b, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [['file', 'minified', 'gzip'], ['dist/thidua-elements.js (core)', ...Object.values(size(core)).map(kb)], ['dist/pdf.js', ...Object.values(size(pdf)).map(kb)]];
for (const c of chunks) rows.push([rel(c.out).replace(/^packages\/elements\//, ''), ...Object.values(size(c.out)).map(kb)]);
console.log('elements: @thidua/elements built (no eval / new Function in any output)');
for (const r of rows) console.log(`  ${r[0].padEnd(52)}${r[1].padStart(12)}${r[2].padStart(12)}`);
const treeSize = (dir, skip) => fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
  const f = path.join(dir, e.name);
  return f === skip ? n : n + (e.isDirectory() ? treeSize(f, skip) : fs.statSync(f).size);
}, 0);
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
console.log(`  ${rel(portal)}: ${mb(treeSize(portal))}, what a portal serves (all of dist/ but it: ${mb(treeSize(dist, portal))})`);
console.log(`  ${rel(manifest)}; fonts: ${fs.readdirSync(path.join(dist, 'fonts')).filter((f) => f.endsWith('.ttf')).length} Tinos faces in ${rel(path.join(dist, 'fonts'))}`);
