// Real public documents, retyped as a commune officer would: each one's facts (collected in
// tests/fixtures/real/<slug>.json with their source) are filled into a submission of the
// closest plan (<slug>.filled.json), which must validate with nothing invented, and whose
// PDF must print every fact of the source, read back from its text layer and its pixels.
import fs from 'node:fs';
import path from 'node:path';
import { getExample } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { containsText, inkRatio, normalizeText, ocrPage, pdfInfo, pdfText, renderGray } from '../pdf/tools.js';

const DIR = path.resolve(__dirname, '../fixtures/real');

interface Fact { id: string; group: string; what: string; printed: string; value?: unknown }
interface FactSheet { title: string; kind: string; source: { url: string }; closestPlan: string; documentKind: 'report' | 'nomination'; facts: Fact[] }
interface Filled {
  /** How the source maps onto the submission, and which parts come from elsewhere (and why). */
  note: string;
  planId: string;
  kind: 'report' | 'nomination';
  /** JSON Pointer → value, applied to the plan's first example of the kind. */
  set: Record<string, unknown>;
  /** Fact id → where it sits in the submission and, where the document prints it otherwise than the source, how. */
  facts: Record<string, { at: string[]; printed?: string | string[] }>;
  /** Pointers that must hold nothing: what the source does not say. */
  absent: string[];
  /**
   * The source gives no document number (a news account of a report): the document is a draft,
   * refused for final submission only because the văn thư has not numbered it, and printed as one.
   */
  draft?: boolean;
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const tokens = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map(unescape));

function get(doc: unknown, pointer: string): unknown {
  let node: any = doc;
  for (const t of tokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[t];
  }
  return node;
}

function set(doc: any, pointer: string, value: unknown): void {
  const ts = tokens(pointer);
  const last = ts.pop()!;
  let node = doc;
  for (const t of ts) {
    if (node[t] === undefined) node[t] = /^\d+$/.test(t) ? [] : {};
    node = node[t];
  }
  if (value === null) delete node[last];
  else node[last] = structuredClone(value);
}

// Text a person types when a value is unknown: none may reach a real dossier.
const PLACEHOLDER = /không có trong nguồn|không rõ|chưa rõ|chưa có|\bN\/A\b|xxx|\(\?\)|^\s*[-–—.…]+\s*$/iu;

function strings(v: unknown, at = ''): [string, string][] {
  if (typeof v === 'string') return [[at, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${at}/${i}`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${at}/${k}`));
  return [];
}

const despace = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');
const found = (text: string, value: string) => containsText(text, value) || containsText(text, value.toLocaleUpperCase('vi')) || despace(text).includes(despace(value));

const slugs = fs.readdirSync(DIR).filter((f) => f.endsWith('.filled.json')).map((f) => f.replace(/\.filled\.json$/, '')).sort();

// A collected document that cannot be filled without inventing what it lacks is named in the
// README's "Chưa điền được" table with the reason: `| \`slug\` | why |`.
function notFilled(): Map<string, string> {
  const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
  const part = readme.split(/^## Chưa điền được.*$/mu)[1]?.split(/^## /mu)[0] ?? '';
  return new Map([...part.matchAll(/^\| `([a-z0-9-]+)` \| (.+?) \|$/gmu)].map((m) => [m[1]!, m[2]!]));
}

describe('real documents', () => {
  it('every collected document is filled into a submission, or the README says why it cannot be', () => {
    const collected = fs.readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.filled.json')).map((f) => f.replace(/\.json$/, '')).sort();
    const unfilled = notFilled();
    expect([...slugs, ...unfilled.keys()].sort()).toEqual(collected);
    for (const slug of slugs) expect(unfilled.has(slug), `${slug} is filled and listed as not filled`).toBe(false);
    for (const [slug, why] of unfilled) expect(why.length, slug).toBeGreaterThan(60);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const sheet = JSON.parse(fs.readFileSync(path.join(DIR, `${slug}.json`), 'utf8')) as FactSheet;
      const filled = JSON.parse(fs.readFileSync(path.join(DIR, `${slug}.filled.json`), 'utf8')) as Filled;
      const data = getExample(filled.planId, filled.kind) as Record<string, unknown>;
      for (const [pointer, value] of Object.entries(filled.set)) set(data, pointer, value);

      it('is filed under the plan and kind its fact sheet names', () => {
        expect([filled.planId, filled.kind]).toEqual([sheet.closestPlan, sheet.documentKind]);
      });

      it('validates, with no placeholder and nothing the source does not say', () => {
        const r = validate(filled.planId, filled.kind, data);
        const errors = r.errors.map((e) => `${e.path} ${e.code}: ${e.message}`);
        if (filled.draft) {
          // Nothing but the missing number stands between the draft and a final document.
          expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/header/number number-not-given']);
        } else expect(errors).toEqual([]);
        const filledIn = Object.keys(filled.set);
        for (const [at, s] of strings(data)) {
          if (filledIn.some((p) => at === p || at.startsWith(`${p}/`))) expect(s, at).not.toMatch(PLACEHOLDER);
        }
        for (const p of filled.absent) expect(get(data, p), p).toBeUndefined();
      });

      it('places every fact of the source, and the PDF prints each one (text layer and pixels)', async () => {
        expect(Object.keys(filled.facts).sort()).toEqual(sheet.facts.map((f) => f.id).sort());
        const pdf = await renderSubmission(filled.planId, filled.kind, data, filled.draft ? { draft: true } : {});
        if (filled.draft) expect(pdfText(pdf)).toMatch(/Số: …\/[A-ZĐ]+-/u);
        const text = pdfText(pdf);
        const missing: string[] = [];
        for (const fact of sheet.facts) {
          const place = filled.facts[fact.id]!;
          for (const p of place.at) expect(get(data, p), `${fact.id} at ${p}`).not.toBeUndefined();
          // A fact with several parts (a list of names) names each of them.
          for (const printed of [place.printed ?? fact.printed].flat()) {
            if (!found(text, printed)) missing.push(`${fact.id}: “${printed}”`);
          }
        }
        expect(missing).toEqual([]);
        // Pixels: every page carries ink, and OCR reads back the page holding the first fact.
        const pages = pdfInfo(pdf).pages;
        for (let p = 1; p <= pages; p++) {
          if (inkRatio(renderGray(pdf, p)) > 0.002) continue;
          // A sparse page (a signature block and its copies-to alone) has little ink: OCR must read its longest word back.
          const words = pdfText(pdf, { first: p, last: p }).split(/\s+/u).filter((w) => /^\p{L}+$/u.test(w));
          const longest = words.sort((a, b) => b.length - a.length)[0];
          expect(longest, `page ${p} has text`).toBeDefined();
          expect(despace(ocrPage(pdf, p, { dpi: 200 })).toLocaleLowerCase('vi'), `page ${p}`).toContain(longest!.toLocaleLowerCase('vi'));
        }
        const first = [filled.facts[sheet.facts[0]!.id]!.printed ?? sheet.facts[0]!.printed].flat()[0]!;
        const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) => found(pdfText(pdf, { first: p, last: p }), first))!;
        const ocr = normalizeText(ocrPage(pdf, page, { dpi: 200 }));
        expect(despace(ocr).toLocaleLowerCase('vi')).toContain(despace(first).toLocaleLowerCase('vi'));
      }, 120_000);
    });
  }
});
