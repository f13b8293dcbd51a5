// The element docs stay true to the element: the generated reference (docs/reference/elements)
// matches packages/elements' custom-elements.json (scripts/gen-element-docs.mjs --check), the
// generator is deterministic, and the integration guide names every attribute, event, public
// method, CSS part and custom property the manifest declares and shows screenshots that exist.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = 'scripts/gen-element-docs.mjs';
const manifestFile = path.join(ROOT, 'packages/elements/dist/custom-elements.json');

function check(extra: string[] = []): string {
  try {
    execFileSync(process.execPath, [SCRIPT, '--check', ...extra], { cwd: ROOT, stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

interface Decl {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

function thiduaForm(): Decl {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { modules: { declarations?: Decl[] }[] };
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === 'thidua-form');
  if (!d) throw new Error('custom-elements.json declares no <thidua-form>');
  return d;
}

describe('element reference (generated)', () => {
  it('is up to date (scripts/gen-element-docs.mjs --check)', () => {
    expect(fs.existsSync(manifestFile), 'run `pnpm build` first: the reference is generated from the elements build').toBe(true);
    expect(check()).toBe('');
  });

  it('is deterministic, and --check fails on a stale, missing or left-over page', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-element-docs-'));
    try {
      execFileSync(process.execPath, [SCRIPT, '--out', tmp], { cwd: ROOT, stdio: 'pipe' });
      const docs = path.join(ROOT, 'docs/reference/elements');
      for (const f of fs.readdirSync(tmp)) expect(fs.readFileSync(path.join(tmp, f), 'utf8'), f).toBe(fs.readFileSync(path.join(docs, f), 'utf8'));
      expect(check(['--out', tmp])).toBe('');
      const page = path.join(tmp, 'thidua-form.md');
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('## 1. Attributes', '## 1. Attributes (edited by hand)'));
      expect(check(['--out', tmp])).toContain('out of date:');
      fs.rmSync(page);
      expect(check(['--out', tmp])).toContain('missing:');
      execFileSync(process.execPath, [SCRIPT, '--out', tmp], { cwd: ROOT, stdio: 'pipe' });
      fs.writeFileSync(path.join(tmp, 'thidua-old.md'), fs.readFileSync(page, 'utf8'));
      expect(check(['--out', tmp])).toContain('left over:');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('lists every attribute, event, CSS part and custom property of the manifest', () => {
    const d = thiduaForm();
    const page = fs.readFileSync(path.join(ROOT, 'docs/reference/elements/thidua-form.md'), 'utf8');
    const names = [
      ...(d.attributes ?? []).map((a) => a.name),
      ...(d.events ?? []).map((e) => e.name),
      ...(d.cssParts ?? []).map((p) => p.name),
      ...(d.cssProperties ?? []).map((p) => p.name),
    ];
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => !page.includes(`\`${n}\``))).toEqual([]);
  });
});

describe('elements guide', () => {
  const guide = fs.readFileSync(path.join(ROOT, 'docs/guide/elements.md'), 'utf8');

  it('names every attribute, public property and method, event, CSS part and custom property', () => {
    const d = thiduaForm();
    const publicMembers = (d.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
    const wanted = [
      ...(d.attributes ?? []).map((a) => `\`${a.name}\``),
      ...publicMembers.map((m) => (m.kind === 'method' ? `\`${m.name}(` : `\`${m.name}`)),
      ...(d.events ?? []).map((e) => `\`${e.name}\``),
      ...(d.cssParts ?? []).map((p) => `\`${p.name}\``),
      ...(d.cssProperties ?? []).map((p) => `\`${p.name}\``),
    ];
    expect(wanted.filter((w) => !guide.includes(w))).toEqual([]);
  });

  it('covers the integration topics', () => {
    for (const topic of ['<script type="module"', "script-src 'self'", 'unsafe-eval', 'setAssetBase', 'FormData', 'novalidate', 'draft-key', 'Kiểm tra lại', 'Tải PDF', '::part(', '--thidua-', 'lang="en"', 'React', 'Angular', 'jQuery']) {
      expect(guide, topic).toContain(topic);
    }
  });

  it('shows screenshots that exist: desktop and narrow, empty and with errors, vi and en', () => {
    const images = [...guide.matchAll(/\((\.\.\/images\/elements\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    const missing = images.filter((i) => !fs.existsSync(path.resolve(ROOT, 'docs/guide', i)));
    expect(missing).toEqual([]);
    for (const w of ['desktop', 'narrow']) for (const s of ['empty', 'errors']) for (const l of ['vi', 'en']) {
      expect(images.some((i) => i.endsWith(`-${s}-${l}-${w}.png`)), `${s} ${l} ${w}`).toBe(true);
    }
  });
});
