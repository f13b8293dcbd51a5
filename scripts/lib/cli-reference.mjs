// The command reference of packages/cli/README.md, from the same descriptions `thidua --help`
// prints: written by scripts/gen-cli-reference.mjs, checked by packages/cli/test/readme.test.ts.

/** Prose in a table cell: a `|` would end the cell, a `<id>` would be read as HTML. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/</g, '\\<');
const both = (text) => `${cell(text.vi)} *${cell(text.en)}*`;
/** Code in a table cell, where only `|` needs escaping. */
const code = (text) => `\`${text.replace(/\|/g, '\\|')}\``;

/**
 * Markdown for every command: usage, what it does, arguments, options with defaults, exit codes
 * and the example. `help` gives `usageLine` and `optionLabel` (the CLI's help.js), so the
 * README writes them exactly as the help does.
 */
export function cliReference(commands, help) {
  const sections = commands.map((c) => {
    const lines = [`### \`thidua ${c.name}\``, '', `\`${help.usageLine(c)}\``, '', both(c.description), ''];
    if (c.arguments.length) {
      lines.push('| argument | |', '|---|---|', ...c.arguments.map((a) => `| ${code(a.optional ? `[${a.name}]` : `<${a.name}>`)} | ${both(a.text)} |`), '');
    }
    if (c.options.length) {
      lines.push('| option | mặc định / default | |', '|---|---|---|');
      for (const o of c.options) {
        const def = o.default ? (o.default.vi === o.default.en ? code(o.default.vi) : both(o.default)) : o.required ? 'bắt buộc *required*' : '';
        lines.push(`| ${code(help.optionLabel(o))} | ${def} | ${both(o.text)} |`);
      }
      lines.push('');
    }
    lines.push('| exit | |', '|---|---|', ...c.exits.map((e) => `| ${e.code} | ${both(e.text)} |`), '');
    lines.push('```sh', c.example, '```');
    return lines.join('\n');
  });
  return `\n${sections.join('\n\n')}\n`;
}
