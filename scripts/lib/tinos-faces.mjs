// What the generators that read the document font share: the four Tinos faces @thidua/pdf
// embeds (needs `pnpm build`: the face list comes from its dist), runs of consecutive code
// points, and writing a generated source file — or, with `--check`, failing when it is stale.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pdfDir = path.join(root, 'packages/pdf');
const requirePdf = createRequire(path.join(pdfDir, 'package.json'));
const fontkit = requirePdf('@pdf-lib/fontkit');
const { TINOS_FILES } = await import(pathToFileURL(path.join(pdfDir, 'dist/fonts/font-source.js')).href);
const tinosDir = path.dirname(requirePdf.resolve('@expo-google-fonts/tinos/package.json'));

export const tinosVersion = JSON.parse(fs.readFileSync(path.join(tinosDir, 'package.json'), 'utf8')).version;
export const faces = Object.values(TINOS_FILES).map((f) => fontkit.create(fs.readFileSync(path.join(tinosDir, f))));

/** Every face maps `cp` to a real glyph (not .notdef). */
export const drawnByEveryFace = (cp) => faces.every((f) => f.hasGlyphForCodePoint(cp) && f.glyphForCodePoint(cp).id !== 0);

/** Sorted code points → `[first, last]` runs of consecutive ones. */
export function runsOf(sorted) {
  const runs = [];
  for (const cp of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else runs.push([cp, cp]);
  }
  return runs;
}

/** Writes `text` to `rel` (from the repo root) when it changed; with `--check`, exits 1 instead. */
export function writeGenerated(rel, text, { command, summary }) {
  const file = path.join(root, rel);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) return;
  if (process.argv.includes('--check')) {
    console.error(`${path.basename(rel)} is out of date: run \`${command}\` (after \`pnpm build\`)`);
    process.exit(1);
  }
  fs.writeFileSync(file, text);
  console.log(summary);
}
