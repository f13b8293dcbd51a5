#!/usr/bin/env node
// Build step after `tsc -b`: publishes every plan's JSON Schemas and examples as files, and
// compiles each schema to an ajv standalone validator bundled for browsers (no eval), and
// prepares the PDF engine's fonts (padded, their metrics read) so that no run parses them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DOCUMENT_KINDS, PLAN_MODULES, catalog, getSchema } from '../packages/plans/dist/index.js';
import { standaloneSource } from '../packages/validate/dist/index.js';
import { writePreparedFaces } from '../packages/pdf/dist/fonts/prepared-tinos.js';
import { TINOS_FILES } from '../packages/pdf/dist/fonts/font-source.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = path.join(root, 'packages/plans/dist/schemas');
const fixturesDir = path.join(root, 'packages/plans/dist/fixtures');
const standaloneDir = path.join(root, 'packages/validate/dist/standalone');
const tmp = path.join(root, 'packages/validate/dist/.standalone-src');
for (const d of [schemasDir, fixturesDir, standaloneDir, tmp]) fs.rmSync(d, { recursive: true, force: true });

const write = (file, value) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
};

const entries = [];
for (const mod of PLAN_MODULES) {
  const id = mod.definition.id;
  write(path.join(schemasDir, id, 'plan.json'), mod.definition);
  for (const kind of DOCUMENT_KINDS) {
    const schema = getSchema(id, kind);
    write(path.join(schemasDir, id, `${kind}.schema.json`), schema);
    const src = path.join(tmp, id, `${kind}.mjs`);
    write(src, standaloneSource(schema));
    entries.push({ src, out: path.join(standaloneDir, id, `${kind}.js`) });
  }
  write(path.join(fixturesDir, `${id}.json`), { examples: mod.examples, invalid: mod.invalid });
}
write(path.join(schemasDir, 'index.json'), catalog());

await Promise.all(entries.map((e) => build({
  entryPoints: [e.src],
  outfile: e.out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
})));
fs.rmSync(tmp, { recursive: true, force: true });
for (const e of entries) {
  const code = fs.readFileSync(e.out, 'utf8');
  if (/\bnew Function\b|\beval\(/.test(code)) throw new Error(`${e.out} contains eval/new Function`);
}
// The PDF engine's faces, padded and measured once here rather than at every start.
const fontsDir = path.join(root, 'packages/pdf/dist/fonts/');
const tinosDir = path.dirname(createRequire(path.join(root, 'packages/pdf/package.json')).resolve('@expo-google-fonts/tinos/package.json'));
writePreparedFaces(pathToFileURL(fontsDir), Object.fromEntries(Object.entries(TINOS_FILES).map(([face, file]) => [face, new Uint8Array(fs.readFileSync(path.join(tinosDir, file)))])));

console.log(`schemas: ${PLAN_MODULES.length} plans → ${path.relative(root, schemasDir)}; standalone validators: ${entries.length} → ${path.relative(root, standaloneDir)}`);
