// The committed reference pages (docs/images/pdf, docs/reference/pdf-pages.md) still show what
// the code prints: every plan's example dossier and report are rendered afresh and read back
// page by page (size and text), and compared with the manifest AS COMMITTED.
//
// Why the committed manifest and not the file on disk: `npm test` (scripts/dev.mjs) and CI run
// `pnpm run build` before the tests, and the build regenerates the pages and the manifest where
// poppler is installed. Compared with the file on disk, this test could then never fail. Read
// from `git show HEAD:…`, it fails until the regenerated pages are committed with the change
// that moved them. Outside a git checkout (a source tarball) it falls back to the file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReferences, manifestOf } from '../../scripts/lib/reference-set.mjs';
import { nomineeNames } from '../../scripts/lib/dossier-documents.mjs';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = 'docs/images/pdf/manifest.json';
const INDEX = 'docs/reference/pdf-pages.md';
const FIX = 'reference pages out of date: run pnpm run build, then commit docs/images/pdf and docs/reference/pdf-pages.md';

interface Page { file: string; size: [number, number]; text: string }
interface Doc { kind: string; label: string; first: number; last: number; name?: string }
interface Entry { key: string; title: string; documents: Doc[]; pages: Page[] }
interface Manifest { dpi: number; pdfs: Entry[] }

function committedManifest(): { manifest: Manifest; from: string } {
  try {
    const text = execFileSync('git', ['show', `HEAD:${MANIFEST}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
    return { manifest: JSON.parse(text), from: `${MANIFEST} as committed (HEAD)` };
  } catch {
    return { manifest: JSON.parse(fs.readFileSync(path.join(ROOT, MANIFEST), 'utf8')), from: MANIFEST };
  }
}

/** One line per difference, named as a reader finds it: plan, kind, page. */
function differences(fresh: Manifest, old: Manifest): string[] {
  const out: string[] = [];
  const before = new Map(old.pdfs.map((p) => [p.key, p]));
  for (const p of fresh.pdfs) {
    const o = before.get(p.key);
    before.delete(p.key);
    if (!o) { out.push(`${p.key}: not in the manifest`); continue; }
    if (o.pages.length !== p.pages.length) out.push(`${p.key}: ${o.pages.length} pages → ${p.pages.length}`);
    p.pages.forEach((pg, i) => {
      const was = o.pages[i];
      if (!was) return;
      if (was.file !== pg.file) out.push(`${p.key} page ${i + 1}: file ${was.file} → ${pg.file}`);
      if (was.size.join('×') !== pg.size.join('×')) out.push(`${p.key} page ${i + 1}: size ${was.size.join('×')} → ${pg.size.join('×')} pt`);
      if (was.text !== pg.text) out.push(`${p.key} page ${i + 1}: text changed`);
    });
    if (JSON.stringify(o.documents) !== JSON.stringify(p.documents)) out.push(`${p.key}: documents ${o.documents.map((d) => `${d.kind} ${d.first}–${d.last}`).join(', ')} → ${p.documents.map((d) => `${d.kind} ${d.first}–${d.last}`).join(', ')}`);
  }
  for (const key of before.keys()) out.push(`${key}: no longer printed`);
  return out;
}

describe('reference pages (docs/images/pdf)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-refpages-'));
  let refs: Awaited<ReturnType<typeof collectReferences>>;
  let fresh: Manifest;
  beforeAll(async () => {
    refs = await collectReferences(tmp);
    fresh = manifestOf(refs, committedManifest().manifest.dpi) as Manifest;
  }, 120_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('show what the code prints now (page sizes and text against the committed manifest)', () => {
    const { manifest, from } = committedManifest();
    const diff = differences(fresh, manifest);
    let note = '';
    if (diff.length && from.includes('HEAD')) {
      const onDisk = JSON.parse(fs.readFileSync(path.join(ROOT, MANIFEST), 'utf8')) as Manifest;
      if (!differences(fresh, onDisk).length) note = '\n(the build has regenerated them in the working copy: commit them)';
    }
    expect(diff, `${FIX}${note}\ncompared with ${from}:\n${diff.join('\n')}`).toEqual([]);
  });

  it('are all on disk, and nothing else is: one PNG per page of the manifest', () => {
    const { manifest } = committedManifest();
    const listed = manifest.pdfs.flatMap((p) => p.pages.map((pg) => pg.file)).sort();
    const found: string[] = [];
    const visit = (rel: string) => {
      for (const e of fs.readdirSync(path.join(ROOT, 'docs/images/pdf', rel), { withFileTypes: true })) {
        const f = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) visit(f);
        else if (f.endsWith('.png')) found.push(f);
      }
    };
    visit('');
    expect(found.sort(), FIX).toEqual(listed);
  });

  it('are each linked from the index page', () => {
    const index = fs.readFileSync(path.join(ROOT, INDEX), 'utf8');
    const unlinked = fresh.pdfs.flatMap((p) => p.pages.map((pg) => pg.file)).filter((f) => !index.includes(`](../images/pdf/${f})`));
    expect(unlinked, FIX).toEqual([]);
  });

  it('are left as they are, with one line of notice, where poppler is not installed (npm start on a fresh machine)', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-no-poppler-'));
    try {
      const r = spawnSync(process.execPath, ['scripts/gen-pdf-samples.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: empty } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual(['Bỏ qua trang in tham chiếu: chưa cài poppler-utils (pdftoppm, pdftotext, pdfinfo) / reference pages skipped: poppler-utils not installed']);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('find every document of each dossier: tờ trình, danh sách, biên bản, one báo cáo thành tích per nominee', () => {
    for (const { entry, documents, pages } of refs.filter((r) => r.entry.kind === 'nomination')) {
      // In whatever order the dossier puts them: each once.
      const kinds = documents.map((d) => d.kind).filter((k) => k !== 'bao-cao-thanh-tich');
      expect(kinds.sort(), entry.key).toEqual(['bien-ban', 'danh-sach', 'to-trinh']);
      const reports = documents.filter((d) => d.kind === 'bao-cao-thanh-tich');
      expect(reports.map((d) => d.name).sort(), entry.key).toEqual(nomineeNames(entry.data).sort());
      // The documents cover the dossier, page 1 to the last, each page once.
      expect(documents[0]!.first).toBe(1);
      documents.slice(1).forEach((d, i) => expect(d.first, `${entry.key} ${d.kind}`).toBe(documents[i]!.last + 1));
      expect(documents.at(-1)!.last).toBe(pages.length);
    }
  });
});
