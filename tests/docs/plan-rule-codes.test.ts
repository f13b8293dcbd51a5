// The validation guide's table of plan-rule codes cannot drift from the rules: it lists exactly the
// codes of RULE_CODES, names for each the rule modules that declare it (both, for a code two rules
// report; "schema" for the codes the JSON Schema check reports), and every example message is an
// instance of its code's Vietnamese template.
import fs from 'node:fs';
import path from 'node:path';
import { RULE_CODES } from '@thidua/core';
import { MESSAGES } from '@thidua/core/messages';
import { describe, expect, it } from 'vitest';
import { RULE_MODULES } from '../../packages/validate/src/rules/index.js';

const ROOT = path.resolve(__dirname, '../..');

interface Row { code: string; rule: string; example: string }

/** The rows of the "Plan-rule codes" table: code, rule and example message cells. */
function planRuleRows(guide: string): Row[] {
  const section = guide.split('\n### Plan-rule codes\n')[1]?.split('\n### ')[0] ?? '';
  return section.split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l)).map((l) => {
    // Inline code may hold a "|" (a regex); cells are split on " | " outside backticks.
    const cells = l.slice(2, -2).split(/ \| (?=(?:[^`]*`[^`]*`)*[^`]*$)/);
    return { code: cells[0]!.replace(/`/g, ''), rule: cells[1]!, example: cells[cells.length - 1]! };
  });
}

const declaredBy = new Map<string, string[]>();
for (const m of RULE_MODULES) for (const c of m.codes) declaredBy.set(c, [...(declaredBy.get(c) ?? []), m.name]);

const templateMatches = (template: string, text: string): boolean => {
  const pattern = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*?');
  return new RegExp(pattern).test(text);
};

describe('the plan-rule codes of docs/guide/validation.md', () => {
  const rows = planRuleRows(fs.readFileSync(path.join(ROOT, 'docs/guide/validation.md'), 'utf8'));

  it('lists every rule code once', () => {
    expect(rows.map((r) => r.code).sort()).toEqual([...RULE_CODES].sort());
  });

  it('names the rule modules that declare each code, and "schema" for the others', () => {
    expect([...declaredBy.values()].some((names) => names.length > 1), 'some code is declared by two rules').toBe(true);
    for (const r of rows) {
      const expected = declaredBy.get(r.code)?.map((n) => `\`${n}\``).join(', ') ?? 'schema';
      expect(r.rule, r.code).toBe(expected);
    }
  });

  it("gives for each code an example written from that code's Vietnamese template", () => {
    for (const r of rows) {
      const template = (MESSAGES.vi as Record<string, string>)[r.code];
      expect(template, r.code).toBeTruthy();
      expect(templateMatches(template!, r.example), `${r.code}: ${r.example}`).toBe(true);
    }
  });

  it('would notice an example that no longer matches its template', () => {
    expect(templateMatches(MESSAGES.vi['quota-max'], '«Danh sách»: Ủy ban nhân dân huyện Lạc Dương có 4 trường hợp.')).toBe(false);
  });
});
