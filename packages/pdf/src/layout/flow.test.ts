import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FontSet } from '../fonts/font-set.js';
import { loadTinos } from '../node.js';
import { p, type Block } from './blocks.js';
import { Flow } from './flow.js';
import { pageSetup } from './page-setup.js';
import { StreamFactory } from './streams.js';

async function flow(blocks: (fonts: FontSet) => Block[]) {
  const doc = await PDFDocument.create();
  const fonts = new FontSet(doc, loadTinos(), new StreamFactory(doc));
  const f = new Flow(fonts, pageSetup());
  return f.layout(blocks(fonts));
}

const body = 'Năm 2023 huyện đã tập trung lãnh đạo, chỉ đạo thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”. ';
const textOf = (d: { kind: string; line?: { tokens: { text: string }[] } }) => (d.kind === 'text' ? d.line!.tokens.map((t) => t.text).join('') : '');

describe('Flow', () => {
  it('never leaves a heading alone at the foot of a page', async () => {
    // Fill the page until only the heading (and not the first lines after it) would fit.
    for (let filler = 30; filler < 60; filler++) {
      const pages = await flow(() => [
        ...Array.from({ length: filler }, () => p('Dòng đệm', { size: 13, align: 'left' })),
        p('II. KẾT QUẢ ĐẠT ĐƯỢC', { size: 13, align: 'left', keepWithNext: true }, 'bold'),
        p(body.repeat(4), { size: 13, align: 'justify' }),
      ]);
      const page = pages.findIndex((pg) => pg.items.some((d) => textOf(d as never).includes('KẾT')));
      const next = pages.findIndex((pg) => pg.items.some((d) => textOf(d as never).startsWith('Năm')));
      expect(page, `filler ${filler}`).toBe(next);
    }
  });

  it('leaves neither a single orphan nor a single widow line of a long paragraph', async () => {
    for (let filler = 35; filler < 50; filler++) {
      const pages = await flow(() => [
        ...Array.from({ length: filler }, () => p('Dòng đệm', { size: 13, align: 'left' })),
        p(body.repeat(8), { size: 13, align: 'justify' }),
      ]);
      const counts = pages.map((pg) => pg.items.filter((d) => d.kind === 'text' && !textOf(d as never).startsWith('Dòng')).length).filter((n) => n > 0);
      for (const n of counts) expect(n, `filler ${filler}: ${counts}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('restarts page numbering for each document of a file', async () => {
    const pages = await flow(() => [p('A', { size: 13, align: 'left' }), { kind: 'break', newDocument: true }, p('B', { size: 13, align: 'left' }), { kind: 'break' }, p('C', { size: 13, align: 'left' })]);
    expect(pages.map((pg) => [pg.docIndex, pg.pageInDoc])).toEqual([[0, 1], [1, 1], [1, 2]]);
  });
});
