// The numbering of a Vietnamese administrative text, read from its plain-text copy (source.txt):
// parts "I.", items "1." and "1.1.", points "a)", dash bullets, articles "Điều N." with their
// clauses and points, and around them the preamble, the "Nơi nhận" block, footnotes and
// attachments ("ĐỀ CƯƠNG BÁO CÁO", "Phụ lục"). A citation such as "mục IV.1.g, gạch đầu dòng thứ
// ba" is looked up in this tree (citation-resolve.ts).
import { isRoman } from './roman.js';

/** What a node of the text is: `item` for "1." and "1.2.", `point` for "a)", `part` for "PHẦN" and "Chương". */
export type SourceNodeKind =
  | 'root' | 'attachment' | 'recipients' | 'part' | 'roman' | 'article' | 'item' | 'point' | 'dash' | 'plus'
  | 'paragraph' | 'footnote';

/** A numbered place of the text, a bullet, a paragraph, a footnote or an attachment. */
export interface SourceNode {
  /** What the node is. */
  kind: SourceNodeKind;
  /**
   * The number as printed, without its punctuation: "IV", "1.2", "đ", "Điều 5", a footnote's
   * "3", an attachment's "I" ("de-cuong" for an attached outline); empty for bullets and paragraphs.
   */
  label: string;
  /** 1-based line where the node starts. */
  line: number;
  /** The last line of the node's text and of all its children. */
  endLine: number;
  /** The node's first line, without its number. */
  text: string;
  /** What the text numbers under it, in order. */
  children: SourceNode[];
}

/** The numbering of a plan's text. */
export interface SourceOutline {
  /** The body: preamble paragraphs, then the numbered parts (closing paragraphs end up in the last of them). */
  body: SourceNode;
  /** Attachments after the signature, in order. */
  attachments: SourceNode[];
  /** "Nơi nhận" and the signature block, when the text has them. */
  recipients?: SourceNode;
  /** Footnotes, by their number (`label`). */
  footnotes: SourceNode[];
}

// Deeper numbering gets a higher rank; a line closes every open node of its rank or deeper.
const RANK: Record<Exclude<SourceNodeKind, 'item' | 'paragraph' | 'footnote'>, number> = {
  root: -1, attachment: 0, recipients: 0, part: 1, roman: 2, article: 3, point: 10, dash: 11, plus: 12,
};
const rankOf = (n: SourceNode): number =>
  n.kind === 'item' ? 4 + n.label.split('.').length - 1 : n.kind === 'paragraph' || n.kind === 'footnote' ? 20 : RANK[n.kind];

interface LineShape { kind: SourceNodeKind; label: string; text: string }

/** What a (trimmed, non-empty) line opens, or undefined for running text. */
function shapeOf(line: string): LineShape | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^N[ơơ]i nhận\s*:?\s*(.*)$/iu.exec(line))) return { kind: 'recipients', label: '', text: m[1]! };
  if ((m = /^(?:ĐỀ CƯƠNG|Đề cương)(?:\s+BÁO CÁO|\s+báo cáo)?\b\s*(.*)$/u.exec(line)) && line.length < 120) return { kind: 'attachment', label: 'de-cuong', text: m[1]! };
  if ((m = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)\s*)?\s*([IVXLC]+|\d+)?\s*[.:]?\s*(.*)$/u.exec(line)) && (line === line.toUpperCase() || line.length < 80)) {
    return { kind: 'attachment', label: normalNumber(m[1] ?? ''), text: m[2]! };
  }
  if ((m = /^(?:PHẦN|Phần)\s+(THỨ\s+\S+|thứ\s+\S+|[IVXLC]+|\d+)\s*[.:]?\s*(.*)$/u.exec(line))) return { kind: 'part', label: m[1]!.toUpperCase(), text: m[2]! };
  if ((m = /^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\s*[.:]?\s*(.*)$/u.exec(line))) return { kind: 'part', label: m[1]!, text: m[2]! };
  if ((m = /^Điều\s+(\d+[a-z]?)\s*[.:]\s*(.*)$/u.exec(line))) return { kind: 'article', label: `Điều ${m[1]}`, text: m[2]! };
  if ((m = /^([IVXLC]+)\s*[.)]\s*(.*)$/u.exec(line)) && isRoman(m[1]!)) return { kind: 'roman', label: m[1]!, text: m[2]! };
  if ((m = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.|\))(?=\s|$)\s*(.*)$/u.exec(line))) return { kind: 'item', label: m[1]!, text: m[2]! };
  // A footnote repeats its number without a full stop: "1 Quyết định số 861/QĐ-TTg …".
  if ((m = /^(\d{1,2})\s+(\p{Lu}.*)$/u.exec(line))) return { kind: 'footnote', label: m[1]!, text: m[2]! };
  if ((m = /^([a-zđ])\s*[).]\s+(.*)$/u.exec(line))) return { kind: 'point', label: m[1]!, text: m[2]! };
  if ((m = /^[-–—•]\s*(\S.*)$/u.exec(line))) return { kind: 'dash', label: '', text: m[1]! };
  if ((m = /^\+\s*(\S.*)$/u.exec(line))) return { kind: 'plus', label: '', text: m[1]! };
  return undefined;
}

/** "01" and "1" are the same number; Roman numerals stay as printed. */
function normalNumber(s: string): string {
  return /^\d+$/.test(s) ? String(Number(s)) : s;
}

/**
 * Reads the numbering of a plan's text. Never fails: a line it does not recognise is running
 * text of the node before it, and a line that starts in lower case continues the line before
 * (a sentence cut by a page break in the copy).
 */
export function readSourceOutline(text: string): SourceOutline {
  const lines = text.normalize('NFC').split(/\r?\n/);
  const body: SourceNode = { kind: 'root', label: '', line: 1, endLine: 1, text: '', children: [] };
  const attachments: SourceNode[] = [];
  const footnotes: SourceNode[] = [];
  let recipients: SourceNode | undefined;
  let stack: SourceNode[] = [body];
  let last: SourceNode = body;

  const close = (n: SourceNode, line: number) => {
    for (const open of stack) open.endLine = Math.max(open.endLine, line);
    n.endLine = Math.max(n.endLine, line);
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    // Bold marks of the copy ("**KT. CHỦ TỊCH") and its italic number ("Số: *274*") are not words.
    const line = raw.replace(/\*+/g, '').trim();
    if (!line) return;
    const shape = shapeOf(line);
    if (!shape && /^\p{Ll}/u.test(line) && last !== body) { close(last, lineNo); return; }
    const node: SourceNode = { kind: shape?.kind ?? 'paragraph', label: shape?.label ?? '', line: lineNo, endLine: lineNo, text: shape?.text ?? line, children: [] };
    if (node.kind === 'footnote') { footnotes.push(node); last = node; return; }
    if (node.kind === 'attachment') {
      attachments.push(node);
      stack = [node];
    } else if (node.kind === 'recipients') {
      recipients = node;
      stack = [node];
    } else if (stack[0]!.kind === 'recipients') {
      // After "Nơi nhận" come its list and the signature, whatever they look like.
      node.kind = 'paragraph';
      stack[0]!.children.push(node);
    } else {
      const rank = rankOf(node);
      while (stack.length > 1 && rankOf(stack.at(-1)!) >= rank) stack.pop();
      // "1.2." goes under "1." when it is open; any other item under the nearest part.
      stack.at(-1)!.children.push(node);
      if (node.kind !== 'paragraph') stack.push(node);
    }
    last = node;
    close(node, lineNo);
  });
  return { body, attachments, recipients, footnotes };
}

/** Every node under `n`, in line order. */
export function* descendants(n: SourceNode): Generator<SourceNode> {
  for (const c of n.children) {
    yield c;
    yield* descendants(c);
  }
}
