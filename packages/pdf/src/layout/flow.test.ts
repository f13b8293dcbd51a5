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

  it('takes the last two lines of the body onto the signature page, whatever fills the page before', async () => {
    const sign: Block = { kind: 'group', keepTogether: true, keepWithPrevious: true, blocks: [p('CHỦ TỊCH', { size: 14, align: 'center' }, 'bold'), { kind: 'space', height: 60 }, p('Phan Văn Đạt', { size: 14, align: 'center' }, 'bold')] };
    for (let filler = 30; filler < 52; filler++) {
      const pages = await flow(() => [
        ...Array.from({ length: filler }, () => p('Dòng đệm', { size: 13, align: 'left' })),
        p(body.repeat(3), { size: 13, align: 'justify' }),
        p('Kính trình xem xét, quyết định./.', { size: 13, align: 'justify' }),
        sign,
      ]);
      const last = pages[pages.length - 1]!.items.map((d) => textOf(d as never));
      expect(last, `filler ${filler}`).toContain('CHỦ TỊCH');
      // The closing line and at least one line of the paragraph before it share the page.
      expect(last.filter((t) => t && !t.startsWith('Dòng') && t !== 'CHỦ TỊCH' && t !== 'Phan Văn Đạt').length, `filler ${filler}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('takes the closing lines onto the signature page in every document of a file, after breaks that turn the pages and breaks that do not', async () => {
    const sign: Block = { kind: 'group', keepTogether: true, keepWithPrevious: true, blocks: [p('CHỦ TỊCH', { size: 14, align: 'center' }, 'bold'), { kind: 'space', height: 60 }, p('Phan Văn Đạt', { size: 14, align: 'center' }, 'bold')] };
    const letter = (filler: number): Block[] => [
      ...Array.from({ length: filler }, () => p('Dòng đệm', { size: 13, align: 'left' })),
      p(body.repeat(3), { size: 13, align: 'justify' }),
      p('Kính trình xem xét, quyết định./.', { size: 13, align: 'justify' }),
      sign,
    ];
    for (let filler = 30; filler < 52; filler += 3) {
      const pages = await flow(() => [
        ...letter(filler),
        // A new document on portrait pages again: the pages do not turn.
        { kind: 'break', newDocument: true },
        ...letter(filler),
        { kind: 'break', newDocument: true, orientation: 'landscape' },
        p('DANH SÁCH', { size: 13, align: 'center' }, 'bold'),
        // Back to portrait: the pages turn, and the text width changes.
        { kind: 'break', newDocument: true },
        ...letter(filler),
      ]);
      for (const doc of [0, 1, 3]) {
        const own = pages.filter((pg) => pg.docIndex === doc);
        const last = own[own.length - 1]!.items.map((d) => textOf(d as never));
        expect(last, `filler ${filler}, document ${doc}`).toContain('CHỦ TỊCH');
        expect(last.filter((t) => t && !t.startsWith('Dòng') && t !== 'CHỦ TỊCH' && t !== 'Phan Văn Đạt').length, `filler ${filler}, document ${doc}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('keeps a run of headings with what follows them', async () => {
    for (let filler = 38; filler < 52; filler++) {
      const pages = await flow(() => [
        ...Array.from({ length: filler }, () => p('Dòng đệm', { size: 13, align: 'left' })),
        p('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { size: 13, align: 'left', keepWithNext: true }, 'bold'),
        p('1. Danh hiệu thi đua', { size: 13, align: 'left', keepWithNext: true }, 'bold'),
        p(body.repeat(2), { size: 13, align: 'justify' }),
      ]);
      const at = (s: string) => pages.findIndex((pg) => pg.items.some((d) => textOf(d as never).startsWith(s)));
      expect(at('III.'), `filler ${filler}`).toBe(at('Năm'));
    }
  });

  it('breaks a title into even lines, never inside a place name, and at a "\\n" of the text', async () => {
    const lines = async (text: string, width: number) => {
      const pages = await flow(() => [{ kind: 'columns', columns: [{ width, blocks: [p(text, { size: 13, align: 'center', balanced: true }, 'bold')] }, { width: 1 - width, blocks: [] }] }]);
      return pages[0]!.items.map((d) => (d.kind === 'text' ? d.line.tokens.map((t) => t.text).join('') : '')).filter(Boolean);
    };
    expect(await lines('ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG', 0.4)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐAM RÔNG']);
    expect(await lines('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN XUÂN LỘC', 0.4)).toEqual(['HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG', 'HUYỆN XUÂN LỘC']);
    expect(await lines('ỦY BAN NHÂN DÂN\nXÃ ĐẠ TÔNG', 0.9)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐẠ TÔNG']);
  });

  it('restarts page numbering for each document of a file', async () => {
    const pages = await flow(() => [p('A', { size: 13, align: 'left' }), { kind: 'break', newDocument: true }, p('B', { size: 13, align: 'left' }), { kind: 'break' }, p('C', { size: 13, align: 'left' })]);
    expect(pages.map((pg) => [pg.docIndex, pg.pageInDoc])).toEqual([[0, 1], [1, 1], [1, 2]]);
  });
});
