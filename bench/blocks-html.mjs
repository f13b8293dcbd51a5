// Any document our engine lays out, as print HTML for headless Chromium: the same blocks
// (packages/pdf/src/layout/blocks.ts) the builders hand to the layout engine, each as its
// HTML counterpart with the same sizes, faces, alignment, indents, spacing, borders and page
// breaks, so Chromium lays out and prints the same text on the same pages. Used by
// bench/pdf-dossier.bench.mjs for the nomination dossier, which bench/report-html.mjs (a
// hand-written page for the report alone) does not cover.
import { fontFaceCss } from './report-html.mjs';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const pt = (v) => `${Math.round(v * 100) / 100}pt`;
const TAGS = { regular: (t) => t, bold: (t) => `<b>${t}</b>`, italic: (t) => `<i>${t}</i>`, boldItalic: (t) => `<b><i>${t}</i></b>` };
// As in packages/pdf/src/layout/flow.ts.
const LINE_HEIGHT = 1.15;
const CELL_PAD = '2.5pt 4pt';
const BORDER = '0.5pt solid #000';

function paragraph(b) {
  const style = [
    `font-size:${pt(b.size)}`,
    `text-align:${b.align}`,
    `line-height:${b.lineHeight ?? LINE_HEIGHT}`,
    `margin:${pt(b.spaceBefore ?? 0)} 0 ${pt(b.spaceAfter ?? 0)} 0`,
  ];
  if (b.firstIndent) style.push(`text-indent:${pt(b.firstIndent)}`);
  if (b.leftIndent) style.push(`padding-left:${pt(b.leftIndent)}`);
  if (b.rightIndent) style.push(`padding-right:${pt(b.rightIndent)}`);
  if (b.keepWithNext) style.push('break-after:avoid');
  if (b.keepTogether) style.push('break-inside:avoid');
  if (b.balanced) style.push('text-wrap:balance');
  else style.push('orphans:2;widows:2');
  // Only a title line breaks at "\n"; elsewhere a line break is a space, as in our tokenizer.
  const text = b.spans.map((s) => TAGS[s.face](b.balanced ? esc(s.text).replace(/\n/g, '<br>') : esc(s.text))).join('');
  return `<p style="${style.join(';')}">${text || '&nbsp;'}</p>`;
}

function table(t) {
  const content = t.sizing === 'content';
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = content ? '' : `<colgroup>${t.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('')}</colgroup>`;
  const row = (cells, tag) => `<tr style="break-inside:avoid">${cells.map((c) => `<${tag}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}>${c.blocks.map(paragraph).join('')}</${tag}>`).join('')}</tr>`;
  const style = [`width:100%`, `table-layout:${content ? 'auto' : 'fixed'}`, 'border-collapse:collapse', `margin:${pt(t.spaceBefore ?? 0)} 0 ${pt(t.spaceAfter ?? 0)} 0`];
  if (t.keepWithNext) style.push('break-after:avoid');
  return `<table style="${style.join(';')}">${cols}<thead>${t.header.map((r) => row(r, 'th')).join('')}</thead><tbody>${t.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}

function blocks(list) {
  return list.map(block).join('\n');
}

function block(b) {
  switch (b.kind) {
    case 'p': return paragraph(b);
    case 'rule': return `<div style="width:${pt(b.length)};border-top:${pt(b.thickness ?? 0.6)} solid #000;margin:${pt(b.spaceBefore ?? 0)} ${b.align === 'center' ? 'auto' : '0'} ${pt(b.spaceAfter ?? 0)}"></div>`;
    case 'space': return `<div style="height:${pt(b.height)}"></div>`;
    case 'table': return table(b);
    case 'columns': {
      const total = b.columns.reduce((n, c) => n + c.width, 0);
      return `<div style="display:flex;break-inside:avoid;margin:${pt(b.spaceBefore ?? 0)} 0 ${pt(b.spaceAfter ?? 0)} 0${b.keepWithNext ? ';break-after:avoid' : ''}">${b.columns.map((c) => `<div style="flex:none;width:${((c.width / total) * 100).toFixed(3)}%">${blocks(c.blocks)}</div>`).join('')}</div>`;
    }
    case 'group': return `<div${b.keepTogether ? ' style="break-inside:avoid"' : ''}>${blocks(b.blocks)}</div>`;
    default: return '';
  }
}

/** Whether a break's pages go landscape: given, or for 'fit' when a table up to the next break has 7 or more columns (the nominee list). */
function landscape(b, list, at) {
  if (b.orientation !== 'fit') return b.orientation === 'landscape';
  for (let i = at + 1; i < list.length && list[i].kind !== 'break'; i++) if (list[i].kind === 'table' && list[i].widths.length >= 7) return true;
  return false;
}

/**
 * The blocks of one file as one HTML document: A4 with the Decree 30 margins, page numbers
 * centred in the top margin, each break a new page, landscape where the break turns it.
 * `fonts`: face → @font-face src URL (see tinosFontUrls).
 */
export function blocksHtml(list, { fonts, title }) {
  const sections = [];
  let cur = { wide: false, items: [] };
  list.forEach((b, i) => {
    if (b.kind !== 'break') return cur.items.push(b);
    sections.push(cur);
    cur = { wide: landscape(b, list, i), items: [] };
  });
  sections.push(cur);
  const body = sections
    .filter((s) => s.items.length)
    .map((s, i) => `<section style="${i ? 'break-before:page;' : ''}${s.wide ? 'page:wide' : ''}">\n${blocks(s.items)}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
${fontFaceCss(fonts)}
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: 'Tinos'; font-size: 13pt; vertical-align: middle; } }
@page wide { size: A4 landscape; }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Tinos'; font-size: 13pt; line-height: ${LINE_HEIGHT}; color: #000; font-kerning: none; font-variant-ligatures: none; }
th, td { border: ${BORDER}; padding: ${CELL_PAD}; vertical-align: top; overflow-wrap: anywhere; }
thead { display: table-header-group; }
</style></head>
<body>
${body}
</body></html>`;
}
