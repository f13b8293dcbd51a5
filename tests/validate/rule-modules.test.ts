// Rules describe themselves: the rule list, the codes and their messages must agree with
// what the rule modules declare and with what they actually raise.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULE_CODES, type Lang } from '@thidua/core';
import { MESSAGES, TERMS } from '@thidua/core/messages';
import { PLAN_MODULES } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import type { IssueInput } from '../../packages/validate/src/issue.js';
import { RULE_MODULES, RULES, type RuleModule } from '../../packages/validate/src/rules/index.js';

const RULES_DIR = fileURLToPath(new URL('../../packages/validate/src/rules/', import.meta.url));
/** Modules of rules/ that hold shared reading and checking code, not a rule of their own. */
const SHARED_MODULES = ['context', 'figure-data', 'index', 'law-clause', 'report-recipients', 'rule', 'unit', 'vote-share'];
/** Rule codes raised while reading schema errors (a number not given yet, a missing confirmation), not by a plan rule. */
const RAISED_WITH_SCHEMA_ERRORS = ['confirmation-missing', 'number-not-given'];
/** Codes two rules raise, each on its own fields. */
const SHARED_CODES: Record<string, string[]> = {
  'date-order': ['council', 'rounds'],
  'series-year-duplicate': ['targets', 'thresholds'],
  'year-after-date': ['report-span', 'rounds'],
  'year-out-of-range': ['report-span', 'scope'],
};

const isRuleModule = (v: unknown): v is RuleModule =>
  !!v && typeof v === 'object' && typeof (v as RuleModule).check === 'function' && Array.isArray((v as RuleModule).codes);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule modules', () => {
  it('every module in rules/ is a registered rule or shared code, with one descriptor named after its file', async () => {
    const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    for (const file of files) {
      const mod = (await import(pathToFileURL(path.join(RULES_DIR, `${file}.ts`)).href)) as Record<string, unknown>;
      const descriptors = Object.values(mod).filter(isRuleModule);
      if (file === 'index') continue;
      if (SHARED_MODULES.includes(file)) {
        expect(descriptors, `${file}.ts declares a rule but is listed as shared code`).toHaveLength(0);
        continue;
      }
      expect(descriptors, `${file}.ts must export exactly one rule descriptor`).toHaveLength(1);
      expect(descriptors[0]!.name).toBe(file);
      expect(RULE_MODULES, `${file}.ts is not registered in rules/index.ts`).toContain(descriptors[0]);
    }
    expect(RULE_MODULES.map((r) => r.name).sort()).toEqual(files.filter((f) => !SHARED_MODULES.includes(f)).sort());
  });

  it('builds each kind’s rule list in the order messages have always been listed', () => {
    const names = (kind: 'report' | 'nomination') => RULES[kind].map((check) => RULE_MODULES.find((r) => r.check === check)!.name);
    expect(names('report')).toEqual(['scope', 'scoped-indicators', 'rounds', 'report-span', 'routes', 'targets', 'deadlines', 'figures', 'outline-sections']);
    expect(names('nomination')).toEqual(['scope', 'rounds', 'routes', 'nominees', 'standings', 'birth', 'quotas', 'thresholds', 'council', 'deadlines', 'legal-bases', 'figures', 'template-lines']);
  });

  it('every declared code has a message in Vietnamese (NFC) and English with the same placeholders', () => {
    for (const rule of RULE_MODULES) {
      expect(rule.codes.length, rule.name).toBeGreaterThan(0);
      expect(new Set(rule.codes).size, `${rule.name} declares a code twice`).toBe(rule.codes.length);
      for (const code of rule.codes) {
        const vi = MESSAGES.vi[code];
        const en = MESSAGES.en[code];
        expect(vi, `${rule.name}: ${code} (vi)`).toBeTruthy();
        expect(en, `${rule.name}: ${code} (en)`).toBeTruthy();
        expect(vi.normalize('NFC')).toBe(vi);
        expect(placeholders(en), code).toEqual(placeholders(vi));
      }
    }
  });

  it('every rule code is declared by one rule, or by the rules sharing it, or raised with schema errors', () => {
    for (const code of RULE_CODES) {
      const by = RULE_MODULES.filter((r) => r.codes.includes(code)).map((r) => r.name).sort();
      const expected = RAISED_WITH_SCHEMA_ERRORS.includes(code) ? [] : SHARED_CODES[code];
      if (expected) expect(by, code).toEqual(expected);
      else expect(by, `${code} must be declared by exactly one rule`).toHaveLength(1);
    }
  });

  it('rule phrases have a Vietnamese (NFC) and an English text with the same placeholders', () => {
    const { vi, en } = { vi: TERMS.vi.phrases, en: TERMS.en.phrases };
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      expect(text.normalize('NFC'), key).toBe(text);
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('no rule chooses its wording by language inline', () => {
    for (const f of fs.readdirSync(RULES_DIR).filter((x) => x.endsWith('.ts'))) {
      expect(fs.readFileSync(path.join(RULES_DIR, f), 'utf8'), f).not.toMatch(/lang\s*[!=]==/);
    }
  });

  it('a rule raises only the codes it declares, on every example and invalid fixture of every plan', () => {
    const raised = new Set<string>();
    for (const m of PLAN_MODULES) {
      for (const sample of [...m.examples, ...m.invalid]) {
        const data = JSON.parse(JSON.stringify(sample.data).normalize('NFC')) as Record<string, unknown>;
        for (const lang of ['vi', 'en'] as Lang[]) {
          for (const rule of RULE_MODULES.filter((r) => r.kinds.includes(sample.kind))) {
            const codes: string[] = [];
            const report = (i: IssueInput) => void codes.push(i.code);
            try {
              rule.check({ plan: m.definition, kind: sample.kind, data, lang, terms: TERMS[lang], report });
            } catch {
              // Rules may trip on data the schema rejects; what they raised before that still counts.
            }
            for (const code of codes) {
              expect(rule.codes, `${rule.name} raised ${code} on ${m.definition.id} “${sample.name}”`).toContain(code);
              raised.add(code);
            }
          }
        }
      }
    }
    // The fixtures exercise most rules: an empty run would prove nothing.
    expect(raised.size).toBeGreaterThan(20);
  });
});
