// The command reference of the README is the help's: a command, option or exit code changed
// without `node scripts/gen-cli-reference.mjs` (run by `pnpm build`) fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliReference } from '../../../scripts/lib/cli-reference.mjs';
import { between } from '../../../scripts/lib/markers.mjs';
import * as help from '../src/help.js';
import { COMMANDS } from '../src/specs/index.js';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

describe('packages/cli/README.md', () => {
  it('has the reference written from the command descriptions', () => {
    expect(between(readme, 'cli-commands'), 'run `node scripts/gen-cli-reference.mjs`').toBe(cliReference(COMMANDS, help));
  });

  it('documents every command, each option and each exit code', () => {
    const reference = between(readme, 'cli-commands')!;
    for (const spec of COMMANDS) {
      const part = reference.split(`### \`thidua ${spec.name}\``)[1]!.split('\n### ')[0]!;
      expect(part).toContain(`\`${help.usageLine(spec)}\``);
      for (const o of spec.options) expect(part).toContain(`| \`${help.optionLabel(o).replace(/\|/g, '\\|')}\` |`);
      for (const e of spec.exits) expect(part).toContain(`| ${e.code} | ${e.text.vi.replace(/\|/g, '\\|')}`);
      expect(part).toContain(`\`\`\`sh\n${spec.example}\n\`\`\``);
    }
  });
});
