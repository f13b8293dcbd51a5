import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FontSet } from '../fonts/font-set.js';
import { loadTinos } from '../node.js';
import { p, type Paragraph } from './blocks.js';
import { breakLines, type Line } from './line-breaker.js';
import { StreamFactory } from './streams.js';

async function fontSet(): Promise<FontSet> {
  const doc = await PDFDocument.create();
  return new FontSet(doc, loadTinos(), new StreamFactory(doc));
}

const textOf = (lines: Line[]) => lines.map((l) => l.tokens.map((t) => t.text).join(''));

// A dossier breaks the same short paragraphs hundreds of times: their lines are remembered.
describe('breakLines', () => {
  it('gives a paragraph of the same text, faces, size, indents and width the lines already made', async () => {
    const fonts = await fontSet();
    const a = breakLines(p('ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG', { size: 13, align: 'center', balanced: true }, 'bold'), 160, fonts);
    const b = breakLines(p('ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG', { size: 13, align: 'center', balanced: true }, 'bold'), 160, fonts);
    expect(b).toBe(a);
    expect(textOf(a)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐAM RÔNG']);
  });

  it('breaks again for anything the lines depend on: width, size, face, indent, balance, the fonts', async () => {
    const fonts = await fontSet();
    const text = 'Số hộ nghèo và hộ cận nghèo đa chiều cuối năm';
    const base = (extra: Partial<Paragraph> = {}, face: 'regular' | 'bold' = 'regular'): Paragraph => ({ ...p(text, { size: 12, align: 'left' }, face), ...extra });
    const first = breakLines(base(), 150, fonts);
    const others = [
      breakLines(base(), 300, fonts),
      breakLines(base({ size: 14 }), 150, fonts),
      breakLines(base({}, 'bold'), 150, fonts),
      breakLines(base({ firstIndent: 30 }), 150, fonts),
      breakLines(base({ balanced: true }), 150, fonts),
      breakLines(base(), 150, await fontSet()),
    ];
    for (const o of others) expect(o).not.toBe(first);
    expect(textOf(others[0]!)).toEqual([text]);
    expect(textOf(first).length).toBeGreaterThan(1);
    expect(others[2]![0]!.tokens[0]!.face).toBe('bold');
  });

  it('never takes one list of spans for another that joins to the same text', async () => {
    const fonts = await fontSet();
    const one: Paragraph = { kind: 'p', size: 12, align: 'left', spans: [{ text: 'Họ và tên: Nguyễn Văn A', face: 'regular' }] };
    const two: Paragraph = { kind: 'p', size: 12, align: 'left', spans: [{ text: 'Họ và tên: ', face: 'bold' }, { text: 'Nguyễn Văn A', face: 'regular' }] };
    const a = breakLines(one, 400, fonts);
    const b = breakLines(two, 400, fonts);
    expect(b).not.toBe(a);
    expect(b[0]!.tokens.map((t) => t.face)).toContain('bold');
    expect(a[0]!.tokens.map((t) => t.face)).not.toContain('bold');
  });

  it('breaks a long text each time, with the same result', async () => {
    const fonts = await fontSet();
    const long = 'Năm 2023 huyện đã tập trung lãnh đạo, chỉ đạo thực hiện Phong trào thi đua. '.repeat(8);
    const a = breakLines(p(long, { size: 13, align: 'justify' }), 450, fonts);
    const b = breakLines(p(long, { size: 13, align: 'justify' }), 450, fonts);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });
});
