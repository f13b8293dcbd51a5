// The lists of plans in the READMEs are the catalogue's: a plan added, renamed or removed
// without `node scripts/gen-plan-lists.mjs` (run by `pnpm build`) fails here.
import fs from 'node:fs';
import path from 'node:path';
import { catalog, getPlan } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import { between, replaceBetween } from '../../scripts/lib/markers.mjs';
import { documentCell, planListParts } from '../../scripts/lib/plan-lists.mjs';

const ROOT = path.resolve(__dirname, '../..');
const parts = planListParts(catalog(), getPlan) as Record<string, Record<string, string>>;

describe('generated lists of plans', () => {
  for (const [file, contents] of Object.entries(parts)) {
    for (const [name, content] of Object.entries(contents)) {
      it(`${file}, <!-- ${name} -->: as the catalogue says`, () => {
        expect(between(fs.readFileSync(path.join(ROOT, file), 'utf8'), name), 'run `node scripts/gen-plan-lists.mjs`').toBe(content);
      });
    }
  }

  it('the plans table has one row per plan, linked to its reference page', () => {
    const table = parts['packages/plans/README.md']!['plans-table']!;
    for (const { id, title } of catalog()) {
      const { province } = getPlan(id);
      expect(table).toContain(`| [\`${id}\`](../../docs/reference/plans/${province.slug}/${id}.md) | ${province.name} | ${title} |`);
    }
    expect(table.trim().split('\n')).toHaveLength(catalog().length + 2);
  });

  it('the root README counts the plans', () => {
    expect(parts['README.md']!['plans-count']).toBe(String(catalog().length));
  });

  it('a plan whose text gives no number is said to give none, never given one', () => {
    expect(documentCell({ number: '148', symbol: 'KH-UBND', date: '2023-06-06' })).toBe('148/KH-UBND ngày 06/06/2023');
    expect(documentCell({ issuedWith: { text: '…', number: '1479/QĐ-UBND', date: '2022-08-24' } })).toBe('ban hành kèm 1479/QĐ-UBND ngày 24/08/2022');
    expect(documentCell({ dateNote: 'Văn bản gốc không ghi số.' })).toBe('văn bản không ghi số');
  });

  it('a stale list is noticed, and renewed only between its markers', () => {
    const text = 'before <!-- plans-count -->4<!-- /plans-count --> after';
    expect(between(text, 'plans-count')).toBe('4');
    expect(replaceBetween(text, 'plans-count', '5')).toBe('before <!-- plans-count -->5<!-- /plans-count --> after');
    expect(() => replaceBetween('no markers', 'plans-count', '5')).toThrow(/not found/);
  });
});
