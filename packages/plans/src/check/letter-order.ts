// The outline numbers its points as the plan prints them: "a)", "b)", … in Vietnamese order,
// đ after d and no f, j, w or z. A letter out of that order is a typing slip or a wrong copy.
import type { OutlineNode } from '@thidua/core';
import type { DefinitionIssue } from './references.js';
import { letterRank, VIETNAMESE_LETTERS } from './vietnamese-letters.js';

const LETTER = /^\s*([a-zđ])\s*[).]?\s*$/u;

export function checkLetterOrder(sections: readonly OutlineNode[], at = '/outline/sections'): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  let prev: { letter: string; rank: number } | undefined;
  sections.forEach((node, i) => {
    const here = `${at}/${i}`;
    const m = LETTER.exec(node.number ?? '');
    if (m) {
      const letter = m[1]!;
      const rank = letterRank(letter);
      const expected = VIETNAMESE_LETTERS[prev ? prev.rank + 1 : 0];
      if (rank < 0) {
        out.push({
          code: 'letter-not-vietnamese', severity: 'error', pointer: `${here}/number`,
          message: `Mục “${node.number}” đánh bằng chữ “${letter}”, chữ không có trong bảng chữ cái tiếng Việt (a b c d đ e g h i k …, không có f, j, w, z). Hãy chép đúng số mục như văn bản in${expected ? ` (có lẽ là “${expected})”)` : ''}.`,
          messageEn: `point "${node.number}" uses "${letter}", not a Vietnamese letter (a b c d đ e g h i k …, no f, j, w, z); copy the number as printed${expected ? ` (probably "${expected})")` : ''}`,
        });
      } else if (prev && rank <= prev.rank) {
        out.push({
          code: 'letter-order', severity: 'error', pointer: `${here}/number`,
          message: `Mục “${node.number}” đứng sau mục “${prev.letter})”: các điểm phải theo thứ tự a b c d đ e g h i k …${expected ? ` (sau “${prev.letter})” là “${expected})”)` : ''}. Hãy sửa số mục cho đúng văn bản.`,
          messageEn: `point "${node.number}" follows "${prev.letter})": points go a b c d đ e g h i k …${expected ? ` (after "${prev.letter})" comes "${expected})")` : ''}; correct the number as printed`,
        });
      }
      if (rank >= 0) prev = { letter, rank };
    }
    if (node.children?.length) out.push(...checkLetterOrder(node.children, `${here}/children`));
  });
  return out;
}
