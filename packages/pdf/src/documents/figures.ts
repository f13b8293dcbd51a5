import type { Figure } from '@thidua/core';
import { figureText, figureYears } from '@thidua/core/text';
import type { Block } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import { cell, table } from './body.js';
import { INDENT, SIZE } from './style.js';

/**
 * "Số liệu thành tích: Nội dung | Số liệu | Năm", each figure as the person wrote it
 * ("khoảng 2 tỷ đồng/năm", "từ 20 đến 100 triệu đồng/hộ", "124/154 hộ").
 */
export function figuresTable(figures: readonly Figure[] | undefined, title: string): Block[] {
  if (!figures?.length) return [];
  const rows = figures.map((f, k) => [
    cell(String(k + 1), { align: 'center' }), cell(f.what), cell(figureText(f, 'vi'), { align: 'right' }), cell(figureYears(f), { align: 'center' }),
  ]);
  return [
    p(`${title}:`, { size: SIZE.body, align: 'left', firstIndent: INDENT, keepWithNext: true }, 'italic'),
    table([0.7, 4, 3.4, 1.3], ['TT', 'Nội dung', 'Số liệu', 'Năm'], rows),
  ];
}
