// The repository speaks to its users and maintainers only: no paths of the machine it was
// written on, no notes about how the work was divided, no references to a tracker they cannot see.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const FORBIDDEN: [RegExp, string][] = [
  [/(?<![\w.-])\/(?:work|home|Users|root)\/[\w.-]/, 'a path of a developer machine'],
  [/\bthe lead\b/i, 'an internal role'],
  [/\bwork ?tree/i, 'how the work was divided'],
  [/\bsub-?agents?\b/i, 'how the work was divided'],
  [/\b(?:helper|engineer)'?s? brief\b/i, 'how the work was divided'],
  [/\bissue #?\d+\b/i, 'a tracker the reader cannot see'],
];

// This file names the words it looks for.
const SELF = path.relative(ROOT, fileURLToPath(import.meta.url));

function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.split('\0').filter((f) => f && f !== SELF && f !== 'pnpm-lock.yaml' && !/\.(?:ttf|otf|woff2?|png|jpe?g|pdf|gz|ico)$/i.test(f));
}

describe('words in the repository', () => {
  it('no tracked file holds a machine path or internal-process wording', () => {
    const hits: string[] = [];
    for (const file of trackedTextFiles()) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      if (text.includes('\0')) continue;
      text.split('\n').forEach((line, i) => {
        for (const [re, what] of FORBIDDEN) if (re.test(line)) hits.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it('the check finds each kind of word it looks for', () => {
    const samples = ['see /work/shared/seeds', 'ask the lead', 'in your worktree', 'a subagent', "the helper's brief", 'fixed in issue 13'];
    for (const [i, s] of samples.entries()) expect(FORBIDDEN[i]![0].test(s), s).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test('POST /submissions/lam-dong-2022-2025/nomination/pdf'))).toBe(false);
  });
});
