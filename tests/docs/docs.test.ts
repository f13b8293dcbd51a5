// The docs stay true to the code: the generated plan pages are up to date and cover every
// plan, the guides name every error code, UI-hint keyword and plan-definition field, relative
// links resolve, and all Vietnamese text is NFC.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { INPUT_CODES, RULE_CODES, SCHEMA_CODES, VOCABULARY } from '@thidua/core';
import { PLAN_MODULES } from '@thidua/plans';
import { HTTP_ERROR_CODES } from '@thidua/server';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

function markdownFiles(): string[] {
  const out = ['README.md', ...fs.readdirSync(path.join(ROOT, 'packages')).map((p) => `packages/${p}/README.md`)];
  const visit = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const f = `${rel}/${e.name}`;
      if (e.isDirectory()) visit(f);
      else if (e.name.endsWith('.md')) out.push(f);
    }
  };
  visit('docs');
  return out.filter((f) => fs.existsSync(path.join(ROOT, f))).sort();
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const base = m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

describe('generated plan reference', () => {
  it('is up to date (scripts/gen-docs.mjs --check)', () => {
    expect(fs.existsSync(path.join(ROOT, 'packages/plans/dist/index.js')), 'run `pnpm build` first: the pages are generated from packages/plans/dist').toBe(true);
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(stderr).toBe('');
  });

  for (const { definition: p } of PLAN_MODULES) {
    it(`has a page for ${p.id}, listed in the index`, () => {
      const rel = `docs/reference/plans/${p.province.slug}/${p.id}.md`;
      expect(fs.existsSync(path.join(ROOT, rel)), rel).toBe(true);
      const page = read(rel);
      expect(page).toContain(p.title);
      for (const kind of ['report', 'nomination']) expect(page).toContain(`## ${kind === 'report' ? 5 : 6}. Fields: ${kind}`);
      expect(read('docs/reference/plans/README.md')).toContain(`(${p.province.slug}/${p.id}.md)`);
    });
  }
});

describe('guides', () => {
  it('the validation guide documents every error code and every UI-hint keyword', () => {
    const guide = read('docs/guide/validation.md');
    for (const code of [...SCHEMA_CODES, ...INPUT_CODES, ...RULE_CODES]) expect(guide, code).toContain(`\`${code}\``);
    for (const k of VOCABULARY) expect(guide, k).toContain(`\`${k}\``);
  });

  it('the PDF guide documents every fillForm error code', () => {
    const codes = [...read('packages/pdf/src/fill/errors.ts').matchAll(/readonly code(?:: string)? = '(THIDUA_FILL\w*)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(10);
    const guide = read('docs/guide/pdf.md');
    for (const code of codes) expect(guide, code).toContain(`\`${code}\``);
  });

  it('the server guide lists every HTTP error code in its table of codes', () => {
    const codes = read('docs/guide/server.md').split('## 8. Error codes')[1]!.split('\n## ')[0]!;
    for (const code of HTTP_ERROR_CODES) expect(codes, code).toMatch(new RegExp(`^\\| [\\d, ]+ \\| \`${code}\` \\|`, 'm'));
  });

  it('the plan-definition guide documents every field the plans use', () => {
    const guide = read('docs/guide/plan-definition.md');
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (!/^\d+$/.test(k)) keys.add(k); walk(x); }
    };
    for (const { definition } of PLAN_MODULES) walk(definition);
    const missing = [...keys].filter((k) => !guide.includes(`\`${k}\``)).sort();
    expect(missing).toEqual([]);
  });
});

describe('all markdown', () => {
  const files = markdownFiles();

  it('is NFC (Vietnamese letters precomposed)', () => {
    const bad = files.filter((f) => { const t = read(f); return t !== t.normalize('NFC'); });
    expect(bad).toEqual([]);
  });

  it('has relative links and #anchors that resolve', () => {
    const broken: string[] = [];
    for (const f of files) {
      // Inline code is not a link: a regex such as `[0-9](?![\s\S])` is shown, not followed.
      const text = read(f).replace(/(`+)[^`\n](?:.*?[^`\n])??\1/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^(https?:|mailto:)/.test(target)) continue;
        const [file, hash] = target.split('#') as [string, string | undefined];
        const abs = file ? path.resolve(ROOT, path.dirname(f), decodeURI(file)) : path.join(ROOT, f);
        if (!fs.existsSync(abs)) broken.push(`${f} → ${target}`);
        else if (hash && abs.endsWith('.md') && !anchors(fs.readFileSync(abs, 'utf8')).has(decodeURI(hash))) broken.push(`${f} → ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the repository speaks for itself', () => {
  it('no source, test, script or doc points to notes outside the repository', () => {
    // A reader of a clone has only the clone: a comment citing "legal.md §2" or a path above the
    // repository sends them nowhere. Facts belong in docs/ (decisions, guides) or in the code.
    const tracked = execFileSync('git', ['ls-files', '-z', 'packages', 'docs', 'scripts', 'tests', 'bench', 'examples', 'README.md'], { cwd: ROOT })
      .toString('utf8').split('\0').filter((f) => /\.(ts|mjs|js|md|json|yaml|yml|txt)$/.test(f) && f !== 'tests/docs/docs.test.ts');
    const outside = new RegExp(String.raw`\b(?:toolchain|legal|design|style)\.md\b|\.\.\/shared\/(?:seeds|[\w-]+\.md)|\/${w('wo', 'rk')}\/|\b${w('READ', '-FIRST')}\b`);
    const hits = tracked.flatMap((f) => {
      const full = path.join(ROOT, f);
      if (!fs.existsSync(full) || fs.statSync(full).size > 2_000_000) return [];
      return read(f).split('\n').flatMap((line, i) => (outside.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 120)}`] : []));
    });
    expect(hits).toEqual([]);
  });

  it('no tracked file names a developer machine\'s path, an internal role or a tracker the reader cannot see', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0')
      .filter((f) => f && f !== 'tests/docs/docs.test.ts' && f !== 'pnpm-lock.yaml' && !/\.(?:ttf|otf|woff2?|png|jpe?g|pdf|gz|ico)$/i.test(f));
    const hits: string[] = [];
    for (const f of files) {
      const full = path.join(ROOT, f);
      if (!fs.existsSync(full)) continue;
      const text = fs.readFileSync(full, 'utf8');
      if (text.includes('\0')) continue;
      text.split('\n').forEach((line, i) => {
        for (const [re, what] of INTERNAL_WORDS) if (re.test(line)) hits.push(`${f}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it('that check finds each kind of word it looks for, and not an API path', () => {
    const samples = [`see /${w('wo', 'rk')}/shared`, `ask ${w('the l', 'ead')}`, `in your ${w('work', 'tree')}`, `a ${w('sub', 'agent')}`, `the ${w('hel', 'per')}'s ${w('br', 'ief')}`, 'fixed in issue 13'];
    for (const [i, s] of samples.entries()) expect(INTERNAL_WORDS[i]![0].test(s), s).toBe(true);
    expect(INTERNAL_WORDS.some(([re]) => re.test('POST /submissions/lam-dong-2022-2025/nomination/pdf'))).toBe(false);
  });
});

/**
 * Joins a word written in parts: this file names the words the checks above look for, and
 * would otherwise be a hit of its own checks (and of any like them).
 */
function w(...parts: string[]): string {
  return parts.join('');
}

/** Words about how the code was written rather than what it does, and paths of one machine. */
const INTERNAL_WORDS: [RegExp, string][] = [
  [new RegExp(String.raw`(?<![\w.-])\/(?:${w('wo', 'rk')}|home|Users|root)\/[\w.-]`), 'a path of a developer machine'],
  [new RegExp(String.raw`\b${w('the l', 'ead')}\b`, 'i'), 'an internal role'],
  [new RegExp(String.raw`\b${w('work', ' ?tree')}`, 'i'), 'how the work was divided'],
  [new RegExp(String.raw`\b${w('sub', '-?agents?')}\b`, 'i'), 'how the work was divided'],
  [new RegExp(String.raw`\b(?:${w('hel', 'per')}|engineer)'?s? ${w('br', 'ief')}\b`, 'i'), 'how the work was divided'],
  [/\bissue #?\d+\b/i, 'a tracker the reader cannot see'],
];
