// Every plan's report and dossier read back page by page as the clerk reads them: no page
// holding only a signature, confirmation or "Nơi nhận"; no heading as a page's last line;
// no word cut inside a table cell ("ST/T"); no line of closing punctuation alone; no title
// line printed twice; paired names on one baseline; OCR still reads the words.
import { PLAN_MODULES } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLayout, namesOf, placesOf, vocabularyOf, type LayoutFindings } from './layout-audit.js';
import { ocrPage, pdfText, pdfWords } from './tools.js';

/** Column labels the engine prints in table headers (not in the data). */
const LABELS = ['STT', 'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Họ và tên / Tên', 'Thành tích tóm tắt'];

interface Case { label: string; plan: string; kind: 'report' | 'nomination'; data: unknown; draft?: boolean }

function cases(): Case[] {
  const out: Case[] = [];
  for (const m of PLAN_MODULES) {
    for (const kind of ['report', 'nomination'] as const) {
      for (const [i, ex] of m.examples.filter((e) => e.kind === kind).entries()) out.push({ label: `${m.definition.id} ${kind} #${i + 1}`, plan: m.definition.id, kind, data: ex.data });
    }
  }
  // The 40-nominee Lâm Đồng dossier as the district's Giấy khen: no quota caps it at four.
  out.push({ label: 'lam-dong 40 nominees', plan: 'lam-dong-2022-2025', kind: 'nomination', data: largeDamRongGiayKhen(40) });
  // A draft without the vote counts and the members present: "…" where the numbers go.
  const draft = structuredClone(PLAN_MODULES.find((m) => m.definition.id === 'lam-dong-2022-2025')!.examples.find((e) => e.kind === 'nomination')!.data) as any;
  for (const n of draft.nominees) delete n.votesAgree;
  delete draft.councilMinutes.membersTotal;
  out.push({ label: 'lam-dong draft, numbers missing', plan: 'lam-dong-2022-2025', kind: 'nomination', data: draft, draft: true });
  return out;
}

const KEYS: (keyof LayoutFindings)[] = ['signatureOnlyPages', 'headingAtFoot', 'brokenWords', 'punctuationLines', 'repeatedTitles', 'misalignedNames', 'titleBreaks'];

describe('layout rules over every plan’s report and dossier', () => {
  const all: LayoutFindings = { signatureOnlyPages: [], headingAtFoot: [], brokenWords: [], punctuationLines: [], repeatedTitles: [], misalignedNames: [], titleBreaks: [] };
  const pdfs: { label: string; pdf: Uint8Array }[] = [];
  beforeAll(async () => {
    for (const c of cases()) {
      const pdf = await renderSubmission(c.plan, c.kind, c.data, c.draft ? { draft: true } : {}).catch((e) => { throw new Error(`${c.label}: ${JSON.stringify(e.errors ?? e.message)}`); });
      pdfs.push({ label: c.label, pdf });
      const f = auditLayout(pdfWords(pdf), { names: namesOf(c.data), vocabulary: vocabularyOf(c.data, LABELS), places: placesOf(c.data), label: c.label });
      for (const k of KEYS) all[k].push(...f[k]);
    }
    console.log(`layout findings: ${KEYS.map((k) => `${k} ${all[k].length}`).join(', ')}`);
  }, 300_000);

  for (const k of KEYS) it(`finds no ${k}`, () => expect(all[k], all[k].join('\n')).toEqual([]));

  it('asks a seal only of a unit that has one: the head of Thôn Păng Dung signs with his name', () => {
    const pdf = pdfs.find((x) => x.label === 'lam-dong-2022-2025 nomination #1')!.pdf;
    let seen = 0;
    for (const p of pdfWords(pdf)) {
      const thon = p.words.find((w, k) => w.text === 'THÔN' && p.words[k - 1]?.text === 'TRƯỞNG');
      if (!thon) continue;
      seen++;
      // The note under the title, in the same column: the words of the next line below it.
      const centre = (w: { xMin: number; xMax: number }) => (w.xMin + w.xMax) / 2;
      const below = p.words.filter((w) => w.yMin > thon.yMax && w.yMin - thon.yMax < 20 && Math.abs(centre(w) - centre(thon)) < 80);
      expect(below.map((w) => w.text).join(' ')).toBe('(Ký, ghi rõ họ và tên)');
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('lets OCR read at least 95 % of the words on a sample of pages (first and last of each dossier)', () => {
    const words = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length >= 2);
    for (const { label, pdf } of pdfs.filter((x) => / nomination #1$/.test(x.label)).slice(0, 3)) {
      const n = pdfWords(pdf).length;
      for (const page of [1, n]) {
        const expected = words(pdfText(pdf, { first: page, last: page }));
        const seen = new Set(words(ocrPage(pdf, page, { dpi: 200 })));
        const read = expected.filter((w) => seen.has(w)).length;
        expect(read / expected.length, `${label} p.${page}`).toBeGreaterThanOrEqual(0.95);
      }
    }
  }, 300_000);
});
