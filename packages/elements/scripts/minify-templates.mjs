// esbuild plugin: shrinks the static text of Lit's html`` and css`` templates, which minifiers
// leave alone. In html``, a run of whitespace that contains a line break becomes one space (HTML
// collapses it anyway); in css``, comments go and whitespace around punctuation is dropped.
// Works on the TypeScript syntax tree, so only real template parts are touched.
import fs from 'node:fs';
import ts from 'typescript';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyTemplates(source, fileName) {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const fn = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
      for (const p of parts) {
        // The raw text between the delimiters: ` or } before, ` or ${ after.
        const start = p.getStart(sf) + 1;
        const end = p.getEnd() - (p.kind === ts.SyntaxKind.TemplateHead || p.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = source.slice(start, end);
        const out = fn(raw);
        if (out !== raw) edits.push({ start, end, out });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.out + out.slice(e.end);
  return out;
}

export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await fs.promises.readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
