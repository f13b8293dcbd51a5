#!/usr/bin/env node
// Reference pages (part of `pnpm run build`): every page of each plan's example nomination
// dossier and example report, and page 1 of a draft, rendered with poppler's pdftoppm into
// docs/images/pdf/<plan-id>/{ho-so,bao-cao}-trang-NN.png (60 dpi, 16 grey levels), with
// docs/images/pdf/manifest.json (per page: size and a hash of its text) and the index page
// docs/reference/pdf-pages.md. Pages that no longer exist are removed. On a machine without
// poppler it prints one line and does nothing: the committed pages stay as they are.
import { execFile, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const imagesDir = path.join(root, 'docs/images/pdf');
const indexFile = path.join(root, 'docs/reference/pdf-pages.md');
const DPI = 60;
// A PDF whose bytes, and the pdftoppm that drew it, are as at the last build, and whose pages
// on disk are still the ones drawn then, is not drawn again (rendering is deterministic): a
// build that changed nothing in the PDFs skips rasterising.
const cacheFile = path.join(root, 'node_modules/.cache/thidua-reference-pages.json');

if (process.env.THIDUA_REFERENCE_PAGES === 'skip') {
  console.log('Bỏ qua trang in tham chiếu (npm start) / reference pages skipped (npm start)');
  process.exit(0);
}
const probes = Object.fromEntries(['pdftoppm', 'pdftotext', 'pdfinfo'].map((t) => [t, spawnSync(t, ['-v'], { encoding: 'utf8' })]));
const missing = Object.keys(probes).filter((t) => probes[t].error);
if (missing.length) {
  console.log(`Bỏ qua trang in tham chiếu: chưa cài poppler-utils (${missing.join(', ')}) / reference pages skipped: poppler-utils not installed`);
  process.exit(0);
}

const started = performance.now();
const { collectReferences, manifestOf } = await import('./lib/reference-set.mjs');
const { gray4Png, readPgm } = await import('./lib/png-gray4.mjs');
const { pdfPagesIndex } = await import('./lib/pdf-pages-index.mjs');

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pages-'));
const writeIfChanged = (file, bytes) => {
  if (fs.existsSync(file) && Buffer.from(bytes).equals(fs.readFileSync(file))) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return true;
};

try {
  // Render every PDF in this process (fonts loaded once), then rasterise with one pdftoppm
  // per PDF, as many at a time as there are cores, encoding each PDF's pages as it finishes.
  const pdfs = await collectReferences(tmp);
  const readCache = () => { try { return JSON.parse(fs.readFileSync(cacheFile, 'utf8')); } catch { return {}; } };
  const cache = readCache();
  const sha = (...parts) => parts.reduce((h, x) => h.update(x), crypto.createHash('sha256')).digest('hex');
  const tool = `${DPI} dpi, ${probes.pdftoppm.stderr.split('\n')[0]}`;
  const pagesHash = (p) => sha(...p.pages.map((pg) => { const f = path.join(imagesDir, pg.file); return fs.existsSync(f) ? fs.readFileSync(f) : 'missing'; }));
  const drawn = Object.fromEntries(pdfs.map((p) => [p.entry.key, { pdf: sha(tool, fs.readFileSync(p.file)) }]));
  const upToDate = (p) => cache[p.entry.key]?.pdf === drawn[p.entry.key].pdf && cache[p.entry.key]?.pages === pagesHash(p);
  let written = 0;
  const queue = [...pdfs.keys()].filter((i) => !upToDate(pdfs[i]));
  const rasterised = queue.length;
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const { file, pages } = pdfs[i];
      const prefix = path.join(tmp, `p${i}`);
      await run('pdftoppm', ['-gray', '-r', String(DPI), '-f', '1', '-l', String(pages.length), file, prefix]);
      for (const f of fs.readdirSync(tmp).filter((f) => f.startsWith(`p${i}-`) && f.endsWith('.pgm'))) {
        const page = Number(/-(\d+)\.pgm$/.exec(f)[1]);
        if (writeIfChanged(path.join(imagesDir, pages[page - 1].file), gray4Png(readPgm(fs.readFileSync(path.join(tmp, f)))))) written++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, os.availableParallelism()) }, worker));
  for (const p of pdfs) drawn[p.entry.key].pages = pagesHash(p);
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(drawn));

  // Pages of documents that got shorter, and plans that went away.
  const keep = new Set(pdfs.flatMap((p) => p.pages.map((pg) => path.join(imagesDir, pg.file))));
  let removed = 0;
  const sweep = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) {
        sweep(f);
        if (!fs.readdirSync(f).length) fs.rmdirSync(f);
      } else if (e.name.endsWith('.png') && !keep.has(f)) {
        fs.rmSync(f);
        removed++;
      }
    }
  };
  sweep(imagesDir);

  const manifest = manifestOf(pdfs, DPI);
  // One line per page and per document, so a diff of the manifest reads page by page.
  const json = JSON.stringify(manifest, null, 1)
    .replace(/\[\s*([\d.]+),\s*([\d.]+)\s*\]/g, '[$1, $2]')
    .replace(/\{[^{}]*\}/g, (o) => o.replace(/\s*\n\s*/g, ' '));
  writeIfChanged(path.join(imagesDir, 'manifest.json'), `${json}\n`);
  writeIfChanged(indexFile, pdfPagesIndex(pdfs, { imagesRel: path.relative(path.dirname(indexFile), imagesDir), dpi: DPI }));

  const bytes = [...keep].reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`reference pages: ${keep.size} pages of ${pdfs.length} PDFs (${rasterised} rasterised), ${(bytes / 1024).toFixed(0)} KB, ${written} written, ${removed} removed, ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(root, imagesDir)}, ${path.relative(root, indexFile)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
