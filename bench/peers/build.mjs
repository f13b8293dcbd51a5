// Builds the peers' pages for bench/form300.bench.mjs with esbuild (the bundler the elements
// build uses) into a temporary folder: React's production build, minified, one file each.
// A peer whose build fails is reported and left out; the bench goes on with the others.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PEERS = { rjsf: 'RJSF', jsonforms: 'JSON Forms' };

/** `{ dir, built: { id: file }, failed: { id: message } }`; `dispose()` removes the folder. */
export async function buildPeers() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-peers-'));
  const built = {};
  const failed = {};
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch (e) {
    for (const id of Object.keys(PEERS)) failed[id] = `esbuild: ${e.message}`;
  }
  for (const id of Object.keys(PEERS)) {
    if (!esbuild) break;
    const outfile = path.join(dir, `${id}.js`);
    try {
      await esbuild.build({
        entryPoints: [path.join(HERE, `${id}.mjs`)], outfile, bundle: true, format: 'esm', platform: 'browser',
        target: 'es2022', minify: true, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' },
      });
      built[id] = outfile;
    } catch (e) {
      failed[id] = String(e.message ?? e).split('\n')[0];
    }
  }
  return { dir, built, failed, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
