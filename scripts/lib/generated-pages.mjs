// Generated Markdown pages (docs/reference/…): each starts with a marker line, is written only
// when its text changed, and a marked page no generator produces any more is removed. With
// `check`, nothing is written: a missing, changed or left-over page fails the run (exit 1).
// Shared by scripts/gen-docs.mjs and scripts/gen-element-docs.mjs.
import fs from 'node:fs';
import path from 'node:path';

/** Marked pages under `outDir` (any depth) that `files` no longer holds. */
function leftovers(outDir, files, marker) {
  if (!fs.existsSync(outDir)) return [];
  const found = [];
  const visit = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) visit(f);
      else if (e.name.endsWith('.md') && !files.has(f) && fs.readFileSync(f, 'utf8').startsWith(marker)) found.push(f);
    }
  };
  visit(outDir);
  return found.sort();
}

/**
 * Writes (or with `check` compares) `files` (path → text) under `outDir`; returns how many
 * pages changed. `rel` shortens paths in messages; `command` is what brings the pages up to date.
 */
export function syncPages({ files, outDir, marker, check, rel, command }) {
  const stale = leftovers(outDir, files, marker);
  if (check) {
    const problems = [];
    for (const [f, text] of files) {
      if (!fs.existsSync(f)) problems.push(`missing: ${rel(f)}`);
      else if (fs.readFileSync(f, 'utf8') !== text) problems.push(`out of date: ${rel(f)}`);
    }
    for (const f of stale) problems.push(`left over: ${rel(f)}`);
    if (problems.length) {
      console.error(`${rel(outDir)} is out of date: run \`pnpm build\` (or \`${command}\`)\n${problems.join('\n')}`);
      process.exit(1);
    }
    return 0;
  }
  let changed = 0;
  for (const [f, text] of files) {
    if (fs.existsSync(f) && fs.readFileSync(f, 'utf8') === text) continue;
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
    changed++;
  }
  for (const f of stale) {
    fs.rmSync(f);
    changed++;
  }
  return changed;
}
