// Every `pattern` of the published schemas means the same in JavaScript (ajv, `u` flag), Python's
// `re` (jsonschema) and Java's `java.util.regex` (Java JSON Schema validators): it keeps to the
// constructs the three read alike, and on strings chosen where they differ (line breaks before the
// end, `\r`, Unicode spaces, U+FEFF, U+001C, non-ASCII digits) the three give the same answer.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCUMENT_KINDS, PLAN_MODULES, getSchema } from '@thidua/plans';
import { afterAll, describe, expect, it } from 'vitest';

const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const JAVA = ['/usr/bin/java', process.env['JAVA_HOME'] ? path.join(process.env['JAVA_HOME'], 'bin/java') : ''].find((f) => f && fs.existsSync(f));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-patterns-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function patterns(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (k === 'pattern' && typeof x === 'string') out.add(x); walk(x); }
  };
  for (const m of PLAN_MODULES) for (const kind of DOCUMENT_KINDS) walk(getSchema(m.definition.id, kind));
  return [...out].sort();
}

/** Constructs outside the common subset, found by reading the pattern token by token. */
function unportable(p: string): string[] {
  const bad: string[] = [];
  const src = p.replaceAll('(?![\\s\\S])', '');
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if ('dDwWsSbBpPkv'.includes(n)) bad.push(`\\${n}`);
      if (n === 'u' && src[i + 2] === '{') bad.push('\\u{…}');
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; else if (c === '[' && src[i + 1] === ':') bad.push('[:class:]'); continue; }
    if (c === '[') { inClass = true; if (src[i + 1] === '^' && src[i + 2] === ']') bad.push('[^]'); continue; }
    if (c === '.') bad.push('.');
    if (c === '$') bad.push('$');
    if (c === '(' && src[i + 1] === '?' && src[i + 2] === '<') bad.push('(?<…)');
    if (c === '(' && src[i + 1] === '?' && /[a-zA-Z]/.test(src[i + 2] ?? '')) bad.push('(?flags)');
  }
  return [...new Set(bad)];
}

const EDGES = ['', '\n', '\r', '\r\n', '\u2028', '\u0085', '\u00a0', '\ufeff', '\u001c', '\u000b', ' ', '\t', '\u3000'];
function probes(): string[] {
  const bases = ['A', 'a', 'PHÓ CHỦ TỊCH', 'Phó chủ tịch', '05/BC-UBND', '5/BC-UBND', 'TM. ỦY BAN NHÂN DÂN', 'TM. ', '08:30', '8:30', 'nv_1', 'ǅ', 'ß', '٣', '\u0663\u0660:\u0660\u0660', '2023-10-20', '20231020', '２０２３-10-20'];
  const out = new Set<string>(EDGES);
  for (const b of bases) for (const e of EDGES) { out.add(b + e); out.add(e + b); }
  return [...out];
}

const PY = `
import json, re, sys
cases = json.load(open(sys.argv[1], encoding='utf-8'))
print(json.dumps([[1 if re.search(p, s) else 0 for s in cases['probes']] for p in cases['patterns']]))
`;

// Lines of hex UTF-8 in, one line of 0/1 per pattern out: no JSON library needed.
const JAVA_SRC = `
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.regex.Pattern;
public class Probe {
  static String dec(String hex) {
    byte[] b = new byte[hex.length() / 2];
    for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    return new String(b, StandardCharsets.UTF_8);
  }
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Paths.get(a[0]));
    int np = Integer.parseInt(lines.get(0));
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= np; i++) {
      Pattern p = Pattern.compile(dec(lines.get(i)));
      for (int j = np + 1; j < lines.size(); j++) out.append(p.matcher(dec(lines.get(j))).find() ? '1' : '0');
      out.append('\\n');
    }
    System.out.print(out);
  }
}
`;

const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');

describe('patterns of the published schemas', () => {
  const ps = patterns();
  const ss = probes();
  const js = ps.map((p) => ss.map((s) => (new RegExp(p, 'u').test(s) ? 1 : 0)));

  it('keep to the subset common to ECMA-262, Python and Java', () => {
    expect(ps.length).toBeGreaterThanOrEqual(5);
    expect(ps.map((p) => ({ p: p.slice(0, 80), bad: unportable(p) })).filter((x) => x.bad.length)).toEqual([]);
  });

  it("match in Python's re exactly where they match in JavaScript", () => {
    fs.writeFileSync(path.join(dir, 'cases.json'), JSON.stringify({ patterns: ps, probes: ss }));
    fs.writeFileSync(path.join(dir, 'probe.py'), PY);
    const py: number[][] = JSON.parse(execFileSync(PYTHON, [path.join(dir, 'probe.py'), path.join(dir, 'cases.json')], { encoding: 'utf8', maxBuffer: 16 << 20 }));
    const differ = ps.flatMap((p, i) => ss.filter((_, j) => py[i]![j] !== js[i]![j]).map((s) => `${p.slice(0, 40)} on ${JSON.stringify(s)}: js ${js[i]![ss.indexOf(s)]}`));
    expect(differ).toEqual([]);
    // The probes are not trivial: each pattern accepts some and refuses some.
    for (const row of js) expect(new Set(row).size).toBe(2);
  }, 30_000);

  it.skipIf(!JAVA)("match in Java's java.util.regex exactly where they match in JavaScript", () => {
    fs.writeFileSync(path.join(dir, 'Probe.java'), JAVA_SRC);
    fs.writeFileSync(path.join(dir, 'cases.txt'), [String(ps.length), ...ps.map(hex), ...ss.map(hex)].join('\n') + '\n');
    const out = execFileSync(JAVA!, [path.join(dir, 'Probe.java'), path.join(dir, 'cases.txt')], { encoding: 'utf8', maxBuffer: 16 << 20 }).trim().split('\n');
    const differ = ps.flatMap((p, i) => ss.filter((_, j) => Number(out[i]![j]) !== js[i]![j]).map((s) => `${p.slice(0, 40)} on ${JSON.stringify(s)}: js ${js[i]![ss.indexOf(s)]}`));
    expect(differ).toEqual([]);
  }, 60_000);
});
