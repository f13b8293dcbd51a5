import type { Indicator, OutlineNode, PlanDefinition, ReportSubmission, YearValue } from '@thidua/core';
import { qualifierWord } from '@thidua/core/text';
import { walkOutline } from '@thidua/plans';
import { openNumber } from '@thidua/core/text';
import { scopeLines } from './report-scope.js';
import type { Block } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import type { TypesetContext } from '../layout/typeset.js';
import { bodyText, cell, heading, table } from './body.js';
import { dashList, figure, num } from './format.js';
import { figuresTable } from './figures.js';
import { nationalHeader, titleBlock } from './national-header.js';
import { signatureArea } from './signature.js';
import { SIZE } from './style.js';

function targetText(ind: Indicator): string {
  return ind.target?.text ?? '';
}

function valueText(v: number | YearValue[] | undefined, qualifier?: string): string {
  if (v === undefined) return '';
  // "trên 57": the word the report puts before its figure.
  if (typeof v === 'number') return [qualifierWord(qualifier), num(v)].filter(Boolean).join(' ');
  return [...v].sort((a, b) => a.year - b.year).map((r) => `${figure(r.year)}: ${num(r.value)}`).join('\n');
}

/** The section's figures: TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu kế hoạch | Kết quả. */
function indicatorTable(plan: PlanDefinition, ids: string[], values: Record<string, number | YearValue[]> | undefined, qualifiers?: Record<string, string>): Block | undefined {
  const rows = ids
    .map((id) => plan.indicators.find((i) => i.id === id))
    .filter((i): i is Indicator => Boolean(i))
    .filter((i) => values?.[i.id] !== undefined)
    .map((ind, k) => [cell(String(k + 1), { align: 'center' }), cell(ind.label), cell(ind.unit, { align: 'center' }), cell(targetText(ind)), cell(valueText(values?.[ind.id], qualifiers?.[ind.id]), { align: 'right' })]);
  if (!rows.length) return undefined;
  return table([0.75, 4.1, 1.3, 3, 1.6], ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', 'Kết quả'], rows);
}

/** The period on its own line under the summary ("Năm 2023", "6 tháng đầu năm 2023"). */
function periodLine(plan: PlanDefinition, data: ReportSubmission): string[] {
  const period = plan.reporting.periods.find((x) => x.id === data.period.type);
  if (period?.kind === 'annual') return [`Năm ${figure(data.period.year)}`];
  if (period?.kind === 'six-months') return [`6 tháng đầu năm ${figure(data.period.year)}`];
  return [];
}

function hasContent(node: OutlineNode, sections: ReportSubmission['sections'] | undefined): boolean {
  const section = sections?.[node.id];
  if (section?.text?.trim() || Object.keys(section?.indicators ?? {}).length || section?.figures?.length) return true;
  return (node.children ?? []).some((c) => hasContent(c, sections));
}

/** A unit's report in the plan's outline, as an official BÁO CÁO (NĐ 30/2020, Phụ lục I mẫu 1.4). */
export function reportBlocks(ctx: TypesetContext, plan: PlanDefinition, data: ReportSubmission): Block[] {
  const h = data.header;
  const blocks: Block[] = [
    ...nationalHeader(ctx, { ...(h.parentAgency ? { parentAgency: h.parentAgency } : {}), agency: h.agency, number: `Số: ${openNumber(h.number, 'BC')}`, place: h.place, date: h.date }),
    ...titleBlock(ctx, 'BÁO CÁO', [plan.outline.summary, ...periodLine(plan, data), ...scopeLines(plan, data)]),
  ];
  const to = data.to ?? [];
  if (to.length === 1) blocks.push(p(`Kính gửi: ${to[0]}.`, { size: SIZE.to, align: 'center', spaceAfter: 12 }));
  else if (to.length > 1) {
    blocks.push(p('Kính gửi:', { size: SIZE.to, align: 'left', leftIndent: ctx.setup.textWidth * 0.28, lineHeight: 1.1 }));
    for (const t of dashList(to)) blocks.push(p(t, { size: SIZE.to, align: 'left', leftIndent: ctx.setup.textWidth * 0.28 + 64, lineHeight: 1.1 }));
    blocks.push({ kind: 'space', height: 10 });
  }
  for (const { node, depth } of walkOutline(plan.outline.sections)) {
    const section = data.sections?.[node.id];
    // A part of the outline the report does not cover is left out, never printed as an empty heading.
    if (!hasContent(node, data.sections)) continue;
    blocks.push(heading(node.number, node.title, depth));
    blocks.push(...bodyText(section?.text));
    blocks.push(...figuresTable(section?.figures, 'Số liệu'));
    const t = node.indicators?.length ? indicatorTable(plan, node.indicators, section?.indicators, section?.qualifiers) : undefined;
    if (t) blocks.push(t);
  }
  blocks.push(p('', { size: SIZE.body, align: 'left' }));
  blocks.push(signatureArea(data.signer, data.recipients, 'bao-cao.nguoi-ky'));
  return blocks;
}
