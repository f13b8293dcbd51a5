// Citations as definitions write them, read into places of the plan's text and looked up there.
import { checkCitations, readSourceOutline, type PlanDefinition } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import { planFolder, readPlanSource } from '../support/plan-source.js';

const SO_KET_TEXT = readPlanSource(planFolder('dong-nai', 'dong-nai-so-ket-2023')).text;
const LAM_DONG_TEXT = readPlanSource(planFolder('lam-dong', 'lam-dong-2022-2025')).text;

/** A definition holding one clause, as the plan it is checked against would be numbered. */
const withClause = (clause: string, document: Partial<PlanDefinition['document']> = { number: '148', symbol: 'KH-UBND' }) =>
  ({ document, outline: { source: clause, sections: [] } }) as unknown as PlanDefinition;
const cite = (clause: string, text = SO_KET_TEXT, document?: Partial<PlanDefinition['document']>) =>
  checkCitations(withClause(clause, document), text).map((c) => (c.found ? `${c.place} @${c.line}` : `${c.place} ✗ ${c.why}`));

describe('citations of the plan text', () => {
  it('lists, ranges and points, đ included', () => {
    expect(cite('Kế hoạch 148/KH-UBND, mục III.1, III.3.b–c')).toEqual(['mục III.1 @47', 'mục III.3.b @63', 'mục III.3.c @65']);
    expect(cite('Kế hoạch 148/KH-UBND, mục II.1–3')).toEqual(['mục II.1 @35', 'mục II.2 @37', 'mục II.3 @39']);
    expect(cite('Kế hoạch 148/KH-UBND, Đề cương báo cáo, mục III.1.đ; đề cương mục II.2')).toEqual([
      'Đề cương báo cáo @94', 'Đề cương báo cáo, mục III.1.đ @132', 'Đề cương báo cáo @94', 'Đề cương báo cáo, mục II.2 @114',
    ]);
  });

  it('dash bullets by number, by word, in ranges and the last one', () => {
    const KH = 'Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND';
    const doc = { issuedWith: { text: '', number: '1479/QĐ-UBND', date: '2022-08-24' } };
    expect(cite(`${KH}, mục IV.1.g, gạch đầu dòng thứ hai; mục IV.1.d, gạch đầu dòng thứ 1–3`, LAM_DONG_TEXT, doc)).toEqual([
      'mục IV.1.g, gạch đầu dòng thứ 2 @62', 'mục IV.1.d, gạch đầu dòng thứ 1 @54', 'mục IV.1.d, gạch đầu dòng thứ 2 @55', 'mục IV.1.d, gạch đầu dòng thứ 3 @56',
    ]);
    expect(cite(`${KH}, mục I.2, IV.1.h (gạch đầu dòng cuối)`, LAM_DONG_TEXT, doc)).toEqual(['mục I.2 @10', 'mục IV.1.h, gạch đầu dòng cuối @66']);
    expect(cite(`${KH}, mục IV.1.b, gạch đầu dòng thứ 1`, LAM_DONG_TEXT, doc)).toEqual(['mục IV.1.b, gạch đầu dòng thứ 1 ✗ mục IV.1.b có 0 gạch đầu dòng']);
  });

  it('unnumbered text: opening, bases, closing, last paragraph of a part, Nơi nhận, footnotes', () => {
    expect(cite('Kế hoạch 148/KH-UBND, phần căn cứ; đoạn kết; Nơi nhận')).toEqual(['phần căn cứ @11', 'đoạn kết @69', 'Nơi nhận @73']);
    const doc = { issuedWith: { text: '', number: '1479/QĐ-UBND', date: '2022-08-24' } };
    expect(cite('Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục V (đoạn mở đầu); đoạn cuối mục VI; mục II.1; chú thích 3, chú thích 9', LAM_DONG_TEXT, doc)).toEqual([
      'đoạn mở đầu mục V @86', 'đoạn cuối mục VI @98', 'mục II.1 @16', 'chú thích 3 @104', 'chú thích 9 ✗ văn bản không có chú thích 9',
    ]);
  });

  it('leaves the law, other acts and the words of a description alone', () => {
    expect(cite('Luật Thi đua, Khen thưởng 2022, Điều 80, 83; Nghị định 91/2017/NĐ-CP, Điều 10')).toEqual([]);
    expect(cite('Kế hoạch số 218/KH-UBND, mục IX')).toEqual([]);
    expect(cite('Kế hoạch 148/KH-UBND, mục III.1, khen thưởng sơ kết năm 2023 (“mục VII”)')).toEqual(['mục III.1 @47']);
    expect(cite('Kế hoạch 148/KH-UBND: đề cương suy ra từ mục II')).toEqual(['mục II @33']);
  });

  it('says what is missing', () => {
    expect(cite('Kế hoạch 148/KH-UBND, mục VI; mục III.2.d; Phụ lục II')).toEqual([
      'mục VI ✗ văn bản chỉ có các mục I, II, III, không có “VI”',
      'mục III.2.d ✗ mục III.2 chỉ có các điểm a, b, c, không có “d”',
      'Phụ lục II ✗ văn bản không có phụ lục II',
    ]);
    expect(cite('Kế hoạch 148/KH-UBND, mục I', LAM_DONG_TEXT.replace(/ĐỀ CƯƠNG/g, ''))).toEqual(['mục I @4']);
    expect(cite('Kế hoạch 148/KH-UBND, Đề cương báo cáo, mục I', LAM_DONG_TEXT)).toEqual(['Đề cương báo cáo ✗ văn bản không có đề cương báo cáo kèm theo', 'Đề cương báo cáo, mục I ✗ văn bản không có đề cương báo cáo kèm theo']);
  });

  it('articles, clauses and points of a legal text, in either order', () => {
    const text = ['QUY CHẾ', 'Điều 1. Phạm vi', '1. Quy định:', 'a) Một;', 'b) Hai;', 'Điều 2. Đối tượng', '1. Tập thể.', 'PHỤ LỤC I', '1. Mẫu'].join('\n');
    const o = readSourceOutline(text);
    expect(cite('Quy chế, điểm b khoản 1 Điều 1; Điều 2, khoản 1; Điều 2 khoản 3; Phụ lục I, mục 1', text, {})).toEqual([
      'Điều 1, khoản 1, điểm b @5', 'Điều 2, khoản 1 @7', 'Điều 2, khoản 3 ✗ Điều 2 chỉ có các khoản 1, không có “3”', 'Phụ lục I @8', 'Phụ lục I, mục 1 @9',
    ]);
    expect(o.attachments).toHaveLength(1);
  });

  it('looks through "PHẦN" headings a citation does not name', () => {
    const text = ['KẾ HOẠCH', 'PHẦN THỨ NHẤT', 'I. MỤC ĐÍCH', '1. Mục đích', 'PHẦN THỨ HAI', 'II. NỘI DUNG', '1. Nội dung', '- Một'].join('\n');
    expect(cite('Kế hoạch, mục I.1; mục II.1, gạch đầu dòng thứ nhất; mục III', text, {})).toEqual([
      'mục I.1 @4', 'mục II.1, gạch đầu dòng thứ 1 @8', 'mục III ✗ văn bản chỉ có các mục I, II, không có “III”',
    ]);
  });
});
