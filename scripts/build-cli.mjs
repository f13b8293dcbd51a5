#!/usr/bin/env node
// Build step after build-artifacts.mjs: the `thidua` command as one bundled program that starts
// in tens of milliseconds (packages/cli/dist/bundle/).
//   thidua.js + chunks  the command, split so that each command loads only its own code; the
//                       reference server, and whatever pulls in vite, stay outside and load
//                       only for the command that runs them
//   prepared/<id>/<kind>.js  per built-in plan and kind: the definition, the JSON Schema and
//                       its ajv standalone validator, so that no run compiles a schema or
//                       parses a plan's YAML
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DOCUMENT_KINDS, PLAN_MODULES, getSchema } from '../packages/plans/dist/index.js';
import { standaloneSource } from '../packages/validate/dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'packages/cli');
const out = path.join(cli, 'dist/bundle');
// Inside @thidua/validate, where the validators' `require("ajv/…")` resolve.
const tmp = path.join(root, 'packages/validate/dist/.cli-prepared-src');
for (const d of [out, tmp]) fs.rmSync(d, { recursive: true, force: true });

const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
/** JSON.parse of a string literal parses faster than the same object written as JS. */
const literal = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

// ---- prepared plans ----
const prepared = {};
for (const mod of PLAN_MODULES) {
  const { definition } = mod;
  for (const kind of DOCUMENT_KINDS) {
    const schema = getSchema(definition.id, kind);
    const dir = path.join(tmp, definition.id);
    write(path.join(dir, `${kind}-check.mjs`), standaloneSource(schema));
    write(path.join(dir, `${kind}.mjs`), [
      `export { default as check } from './${kind}-check.mjs';`,
      `export const plan = ${literal(definition)};`,
      `export const schema = ${literal(schema)};`,
      '',
    ].join('\n'));
    prepared[`${definition.id}/${kind}`] = path.join(dir, `${kind}.mjs`);
  }
}
const preparedBuild = await build({
  entryPoints: prepared,
  outdir: path.join(out, 'prepared'),
  chunkNames: 'runtime-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
});
fs.rmSync(tmp, { recursive: true, force: true });

// ---- the command ----
const WORKSPACE = /[\\/]packages[\\/](core|plans|validate|pdf|server)[\\/](dist[\\/].*)$/;

/**
 * `import.meta.url` keeps naming the module's own file in its package, not the bundle: the
 * plans find their folders, the PDF engine its fonts, the server its worker and portal, as
 * they do unbundled. The package is found from the bundle at run time, so the bundle moves
 * with the installed packages.
 */
const ownModuleUrl = {
  name: 'own-module-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/](core|plans|validate|pdf|server)[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const code = await fs.promises.readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const [, pkg, file] = WORKSPACE.exec(args.path);
      const head = [
        "import { createRequire as __ownRequire } from 'node:module';",
        "import { pathToFileURL as __ownFileUrl } from 'node:url';",
        `const __ownModuleUrl = new URL(${JSON.stringify(file.split(path.sep).join('/'))}, __ownFileUrl(__ownRequire(import.meta.url).resolve('@thidua/${pkg}/package.json'))).href;`,
      ].join('\n');
      return { contents: `${head}\n${code.replaceAll('import.meta.url', '__ownModuleUrl')}`, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * A CommonJS package's named exports, loaded when first called, not when the bundle's chunk is: esbuild runs a
 * bundled CommonJS module as soon as an ES module that imports it is, and these cost the run
 * that does not use them. fontkit builds its tables for a quarter of a second, and the
 * bundled faces come prepared (only `thidua fill` and fonts not prepared parse with it); the
 * YAML reader is needed only for plans read from folders. `names` are the exports the
 * workspace imports; `from` the workspace package that depends on it.
 */
const lazyPackage = (specifier, from, names) => ({
  name: `lazy-${specifier}`,
  setup(b) {
    const filter = new RegExp(`^${specifier.replace(/[/@.]/g, '\\$&')}$`);
    b.onResolve({ filter }, () => ({ path: specifier, namespace: 'lazy-package' }));
    b.onLoad({ filter, namespace: 'lazy-package' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        `const load = () => (loaded ??= createRequire(createRequire(import.meta.url).resolve('${from}/package.json'))('${specifier}'));`,
        // A function that forwards, with `new` too (yaml's LineCounter is a class).
        ...names.map((n) => `export function ${n}(...args) { const f = load().${n}; return new.target ? new f(...args) : f(...args); }`),
      ].join('\n'),
      loader: 'js',
      resolveDir: cli,
    }));
  },
});
/** fontkit, as pdf-lib and the PDF engine use it: its default export's `create`. */
const lazyFontkit = {
  name: 'lazy-fontkit',
  setup(b) {
    b.onResolve({ filter: /^@pdf-lib\/fontkit$/ }, () => ({ path: 'fontkit', namespace: 'lazy-fontkit' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-fontkit' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let fontkit;',
        "const load = () => (fontkit ??= createRequire(createRequire(import.meta.url).resolve('@thidua/pdf/package.json'))('@pdf-lib/fontkit'));",
        'export default { create: (...args) => load().create(...args) };',
      ].join('\n'),
      loader: 'js',
      resolveDir: cli,
    }));
  },
};

/**
 * pdf-lib's 14 standard fonts, loaded on first use: at import the package decodes its encoding
 * tables and the bundle would parse 127 KB of compressed font metrics, and the SDK embeds Tinos
 * (a standard font cannot write Vietnamese). Only `FontNames`, a list of names, is used at
 * import; it is copied here from the package itself.
 */
const requireFromPdf = createRequire(createRequire(path.join(root, 'packages/pdf/package.json')).resolve('pdf-lib'));
const { FontNames } = requireFromPdf('@pdf-lib/standard-fonts');
const lazyStandardFonts = {
  name: 'lazy-standard-fonts',
  setup(b) {
    b.onResolve({ filter: /^@pdf-lib\/standard-fonts$/ }, () => ({ path: 'standard-fonts', namespace: 'lazy-standard-fonts' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-standard-fonts' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let fonts;',
        "const load = () => (fonts ??= createRequire(createRequire(createRequire(import.meta.url).resolve('@thidua/pdf/package.json')).resolve('pdf-lib'))('@pdf-lib/standard-fonts'));",
        `export const FontNames = ${JSON.stringify(FontNames)};`,
        'export const Font = { load: (name) => load().Font.load(name) };',
        // Getters give back the package's own objects: pdf-lib compares encodings by identity.
        'export const Encodings = { get Symbol() { return load().Encodings.Symbol; }, get ZapfDingbats() { return load().Encodings.ZapfDingbats; }, get WinAnsi() { return load().Encodings.WinAnsi; } };',
      ].join('\n'),
      loader: 'js',
      resolveDir: cli,
    }));
  },
};

/**
 * The validator's outline rule takes `walkOutline` from the plans' index, which would bring the
 * plans' checker, loader and registry (a 140 KB chunk) into every `thidua validate`; that one
 * function, which imports nothing, is taken from its own module. The bundle tests check that
 * validate loads no more of the plans than this.
 */
const outlineOnly = {
  name: 'outline-only',
  setup(b) {
    b.onResolve({ filter: /^@thidua\/plans$/ }, (args) => (/[\\/]packages[\\/]validate[\\/]dist[\\/]rules[\\/]outline-sections\.js$/.test(args.importer)
      ? { path: path.join(root, 'packages/plans/dist/schema/outline.js') }
      : undefined));
  },
};

/**
 * Commander loads Node's child_process at import (≈ 5 ms a start) for one use: running a
 * subcommand that is a program of its own, which `thidua` has none of. The module is loaded
 * when that first happens.
 */
const commanderSpawnOnUse = {
  name: 'commander-spawn-on-use',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const code = await fs.promises.readFile(args.path, 'utf8');
      const eager = "require('node:child_process')";
      if (!code.includes(eager)) throw new Error(`${args.path}: no ${eager} to defer; update the build`);
      return { contents: code.replace(eager, "{ spawn: (...a) => require('node:child_process').spawn(...a) }"), loader: 'js' };
    });
  },
};

const bundled = await build({
  entryPoints: { thidua: path.join(cli, 'dist/bin.js') },
  outdir: out,
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds where packages have them (pdf-lib): they tree-shake.
  mainFields: ['module', 'main'],
  // Loaded only by `thidua studio`, which brings vite; and the reference server, only by
  // `thidua serve`: its PDF threads start files of their own (piscina's worker, ours) by paths
  // next to the modules, which a bundle would move.
  external: ['@thidua/studio', 'vite', '@thidua/server'],
  // Some bundled CommonJS `require`s Node's own modules.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [ownModuleUrl, outlineOnly, commanderSpawnOnUse, lazyFontkit, lazyStandardFonts, lazyPackage('yaml', '@thidua/plans', ['isAlias', 'isMap', 'isPair', 'isScalar', 'isSeq', 'LineCounter', 'parseDocument'])],
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
});
// What each file of the bundle holds, for the tests that check what a command loads.
fs.writeFileSync(path.join(cli, 'dist/bundle.meta.json'), JSON.stringify({
  inputs: { ...preparedBuild.metafile.inputs, ...bundled.metafile.inputs },
  outputs: { ...preparedBuild.metafile.outputs, ...bundled.metafile.outputs },
}));
const entry = path.join(out, 'thidua.js');
const code = fs.readFileSync(entry, 'utf8');
fs.writeFileSync(entry, `#!/usr/bin/env node\n${code.replace(/^#!.*\n/, '')}`);
fs.chmodSync(entry, 0o755);
const files = fs.readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.js'));
console.log(`thidua: ${files.length} modules → ${path.relative(root, out)} (${Object.keys(prepared).length} prepared plan validators)`);
