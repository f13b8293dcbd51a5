// The numbering of the five real plan texts, read into a tree: parts, items, Vietnamese point
// letters, dash bullets across page breaks, the attached đề cương, Nơi nhận and footnotes; and a
// legal text's articles, clauses and points.
import { PLAN_MODULES, readSourceOutline, type SourceNode } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import { planFolder, readPlanSource } from '../support/plan-source.js';

const outlineOf = (id: string) => {
  const p = PLAN_MODULES.find((m) => m.definition.id === id)!.definition;
  return readSourceOutline(readPlanSource(planFolder(p.province.slug, p.id)).text);
};
const child = (n: SourceNode, ...labels: string[]): SourceNode =>
  labels.reduce((at, l) => at.children.find((c) => c.label === l && c.kind !== 'paragraph')!, n);
const labels = (n: SourceNode) => n.children.filter((c) => c.kind !== 'paragraph').map((c) => c.label || c.kind);

describe('readSourceOutline on the plans of the repository', () => {
  it('Lâm Đồng: points a b c d e g h k, a bullet list with + under a dash, items 1, 3, 4, footnotes', () => {
    const o = outlineOf('lam-dong-2022-2025');
    expect(labels(o.body)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(labels(child(o.body, 'III', '1'))).toEqual(['a', 'b', 'c', 'd', 'e', 'g', 'h', 'k']);
    const c = child(o.body, 'IV', '2', 'c');
    expect(c.children.map((d) => d.kind)).toEqual(['dash', 'dash', 'dash', 'dash']);
    expect(c.children[2]!.children.map((x) => [x.kind, x.line])).toEqual([['plus', 78], ['plus', 79]]);
    expect(labels(child(o.body, 'V'))).toEqual(['1', '3', '4']);
    expect(o.footnotes.map((f) => [f.label, f.line])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [String(n), 101 + n]));
    // Footnote numbers glued to words ("khu vực III1") are not items.
    expect(child(o.body, 'I', '1', 'c').endLine).toBe(8);
  });

  it('Bình Định: items 1.1 to 1.7 under III.1, dash bullets counted across a page break', () => {
    const o = outlineOf('binh-dinh-2021-2025');
    expect(labels(child(o.body, 'III', '1'))).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect(child(o.body, 'III', '1', '1.2').children.filter((c) => c.kind === 'dash')).toHaveLength(8);
    // "… xây" / "dựng nông thôn mới" is one bullet cut by a page break, not two.
    const ii1 = child(o.body, 'II', '1').children.filter((c) => c.kind === 'dash');
    expect(ii1).toHaveLength(8);
    expect(ii1[3]).toMatchObject({ line: 41, endLine: 43 });
    expect(o.recipients?.line).toBe(187);
    // The recipients' list is not bullets of V.6.
    expect(child(o.body, 'V', '6').endLine).toBe(185);
  });

  it('Đồng Nai sơ kết: the attached ĐỀ CƯƠNG BÁO CÁO after the signature, with its own numbering', () => {
    const o = outlineOf('dong-nai-so-ket-2023');
    expect(labels(o.body)).toEqual(['I', 'II', 'III']);
    expect(o.attachments.map((a) => [a.label, a.line])).toEqual([['de-cuong', 94]]);
    const dc = o.attachments[0]!;
    expect(labels(dc)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(labels(child(dc, 'III', '1'))).toEqual(['a', 'b', 'c', 'd', 'đ']);
    expect(o.recipients).toMatchObject({ line: 73 });
  });

  it('Đồng Nai 2023: five dash bullets in III.2 though one is cut by a page break', () => {
    const o = outlineOf('dong-nai-tdkt-2023');
    expect(child(o.body, 'III', '2').children.filter((c) => c.kind === 'dash').map((d) => d.line)).toEqual([113, 115, 117, 119, 123]);
  });
});

describe('readSourceOutline on a legal text', () => {
  const text = [
    'QUY CHẾ', 'Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;',
    'Chương I', 'QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh', '1. Quy chế này quy định:', 'a) Đối tượng;', 'b) Hình thức;', '2. Khoản hai.',
    'Điều 2. Đối tượng áp dụng', 'Cơ quan, đơn vị.',
    'Chương II', 'Điều 3. Tiêu chuẩn', '1. Tập thể:', '- Hoàn thành nhiệm vụ;', '- Không vi phạm.',
    'PHỤ LỤC I', 'MẪU BÁO CÁO', '1. Phần một',
  ].join('\n');

  it('reads chapters, articles, their clauses and points, and an appendix', () => {
    const o = readSourceOutline(text);
    expect(labels(o.body)).toEqual(['I', 'II']);
    expect(labels(child(o.body, 'I'))).toEqual(['Điều 1', 'Điều 2']);
    expect(labels(child(o.body, 'I', 'Điều 1', '1'))).toEqual(['a', 'b']);
    expect(child(o.body, 'II', 'Điều 3', '1').children.filter((c) => c.kind === 'dash')).toHaveLength(2);
    expect(o.attachments.map((a) => [a.label, a.line])).toEqual([['I', 17]]);
    expect(labels(o.attachments[0]!)).toEqual(['1']);
  });
});
