// The shipped command (dist/bundle/thidua.js) loads, for each command, only what that command
// needs: which of its files a run loads is recorded, and the build's metafile says which
// package sources each file holds. CommonJS packages the bundle loads when first used
// (fontkit, yaml, pdf-lib's standard fonts) are recorded as they are required, and Node's own
// modules as `node:<name>`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordImports } from './recorded-imports.js';

const DIST = path.resolve(__dirname, '../dist');
const BIN = path.join(DIST, 'bundle/thidua.js');
const META = path.join(DIST, 'bundle.meta.json');
const ROOT = path.resolve(__dirname, '../../..');
const PLAN = 'lam-dong-2022-2025';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bundle-imports-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  for (const kind of ['report', 'nomination']) {
    const r = spawnSync(process.execPath, [BIN, 'example', PLAN, kind], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    fs.writeFileSync(path.join(tmp, `${kind}.json`), r.stdout);
  }
});

/** Every package source a run loaded: the inputs of the bundle's files it loaded, and any file outside the bundle. */
function sources(argv: string[]): { code: number | null; sources: string[] } {
  const { outputs } = JSON.parse(fs.readFileSync(META, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const byUrl = new Map(Object.entries(outputs).map(([file, o]) => [pathToFileURL(path.join(ROOT, file)).href, Object.keys(o.inputs)]));
  const { code, modules } = recordImports(BIN, tmp, argv);
  const bundled = modules.filter((m) => byUrl.has(m));
  // The entry itself is loaded as the main module, without a resolution to record.
  expect(bundled.length).toBeGreaterThan(0);
  return { code, sources: [...new Set([...byUrl.get(pathToFileURL(BIN).href)!, ...bundled.flatMap((m) => byUrl.get(m)!), ...modules.filter((m) => !byUrl.has(m))])] };
}

// Sources, not the lazy stand-ins the build writes (namespaced `lazy-…:`), nor ajv's runtime
// helpers that the prepared validators carry (`ajv/dist/runtime/…`): the compiler is what costs.
const AJV = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?ajv\/(?!dist\/runtime\/)/;
const PDF_LIB = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?pdf-lib\//;
const STANDARD_FONTS = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?@pdf-lib\/standard-fonts\//;
const FONTKIT = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?@pdf-lib\/fontkit\//;
// The plans' checker, loader and registry: a built-in plan comes prepared.
const PLAN_MACHINERY = /packages\/plans\/dist\/(check|load)\/|packages\/plans\/dist\/registry\.js/;
// Commander's, for subcommands that are programs of their own; thidua has none.
const CHILD_PROCESS = /^node:child_process$/;
const YAML = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?yaml\//;

describe('what each command of the bundle loads', () => {
  it('the bundle and its metafile exist (run `pnpm build` first)', () => {
    expect(fs.existsSync(BIN)).toBe(true);
    expect(fs.existsSync(META)).toBe(true);
  });

  it('the check can see a package: the PDF engine brings pdf-lib', () => {
    const r = sources(['pdf', PLAN, 'report', 'report.json', '-o', 'seen.pdf']);
    expect(r.code).toBe(0);
    expect(r.sources.some((s) => PDF_LIB.test(s))).toBe(true);
    expect(r.sources.some((s) => /^node:zlib$/.test(s))).toBe(true);
  });

  for (const kind of ['report', 'nomination']) {
    it(`thidua validate (${kind}): no ajv compiler, no pdf-lib, no fontkit, no yaml, no plan loader`, () => {
      const r = sources(['validate', PLAN, kind, `${kind}.json`]);
      expect(r.code).toBe(0);
      expect(r.sources.filter((s) => [AJV, PDF_LIB, STANDARD_FONTS, FONTKIT, YAML, PLAN_MACHINERY, CHILD_PROCESS].some((p) => p.test(s)))).toEqual([]);
    });

    it(`thidua pdf (${kind}) of a built-in plan: no ajv compiler, no yaml, no fontkit, no standard fonts`, () => {
      const r = sources(['pdf', PLAN, kind, `${kind}.json`, '-o', `${kind}.pdf`]);
      expect(r.code).toBe(0);
      expect(fs.statSync(path.join(tmp, `${kind}.pdf`)).size).toBeGreaterThan(1000);
      expect(r.sources.filter((s) => [AJV, YAML, FONTKIT, STANDARD_FONTS, CHILD_PROCESS].some((p) => p.test(s)))).toEqual([]);
    });
  }
});
