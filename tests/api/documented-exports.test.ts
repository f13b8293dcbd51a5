// Every name an entry point exports is documented in its package's README: the API reports
// (api/*.api.md, kept equal to the built packages by api-report.test.ts) list the names, and
// each must appear in the README's code (inline or in a block). An export nobody documented is
// then a visible decision: document it, or keep it private.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const API = path.join(ROOT, 'api');

/** Names a report's entry point exports (API Extractor renames a clash `Text_2`, exported `as Text`). */
function exportedNames(report: string): string[] {
  const names = new Set<string>();
  for (const m of report.matchAll(/^export (?:declare )?(?:abstract )?(?:const|function|interface|type|class|enum|namespace) ([\w$]+)/gm)) names.add(m[1]!);
  for (const m of report.matchAll(/^export \{([^}]+)\}/gm)) {
    for (const part of m[1]!.split(',')) names.add(part.trim().split(/\s+as\s+/).pop()!);
  }
  return [...names].filter((n) => n && !/_\d+$/.test(n)).sort();
}

/** Identifiers written as code in a Markdown text: inline spans and fenced blocks. */
function codeWords(markdown: string): Set<string> {
  const blocks = [...markdown.matchAll(/```[\s\S]*?```/g)].map((m) => m[0]);
  const spans = [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/(`+)([^`]+?)\1/g)].map((m) => m[2]!);
  return new Set([...blocks, ...spans].flatMap((s) => s.match(/[A-Za-z_$][\w$]*/g) ?? []));
}

const reports = fs.readdirSync(API).filter((f) => f.endsWith('.api.md')).sort();

describe('exported names are documented', () => {
  it('there is a report for every package', () => {
    const packages = fs.readdirSync(path.join(ROOT, 'packages')).filter((d) => fs.existsSync(path.join(ROOT, 'packages', d, 'package.json')));
    for (const p of packages) expect(reports.some((r) => r.startsWith(`${p}.`)), p).toBe(true);
  });

  for (const file of reports) {
    const pkg = file.split('.')[0]!;
    it(`${file}: every name is in packages/${pkg}/README.md`, () => {
      const names = exportedNames(fs.readFileSync(path.join(API, file), 'utf8'));
      expect(names.length).toBeGreaterThan(0);
      const documented = codeWords(fs.readFileSync(path.join(ROOT, 'packages', pkg, 'README.md'), 'utf8'));
      expect(names.filter((n) => !documented.has(n)), 'exported but not in the README').toEqual([]);
    });
  }

  it('would notice an undocumented export', () => {
    const report = '## API Report File for "x"\n\n```ts\n// @public\nexport function documented(): void;\n\n// @public\nexport const secretHelper = 1;\n\nexport { Text_2 as Text }\n```\n';
    expect(exportedNames(report)).toEqual(['Text', 'documented', 'secretHelper']);
    const words = codeWords('Call `documented()`, or:\n\n```ts\nimport { Text } from "x";\n```\n');
    expect(exportedNames(report).filter((n) => !words.has(n))).toEqual(['secretHelper']);
  });
});
