// The report of packages/pdf/src/documents/report.ts as print HTML, for the Chromium side of
// bench/pdf.bench.mjs: same blocks, sizes and spacing (style.ts, national-header.ts, body.ts,
// signature.ts, layout/flow.ts), so that headless Chromium lays out and prints the same document.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatNumber } from '../packages/core/dist/index.js';
import { placeDateLine } from '../packages/pdf/dist/layout.js';
import { walkOutline } from '../packages/plans/dist/index.js';

const TINOS_FILES = {
  regular: { file: '400Regular/Tinos_400Regular.ttf', weight: 400, style: 'normal' },
  bold: { file: '700Bold/Tinos_700Bold.ttf', weight: 700, style: 'normal' },
  italic: { file: '400Regular_Italic/Tinos_400Regular_Italic.ttf', weight: 400, style: 'italic' },
  boldItalic: { file: '700Bold_Italic/Tinos_700Bold_Italic.ttf', weight: 700, style: 'italic' },
};

/** Absolute paths of the four Tinos TTFs our engine embeds (resolved as @thidua/pdf resolves them). */
export function tinosFontPaths() {
  const pdfPkg = fileURLToPath(new URL('../packages/pdf/package.json', import.meta.url));
  const dir = path.dirname(createRequire(pdfPkg).resolve('@expo-google-fonts/tinos/package.json'));
  return Object.fromEntries(Object.entries(TINOS_FILES).map(([face, f]) => [face, path.join(dir, f.file)]));
}

/** src URLs for @font-face: file:// (the page must itself be a file:// document) or data: (works anywhere). */
export function tinosFontUrls({ inline = false } = {}) {
  return Object.fromEntries(
    Object.entries(tinosFontPaths()).map(([face, p]) => [face, inline ? `data:font/ttf;base64,${fs.readFileSync(p).toString('base64')}` : pathToFileURL(p).href]),
  );
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const upper = (s) => s.toLocaleUpperCase('vi');
const num = (v) => formatNumber(v, 'vi');
const paragraphsOf = (text) => (text ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const dashList = (items) => items.map((it, i) => `- ${it.trim().replace(/[;.,]+$/u, '')}${i === items.length - 1 ? '.' : ';'}`);

function valueText(v) {
  if (v === undefined) return '';
  if (typeof v === 'number') return num(v);
  return [...v].sort((a, b) => a.year - b.year).map((r) => `${r.year}: ${num(r.value)}`).join('\n');
}

const lines = (s) => s.split('\n').map(esc).join('<br>');

/** TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu kế hoạch | Kết quả, header repeated on every page (thead). */
function indicatorTable(plan, ids, values) {
  const rows = ids
    .map((id) => plan.indicators.find((i) => i.id === id))
    .filter(Boolean)
    .filter((i) => values?.[i.id] !== undefined);
  if (!rows.length) return '';
  const widths = [0.6, 4.2, 1.3, 3, 1.6];
  const total = widths.reduce((a, b) => a + b, 0);
  return `<table class="ind"><colgroup>${widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('')}</colgroup>
<thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Chỉ tiêu kế hoạch</th><th>Kết quả</th></tr></thead>
<tbody>${rows
    .map((ind, k) => `<tr><td class="c">${k + 1}</td><td>${lines(ind.label)}</td><td class="c">${lines(ind.unit)}</td><td>${lines(ind.target?.text ?? '')}</td><td class="r">${lines(valueText(values?.[ind.id]))}</td></tr>`)
    .join('\n')}</tbody></table>`;
}

function periodLine(plan, data) {
  const period = plan.reporting.periods.find((x) => x.id === data.period.type);
  if (period?.kind === 'annual') return [`Năm ${data.period.year}`];
  if (period?.kind === 'six-months') return [`6 tháng đầu năm ${data.period.year}`];
  return [];
}

/** The four Tinos faces as one @font-face family 'Tinos'. */
export const fontFaceCss = (fonts) => Object.entries(TINOS_FILES).map(([face, f]) => `@font-face { font-family: 'Tinos'; src: url("${fonts[face]}") format('truetype'); font-weight: ${f.weight}; font-style: ${f.style}; }`).join('\n');

const CSS = (fonts) => `
${fontFaceCss(fonts)}
/* Decree 30: A4, margins top 20, bottom 20, left 30, right 15 mm; page numbers centred in the top margin, none on page 1. */
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: 'Tinos'; font-size: 13pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Tinos'; font-size: 13pt; line-height: 1.15; color: #000; font-kerning: none; font-variant-ligatures: none; }
p { margin: 0; }
.cols { display: flex; break-inside: avoid; }
.cols > div { flex: none; }
.hd p { text-align: center; line-height: 1.1; }
.agency-col p { font-size: 12pt; }
.agency { display: inline-block; max-width: calc(100% - 8pt); }
.rule { display: block; margin: 2pt auto 4pt; border-top: 0.6pt solid #000; height: 0; }
.nat { font-size: 12pt; font-weight: bold; }
.motto { display: inline-block; font-size: 13pt; font-weight: bold; }
.row2 { margin-bottom: 12pt; }
.row2 p { text-align: center; font-size: 13pt; }
.title { text-align: center; break-after: avoid; }
.title p { font-size: 14pt; font-weight: bold; line-height: 1.2; }
.title .sum { display: inline-block; max-width: 100%; }
.title .rule { min-width: 60pt; width: 33.333%; margin: 3pt auto 12pt; }
.to { font-size: 14pt; line-height: 1.1; }
.to1 { font-size: 14pt; text-align: center; margin-bottom: 12pt; }
.h, .b { text-align: justify; text-indent: 1cm; margin-bottom: 6pt; orphans: 2; widows: 2; }
.h { break-after: avoid; break-inside: avoid; }
.h0 { font-weight: bold; margin-top: 6pt; }
.h1 { font-weight: bold; margin-top: 2pt; }
.h2 { font-style: italic; margin-top: 2pt; }
table.ind { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 12pt; line-height: 1.1; }
table.ind th, table.ind td { border: 0.5pt solid #000; padding: 2.5pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.ind th { font-weight: bold; text-align: center; }
table.ind tr { break-inside: avoid; }
table.ind .c { text-align: center; } table.ind .r { text-align: right; }
.sig { break-inside: avoid; padding-top: 10pt; }
.recv { width: 45%; } .signer { width: 55%; }
.recv .lbl { font-size: 12pt; font-weight: bold; font-style: italic; line-height: 1.1; }
.recv p { font-size: 11pt; line-height: 1.05; }
.signer p { font-size: 14pt; font-weight: bold; text-align: center; line-height: 1.1; }
.signer .name { line-height: 1.15; margin-top: 62pt; }
`;

/**
 * The BÁO CÁO of `data` (a ReportSubmission) under `plan` as one HTML document.
 * `fonts`: face → @font-face src URL (see tinosFontUrls).
 */
export function reportHtml(plan, data, { fonts }) {
  const h = data.header;
  const out = [];
  // Ô 1–4: agency left 40 %, national name and motto right 60 %, then number and place/date.
  out.push(`<div class="cols hd">
<div class="agency-col" style="width:40%">${h.parentAgency ? `<p>${esc(upper(h.parentAgency))}</p>` : ''}<p><span class="agency"><b>${esc(upper(h.agency))}</b><span class="rule" style="width:max(40pt, 40%)"></span></span></p></div>
<div style="width:60%"><p class="nat">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p><span class="motto">Độc lập - Tự do - Hạnh phúc<span class="rule" style="width:100%"></span></span></p></div>
</div>
<div class="cols hd row2"><div style="width:40%">${h.number ? `<p>Số: ${esc(h.number)}</p>` : ''}</div><div style="width:60%">${h.place && h.date ? `<p><i>${esc(placeDateLine(h.place, h.date))}</i></p>` : ''}</div></div>`);
  // Ô 5a: tên loại and trích yếu with the short rule (a third of the widest line, at least 60 pt).
  out.push(`<div class="title"><p>BÁO CÁO</p><div class="sum">${[plan.outline.summary, ...periodLine(plan, data)].map((s) => `<p>${esc(s)}</p>`).join('')}<span class="rule"></span></div></div>`);
  // Ô 9a: Kính gửi.
  const to = data.to ?? [];
  if (to.length === 1) out.push(`<p class="to1">Kính gửi: ${esc(to[0])}.</p>`);
  else if (to.length > 1) {
    out.push(`<div class="to" style="margin-bottom:10pt"><p style="padding-left:28%">Kính gửi:</p>${dashList(to).map((t) => `<p style="padding-left:calc(28% + 64pt)">${esc(t)}</p>`).join('')}</div>`);
  }
  // Ô 6: the plan's outline, headings, body paragraphs, indicator tables.
  for (const { node, depth } of walkOutline(plan.outline.sections)) {
    const section = data.sections?.[node.id];
    if (node.optional && !section?.text?.trim() && !Object.keys(section?.indicators ?? {}).length && !node.children?.length) continue;
    const level = depth <= 1 ? `h${depth}` : depth === 2 ? 'h2' : 'h3';
    out.push(`<p class="h ${level}">${esc(`${node.number ? `${node.number} ` : ''}${node.title}`.trim())}</p>`);
    for (const t of paragraphsOf(section?.text)) out.push(`<p class="b">${esc(t)}</p>`);
    if (node.indicators?.length) out.push(indicatorTable(plan, node.indicators, section?.indicators));
  }
  // An empty body line, then Nơi nhận left and the signer right, kept together (ô 7–9b).
  const s = data.signer;
  out.push(`<p>&nbsp;</p>
<div class="cols sig">
<div class="recv">${data.recipients?.length ? `<p class="lbl">Nơi nhận:</p>${dashList(data.recipients).map((t) => `<p>${esc(t)}</p>`).join('')}` : ''}</div>
<div class="signer">${(s.authority ?? []).map((a) => `<p>${esc(upper(a))}</p>`).join('')}<p>${esc(upper(s.title))}</p><p class="name">${esc(s.fullName)}</p></div>
</div>`);
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(`Báo cáo — ${plan.outline.summary}`)}</title>
<style>${CSS(fonts)}</style></head>
<body>
${out.join('\n')}
</body></html>`;
}
