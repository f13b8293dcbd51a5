import type { Cell, Paragraph, Table } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import { figure, paragraphsOf } from './format.js';
import { INDENT, PARA_SPACE, SIZE } from './style.js';

/** Justified body paragraphs with the 1 cm first-line indent and ≥ 6 pt spacing (ô 6). */
export function bodyText(text: string | undefined): Paragraph[] {
  return paragraphsOf(text).map((t) => p(t, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: PARA_SPACE }));
}

/** A heading that never stays alone at a page foot. Level 0 "I." bold upper, 1 "1." bold, 2 "a)" regular. */
export function heading(number: string, title: string, level: number): Paragraph {
  const face = level <= 1 ? 'bold' : level === 2 ? 'italic' : 'regular';
  return p(`${number ? `${number} ` : ''}${title}`.trim(), { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceBefore: level === 0 ? 6 : 2, spaceAfter: PARA_SPACE, keepWithNext: true }, face);
}

/** A labelled line: "Họ và tên: Nguyễn Văn A" with the value in regular type. */
export function field(label: string, value: string | number | undefined): Paragraph | undefined {
  if (value === undefined || value === '') return undefined;
  return p([{ text: `${label}: `, face: 'regular' }, { text: typeof value === 'number' ? figure(value) : value, face: 'regular' }], { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 3 });
}

export const cell = (text: string, opts: { align?: 'left' | 'center' | 'right'; bold?: boolean; italic?: boolean; size?: number } = {}): Cell => ({
  blocks: text.split('\n').map((line) =>
    p(line, { size: opts.size ?? SIZE.table, align: opts.align ?? 'left', lineHeight: 1.1, spaceAfter: 0 }, opts.bold ? (opts.italic ? 'boldItalic' : 'bold') : opts.italic ? 'italic' : 'regular'),
  ),
});

/** A bordered table with a bold centred header row that repeats on every page. */
export function table(widths: number[], headers: string[], rows: (string | Cell)[][], extra: Partial<Table> & { size?: number } = {}): Table {
  const { size, ...rest } = extra;
  return {
    kind: 'table',
    widths,
    header: [headers.map((h) => cell(h, { align: 'center', bold: true, ...(size ? { size } : {}) }))],
    rows: rows.map((r) => r.map((c) => (typeof c === 'string' ? cell(c) : c))),
    spaceBefore: 4,
    spaceAfter: 10,
    ...rest,
  };
}

export function compact<T>(xs: (T | undefined | false)[]): T[] {
  return xs.filter((x): x is T => Boolean(x));
}

