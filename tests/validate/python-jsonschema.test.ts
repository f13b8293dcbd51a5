// The published schemas outside JavaScript: Python's jsonschema (Debian's python3-jsonschema,
// which .ci/run installs) loads every schema, compiles every pattern with Python's `re`, and
// agrees with ajv on every example and invalid fixture of every plan, and on values chosen where
// the engines used to differ.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCUMENT_KINDS, PLAN_MODULES, getSchema } from '@thidua/plans';
import { compiledValidator } from '@thidua/validate';
import { afterAll, describe, expect, it } from 'vitest';

// Debian's interpreter, where apt puts python3-jsonschema (a `python3` earlier on PATH may be another one).
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const CHECK = `
import json, re, sys
from jsonschema import Draft7Validator
cases = json.load(open(sys.argv[1], encoding='utf-8'))
out = {'version': __import__('importlib.metadata').metadata.version('jsonschema'), 'schemas': {}, 'verdicts': []}
validators = {}
for key, schema in cases['schemas'].items():
    Draft7Validator.check_schema(schema)
    patterns = []
    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == 'pattern' and isinstance(v, str):
                    re.compile(v)
                    patterns.append(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(schema)
    validators[key] = Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)
    out['schemas'][key] = len(patterns)
for case in cases['data']:
    errors = sorted(validators[case['schema']].iter_errors(case['data']), key=lambda e: list(e.absolute_path))
    out['verdicts'].append({'name': case['name'], 'valid': not errors, 'first': errors[0].message[:200] if errors else None})
print(json.dumps(out))
`;

/**
 * Copies of each first example with one value where the engines used to differ: a date Python's
 * `date.fromisoformat` takes but RFC 3339 does not, a document number ending in a line break,
 * a signer authority with a carriage return, a title of U+FEFF only. ajv refuses them all.
 */
function edgeCases(examples: readonly { kind: 'report' | 'nomination'; data: unknown }[]) {
  const cases: { name: string; kind: 'report' | 'nomination'; data: unknown }[] = [];
  const edits: [string, (d: any) => void][] = [
    ['date 20231020', (d) => { d.header.date = d.header.date.replaceAll('-', ''); }],
    ['date in ISO week form', (d) => { d.header.date = '2023-W42-5'; }],
    ['number ending in a line break', (d) => { d.header.number += '\n'; }],
    ['authority ending in a carriage return', (d) => { if (d.signer) d.signer.authority = ['TM. ỦY BAN NHÂN DÂN\r']; }],
    ['title of U+FEFF only', (d) => { if (d.signer) d.signer.title = '\ufeff'; }],
  ];
  for (const kind of ['report', 'nomination'] as const) {
    const first = examples.find((e) => e.kind === kind);
    if (!first) continue;
    for (const [name, edit] of edits) {
      const data = structuredClone(first.data) as any;
      edit(data);
      if (JSON.stringify(data) !== JSON.stringify(first.data)) cases.push({ name: `edge: ${name}`, kind, data });
    }
  }
  return cases;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pyjs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("Python's jsonschema", () => {
  it('loads every published schema, compiles its patterns and agrees with ajv on every example and fixture', () => {
    const schemas: Record<string, unknown> = {};
    const data: { name: string; schema: string; data: unknown; ajv: boolean }[] = [];
    for (const m of PLAN_MODULES) {
      const id = m.definition.id;
      for (const kind of DOCUMENT_KINDS) schemas[`${id}/${kind}`] = getSchema(id, kind);
      for (const ex of [...m.examples, ...m.invalid, ...edgeCases(m.examples)]) {
        const ajv = compiledValidator(id, ex.kind)(ex.data);
        data.push({ name: `${id} ${ex.kind} ${ex.name}`, schema: `${id}/${ex.kind}`, data: ex.data, ajv });
      }
    }
    fs.writeFileSync(path.join(dir, 'cases.json'), JSON.stringify({ schemas, data }));
    fs.writeFileSync(path.join(dir, 'check.py'), CHECK);
    const out = JSON.parse(execFileSync(PYTHON, [path.join(dir, 'check.py'), path.join(dir, 'cases.json')], { encoding: 'utf8', maxBuffer: 64 << 20 }));

    expect(Object.keys(out.schemas).sort()).toEqual(Object.keys(schemas).sort());
    for (const n of Object.values(out.schemas)) expect(n).toBeGreaterThan(0);
    expect(out.verdicts).toHaveLength(data.length);
    // Every example is valid; a fixture that only breaks a plan rule is schema-valid in both.
    const examples = PLAN_MODULES.reduce((n, m) => n + m.examples.length, 0);
    expect(data.filter((d) => d.ajv).length).toBeGreaterThanOrEqual(examples);
    expect(data.some((d) => !d.ajv)).toBe(true);
    expect(data.filter((d) => d.name.includes(' edge: ')).every((d) => !d.ajv)).toBe(true);
    const disagree = data.map((d, i) => ({ ...out.verdicts[i], ajv: d.ajv })).filter((v) => v.valid !== v.ajv);
    expect(disagree, `jsonschema ${out.version}`).toEqual([]);
  }, 60_000);
});
