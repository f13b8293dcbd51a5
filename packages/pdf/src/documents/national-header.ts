import type { Block, Columns } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import type { TypesetContext } from '../layout/typeset.js';
import { placeDateLine, upper } from './format.js';
import { SIZE } from './style.js';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Share of the text width for the agency column; the rest holds the national name. */
const LEFT = 0.4;

export interface HeaderInput {
  parentAgency?: string;
  /**
   * The author's agency; absent for a document a household or a citizen writes (NĐ 98 Mẫu 03):
   * the national name and motto alone, centred on the page.
   */
  agency?: string;
  /** "Số: 318/BC-UBND"; absent for documents without one (an individual's report). */
  number?: string;
  place?: string;
  /** ISO date; without it there is no place/date line (Biên bản, Phụ lục I mẫu 1.9). */
  date?: string;
}

/**
 * The two-column header of Decree 30 (ô 1–4): agency block left (chủ quản regular, ban
 * hành bold, short rule), national name and motto right (rule as long as the motto), then
 * "Số: …" and the italic place/date line on one row.
 */
export function nationalHeader(ctx: TypesetContext, h: HeaderInput): Block[] {
  if (h.agency === undefined) return mottoOnlyHeader(ctx, h);
  const { fonts, setup } = ctx;
  const leftW = setup.textWidth * LEFT;
  const agency = upper(h.agency);
  const agencyWidth = Math.min(Math.max(...agency.split('\n').map((l) => fonts.face('bold').widthOf(l, SIZE.agency))), leftW - 8);
  const mottoWidth = fonts.face('bold').widthOf(MOTTO, SIZE.motto);
  const top: Columns = {
    kind: 'columns',
    columns: [
      {
        width: LEFT,
        blocks: [
          ...(h.parentAgency ? [p(upper(h.parentAgency), { size: SIZE.agency, align: 'center', lineHeight: 1.1, balanced: true })] : []),
          p(agency, { size: SIZE.agency, align: 'center', lineHeight: 1.1, balanced: true }, 'bold'),
          // 1/3–1/2 of the agency line, centred (ô 2).
          { kind: 'rule', length: Math.max(40, agencyWidth * 0.4), align: 'center', spaceBefore: 2, spaceAfter: 4, thickness: 0.6 },
        ],
      },
      {
        width: 1 - LEFT,
        blocks: [
          p(NATIONAL_NAME, { size: SIZE.nationalName, align: 'center', lineHeight: 1.1 }, 'bold'),
          p(MOTTO, { size: SIZE.motto, align: 'center', lineHeight: 1.1 }, 'bold'),
          // As long as the motto line (ô 1).
          { kind: 'rule', length: mottoWidth, align: 'center', spaceBefore: 2, spaceAfter: 4, thickness: 0.6 },
        ],
      },
    ],
  };
  const row2: Columns = {
    kind: 'columns',
    columns: [
      { width: LEFT, blocks: h.number ? [p(h.number, { size: SIZE.number, align: 'center' })] : [] },
      { width: 1 - LEFT, blocks: h.place && h.date ? [p(placeDateLine(h.place, h.date), { size: SIZE.placeDate, align: 'center' }, 'italic')] : [] },
    ],
    spaceAfter: 12,
  };
  return [top, row2];
}

/** No agency block: no empty left column and no stray rule; the place/date line under the motto. */
function mottoOnlyHeader(ctx: TypesetContext, h: HeaderInput): Block[] {
  const mottoWidth = ctx.fonts.face('bold').widthOf(MOTTO, SIZE.motto);
  return [
    p(NATIONAL_NAME, { size: SIZE.nationalName, align: 'center', lineHeight: 1.1, keepWithNext: true }, 'bold'),
    p(MOTTO, { size: SIZE.motto, align: 'center', lineHeight: 1.1, keepWithNext: true }, 'bold'),
    { kind: 'rule', length: mottoWidth, align: 'center', spaceBefore: 2, spaceAfter: 6, thickness: 0.6 },
    ...(h.place && h.date ? [p(placeDateLine(h.place, h.date), { size: SIZE.placeDate, align: 'right', keepWithNext: true }, 'italic')] : []),
    { kind: 'space', height: 12 },
  ];
}

/** Tên loại and trích yếu, centred bold, with the short rule (ô 5a). */
export function titleBlock(ctx: TypesetContext, docType: string, summary: string[], italicNote?: string): Block[] {
  const widest = Math.max(...summary.map((s) => ctx.fonts.face('bold').widthOf(s, SIZE.summary)), 0);
  const ruleLen = Math.max(60, Math.min(widest, ctx.setup.textWidth) / 3);
  return [
    p(docType, { size: SIZE.docType, align: 'center', keepWithNext: true, lineHeight: 1.2, balanced: true }, 'bold'),
    ...summary.map((s) => p(s, { size: SIZE.summary, align: 'center', keepWithNext: true, lineHeight: 1.2, balanced: true }, 'bold')),
    ...(italicNote ? [p(italicNote, { size: SIZE.placeDate, align: 'center', keepWithNext: true }, 'italic')] : []),
    { kind: 'rule', length: ruleLen, align: 'center', spaceBefore: 3, spaceAfter: 12 },
  ];
}
