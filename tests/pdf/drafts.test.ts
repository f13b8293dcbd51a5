// A draft prints whatever is there: any JSON at all, and every plan's example with parts
// deleted, replaced or of the wrong type, prints under "BẢN NHÁP" without an exception, as a
// PDF qpdf accepts; what could not be printed is said on the page. The cases also
// through the built `thidua pdf --draft`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PLAN_MODULES } from '@thidua/plans';
import { loadTinos, nodeDeflate, renderDocument, renderSubmission } from '@thidua/pdf/node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsText, pdfText, qpdfCheck } from './tools.js';

const KINDS = ['report', 'nomination'] as const;
const BIN = path.resolve(__dirname, '../../packages/cli/dist/bin.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-drafts-'));
const isPdf = (b: Uint8Array) => b.length > 1000 && Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-';

type Path = (string | number)[];

/** Every place in a JSON value (objects and arrays included), as key paths. */
function paths(v: unknown, at: Path = []): Path[] {
  const out: Path[] = at.length ? [at] : [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

/** The same value of another JSON type: text ↔ number, object ↔ array, … */
function retyped(v: unknown): unknown {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return [v];
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [i, x]));
  if (v && typeof v === 'object') return Object.values(v);
  return {};
}

type Mutation = { at: number; op: 'delete' | 'retype' | 'replace'; by: unknown };
const mutation = fc.record({ at: fc.nat(), op: fc.constantFrom('delete', 'retype', 'replace'), by: fc.jsonValue({ maxDepth: 3 }) }) as fc.Arbitrary<Mutation>;

function mutate(data: unknown, ms: Mutation[]): unknown {
  const d = structuredClone(data) as any;
  for (const m of ms) {
    const all = paths(d);
    if (!all.length) break;
    const p = all[m.at % all.length]!;
    const parent = p.slice(0, -1).reduce((o: any, k) => o[k], d);
    const key = p[p.length - 1]!;
    if (m.op === 'delete') Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
    else parent[key] = m.op === 'retype' ? retyped(parent[key]) : m.by;
  }
  return d;
}

describe('drafts print any JSON (fast-check), every plan × kind', () => {
  for (const m of PLAN_MODULES) {
    for (const kind of KINDS) {
      const id = m.definition.id;
      const ex = m.examples.find((e) => e.kind === kind)!.data;

      it(`${id} ${kind}: the example with 1–6 parts deleted, retyped or replaced`, async () => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (ms) => {
            const pdf = await renderSubmission(id, kind, mutate(ex, ms), { draft: true });
            expect(isPdf(pdf)).toBe(true);
            // qpdf on a sample keeps the run short.
            if (n++ % 8 === 0) {
              const q = qpdfCheck(pdf);
              expect(q.ok, q.output).toBe(true);
            }
          }),
          { numRuns: 24 },
        );
      }, 120_000);

      it(`${id} ${kind}: any JSON value, and any value at all through the browser-safe core`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (v) => {
            expect(isPdf(await renderSubmission(id, kind, v, { draft: true }))).toBe(true);
          }),
          { numRuns: 8 },
        );
        // Null-prototype objects, sparse arrays, NaN, -0, undefined, no schema passed.
        await fc.assert(
          fc.asyncProperty(fc.anything({ maxDepth: 4, withNullPrototype: true, withSparseArray: true }), async (v) => {
            expect(isPdf(await renderDocument(m.definition, kind, v, { fonts: loadTinos(), deflate: nodeDeflate, draft: true }))).toBe(true);
          }),
          { numRuns: 8 },
        );
      }, 120_000);
    }
  }
});

describe('drafts: the issue’s cases through renderSubmission', () => {
  const PLAN = 'lam-dong-2022-2025';
  const example = (kind: 'report' | 'nomination') => structuredClone(PLAN_MODULES.find((m) => m.definition.id === PLAN)!.examples.find((e) => e.kind === kind)!.data) as any;

  it('keeps the placeholders and notes in one place: the top of page 1', async () => {
    const d = example('report');
    d.to = [{ don: 'vị' }, 'Sở Nội vụ tỉnh Lâm Đồng'];
    d.period.year = { y: 2023 };
    const pdf = await renderSubmission(PLAN, 'report', d, { draft: true });
    const page1 = pdfText(pdf, { first: 1, last: 1 });
    expect(containsText(page1, '(không in được: Kính gửi (thứ 1) — cần văn bản, có một nhóm thông tin)')).toBe(true);
    expect(containsText(page1, 'cần một số, có một nhóm thông tin')).toBe(true);
    expect(containsText(page1, '- …;')).toBe(true);
    expect(containsText(page1, '- Sở Nội vụ tỉnh Lâm Đồng.')).toBe(true);
    expect(containsText(page1, 'Năm …')).toBe(true);
    expect(page1).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  it('prints "…" for missing figures, genders and times, never NaN, "Nam" or "undefined"', async () => {
    const d = example('nomination');
    const i = d.nominees.findIndex((n: any) => n.type === 'individual');
    delete d.nominees[i].profile.gender;
    delete d.nominees[i].votesAgree;
    delete d.councilMinutes.endTime;
    delete d.councilMinutes.membersTotal;
    const text = pdfText(await renderSubmission(PLAN, 'nomination', d, { draft: true }));
    expect(text).not.toMatch(/NaN|undefined/);
    expect(containsText(text, 'Giới tính: …')).toBe(true);
    expect(containsText(text, 'Cuộc họp kết thúc vào … giờ … phút')).toBe(true);
    expect(containsText(text, `thành viên Hội đồng có mặt`)).toBe(true);
    expect(text).toMatch(/\d+\/… thành viên Hội đồng có mặt/);
  });

  it('prints missing numbers as "…", never 0, and keeps the watermark out of the text: an artifact, drawn on every page', async () => {
    const d = example('nomination');
    delete d.header.number;
    d.councilMinutes.number = '';
    delete d.councilMinutes.membersPresent;
    const pdf = await renderSubmission(PLAN, 'nomination', d, { draft: true });
    const text = pdfText(pdf);
    expect(containsText(text, 'Số: …/TTr-')).toBe(true);
    expect(containsText(text, 'Số: …/BB-')).toBe(true);
    expect(text).not.toMatch(/Số: 0\b|\b0\/\d+ thành viên/);
    // Uncompressed content streams: every page draws the word inside one watermark artifact.
    const src = path.join(os.tmpdir(), `thidua-draft-${process.pid}.pdf`);
    const qdf = `${src}.qdf`;
    fs.writeFileSync(src, pdf);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', src, qdf]);
    const raw = fs.readFileSync(qdf, 'latin1');
    fs.rmSync(src);
    fs.rmSync(qdf);
    const pages = Number(/\/Count (\d+)/.exec(raw)![1]);
    const marks = raw.match(/\/Artifact <<\/Type \/Pagination \/Subtype \/Watermark>> BDC q 0\.82 g BT [^\n]*? Tj ET Q EMC/g) ?? [];
    expect(marks).toHaveLength(pages);
    expect(raw.match(/ 0\.82 g BT/g)).toHaveLength(pages);
  });
});

describe('thidua pdf --draft (built CLI) on the issue’s cases', () => {
  const PLAN = 'lam-dong-2022-2025';
  function draft(kind: 'report' | 'nomination', change: (d: any) => void) {
    const ex = JSON.parse(spawnSync(process.execPath, [BIN, 'example', PLAN, kind], { encoding: 'utf8' }).stdout);
    change(ex);
    const src = path.join(tmp, `${kind}-${Math.random().toString(36).slice(2)}.json`);
    const out = src.replace(/\.json$/, '.pdf');
    fs.writeFileSync(src, JSON.stringify(ex));
    const r = spawnSync(process.execPath, [BIN, 'pdf', PLAN, kind, src, '-o', out, '--draft'], { encoding: 'utf8' });
    return { code: r.status, stderr: r.stderr, out };
  }

  it('a nominee of an unknown type: exit 0, the PDF written, the note on page 1', () => {
    const r = draft('nomination', (d) => { d.nominees[0].type = 'robot'; });
    expect(r.stderr).not.toMatch(/TypeError|at /);
    expect(r.code).toBe(0);
    expect(qpdfCheck(r.out).ok).toBe(true);
    const page1 = pdfText(r.out, { first: 1, last: 1 });
    expect(containsText(page1, '(không in được: Danh sách đề nghị khen thưởng (thứ 1) — loại “robot” không có trong mẫu')).toBe(true);
  });

  it('a wrong-shaped `to` (one text, not a list): exit 0, printed as the one recipient', () => {
    const r = draft('report', (d) => { d.to = 'Sở Lao động - Thương binh và Xã hội'; });
    expect(r.stderr).not.toMatch(/TypeError|at /);
    expect(r.code).toBe(0);
    expect(containsText(pdfText(r.out, { first: 1, last: 1 }), 'Kính gửi: Sở Lao động - Thương binh và Xã hội.')).toBe(true);
  });

  it('a `to` of numbers and objects: exit 0, "…" and the notes', () => {
    const r = draft('nomination', (d) => { d.coverLetter.to = { a: 1 }; d.nominees[1].profile = 5; });
    expect(r.code).toBe(0);
    const page1 = pdfText(r.out, { first: 1, last: 1 });
    expect(containsText(page1, '(không in được: Tờ trình › Kính gửi — cần một danh sách, có một nhóm thông tin)')).toBe(true);
    expect(containsText(page1, 'cần một nhóm thông tin, có số 5)')).toBe(true);
  });
});
