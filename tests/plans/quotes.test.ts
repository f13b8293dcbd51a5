// A reviewer checks a plan by reading its rule table: each row shows the plan's sentence the rule
// rests on. That is only worth something if the sentence is really the plan's, so every `quote` of
// a definition (and every `readings` text, whose "…" marks words left out) must occur in the
// plan as issued, kept beside its definition as source.txt, and no rule row may lack one.
import { PLAN_MODULES } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module of the docs generator, no types
import { ruleRows } from '../../scripts/lib/rule-table.mjs';
import { planFolder, readPlanSource } from '../support/plan-source.js';

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
// The plain-text copy marks bold with ** and keeps footnote numbers glued to the word they annotate
// ("thoát nghèo bền vững3"); neither is a word of the sentence a quote repeats.
const plainText = (s: string) => norm(s.replaceAll('**', '').replace(/(\p{L})\d+(?=[\s,.;:)])/gu, '$1'));

/** Every `quote` string anywhere in the definition, with the path it sits at. */
function quotes(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotes(v, `${path}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'quote' && typeof v === 'string' ? [{ path: `${path}/quote`, text: v }] : quotes(v, `${path}/${k}`));
}

for (const mod of PLAN_MODULES) {
  const p = mod.definition;
  describe(`${p.id}: quotes are the plan's words`, () => {
    const raw = readPlanSource(planFolder(p.province.slug, p.id)).text;
    const text = `${norm(raw.replaceAll('**', ''))}\n${plainText(raw)}`;

    it('every quote occurs word for word in the plan text', () => {
      const found = quotes(p);
      expect(found.length).toBeGreaterThan(0);
      const missing = found.filter((q) => !text.includes(norm(q.text))).map((q) => `${q.path}: ${q.text.slice(0, 80)}`);
      expect(missing).toEqual([]);
    });

    it('every reading quotes the plan word for word (“…” marks words left out)', () => {
      const missing = (p.readings ?? []).flatMap((r, i) =>
        r.text.split('…').map(norm).filter((part) => part && !text.includes(part)).map((part) => `/readings/${i}: ${part.slice(0, 80)}`));
      expect(missing).toEqual([]);
    });

    it('no rule row prints without the sentence it rests on', () => {
      const rows = ruleRows(mod, validate);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r: any) => !r.quote).map((r: any) => `${r.kind} ${r.id}`)).toEqual([]);
    });
  });
}
