// Looks a cited place up in the numbering of the plan's text: found, with its line in
// source.txt, or not, with why in Vietnamese and English.
import type { CitationRef } from './citation-parse.js';
import { descendants, type SourceNode, type SourceOutline } from './source-outline.js';

export type Resolution =
  /** Lines `line` to `endLine` hold the place and everything under it. */
  | { found: true; line: number; endLine: number }
  | { found: false; why: string; whyEn: string };

const NUMBERED = new Set(['part', 'roman', 'article', 'item', 'point']);
const numbered = (n: SourceNode) => n.children.filter((c) => NUMBERED.has(c.kind));
const dashes = (n: SourceNode) => n.children.filter((c) => c.kind === 'dash');
const paragraphs = (n: SourceNode) => [...descendants(n)].filter((c) => c.kind === 'paragraph');

/**
 * The node a path names under `from`. Numbers match as printed, with two readings of an item
 * "1.2." under "1.": its whole number ("III.1.1.2", as Bình Định's definition cites) or its last
 * part ("III.1.2"). An article is found wherever it is ("Điều 5" under any chapter), and a part
 * "PHẦN …" or "Chương …" is looked through.
 */
function walk(from: SourceNode, path: string[]): SourceNode | undefined {
  if (!path.length) return from;
  const [head, ...rest] = path;
  if (head!.startsWith('Điều ')) {
    const art = [...descendants(from)].find((n) => n.kind === 'article' && n.label === head);
    return art && walk(art, rest);
  }
  for (const c of numbered(from)) {
    if (c.kind === 'item') {
      const parts = c.label.split('.');
      if (parts.every((p, i) => path[i] === p)) {
        const hit = walk(c, path.slice(parts.length));
        if (hit) return hit;
      }
      if (parts.length > 1 && from.kind === 'item' && parts.slice(0, -1).join('.') === from.label && parts.at(-1) === head) {
        const hit = walk(c, rest);
        if (hit) return hit;
      }
    } else if (c.label === head) {
      const hit = walk(c, rest);
      if (hit) return hit;
    }
    // Citations rarely name the "PHẦN" or "Chương" a part sits in: "mục II" looks inside them too.
    if (c.kind === 'part') {
      const hit = walk(c, path);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** How a place is written: "mục IV.1.c", or "Điều 5, khoản 2" in a legal text. */
function placeName(path: string[]): string {
  return path[0]?.startsWith('Điều ') ? [path[0], path[1] && `khoản ${path[1]}`, path[2] && `điểm ${path[2]}`].filter(Boolean).join(', ') : `mục ${path.join('.')}`;
}

/** The longest part of the path that exists, and what it holds, to say what is missing. */
function missing(from: SourceNode, path: string[], what: string): { why: string; whyEn: string } {
  let found = 0;
  for (let k = path.length - 1; k > 0; k--) if (walk(from, path.slice(0, k))) { found = k; break; }
  if (!path[0]) return { why: `trích dẫn nêu khoản, điểm mà không nêu Điều`, whyEn: 'the citation names a clause or point but no article' };
  const parent = found ? walk(from, path.slice(0, found))! : from;
  // Parts a citation looks through are listed by what they hold.
  const kids = numbered(parent).flatMap((c) => (c.kind === 'part' ? numbered(c) : [c]));
  const list = kids.map((c) => c.label).join(', ');
  // Under an article the items are its clauses (khoản), letters are points (điểm).
  const noun = kids[0]?.kind === 'point' ? 'điểm' : parent.kind === 'article' ? 'khoản' : 'mục';
  return {
    why: `${found ? placeName(path.slice(0, found)) : what} ${list ? `chỉ có các ${noun} ${list}` : 'không có mục con đánh số nào'}, không có “${path[found]}”`,
    whyEn: `${found ? placeName(path.slice(0, found)) : 'the text'} ${list ? `has only ${list}` : 'has no numbered parts'}, no “${path[found]}”`,
  };
}

/** The trailing paragraphs of the body (after the last numbered part's own lines): "đoạn kết". */
function closingParagraph(body: SourceNode): SourceNode | undefined {
  const all = [...descendants(body)];
  let first: SourceNode | undefined;
  for (let i = all.length - 1; i >= 0 && all[i]!.kind === 'paragraph'; i--) first = all[i];
  return first;
}

export function resolveRef(outline: SourceOutline, ref: CitationRef): Resolution {
  const no = (why: string, whyEn: string): Resolution => ({ found: false, why, whyEn });
  let scope = outline.body;
  if (ref.scope.in === 'attachment') {
    const label = ref.scope.label;
    const att = outline.attachments.find((a) => a.label === label || (!label && a.label !== 'de-cuong'));
    if (!att) {
      return label === 'de-cuong'
        ? no('văn bản không có đề cương báo cáo kèm theo', 'the text has no attached report outline')
        : no(`văn bản không có phụ lục ${label}`.trim(), `the text has no appendix ${label}`.trim());
    }
    scope = att;
  }
  const t = ref.target;
  const what = ref.scope.in === 'attachment' ? (ref.scope.label === 'de-cuong' ? 'đề cương' : 'phụ lục') : 'văn bản';
  switch (t.kind) {
    case 'attachment':
      return { found: true, line: scope.line, endLine: scope.endLine };
    case 'place': {
      const n = walk(scope, t.path);
      return n ? { found: true, line: n.line, endLine: n.endLine } : { found: false, ...missing(scope, t.path, what) };
    }
    case 'dash': {
      const n = walk(scope, t.path);
      if (!n) return { found: false, ...missing(scope, t.path, what) };
      const ds = dashes(n);
      const d = t.n === 0 ? ds.at(-1) : ds[t.n - 1];
      if (d) return { found: true, line: d.line, endLine: d.endLine };
      return no(`${placeName(t.path)} có ${ds.length} gạch đầu dòng`, `${placeName(t.path)} has ${ds.length} dash bullets`);
    }
    case 'paragraph': {
      const n = walk(scope, t.path);
      if (!n) return { found: false, ...missing(scope, t.path, what) };
      // The opening paragraph comes before the first numbered child; the last one may follow the last.
      const ps = t.which === 'first' ? n.children.filter((c) => c.kind === 'paragraph' && c.line < (numbered(n)[0]?.line ?? Infinity)) : paragraphs(n);
      const p = t.which === 'first' ? ps[0] : ps.at(-1);
      if (p) return { found: true, line: p.line, endLine: p.endLine };
      return no(`${placeName(t.path)} không có đoạn văn không đánh số`, `${placeName(t.path)} has no unnumbered paragraph`);
    }
    case 'preamble':
    case 'bases': {
      const first = numbered(outline.body)[0]?.line ?? Infinity;
      const pre = outline.body.children.filter((c) => c.kind === 'paragraph' && c.line < first);
      const p = t.kind === 'bases' ? pre.find((c) => /^(?:Căn cứ|Thực hiện)(?![\p{L}])/u.test(c.text)) : pre.find((c) => /^(?:Căn cứ|Thực hiện)(?![\p{L}])/u.test(c.text)) ?? pre.at(-1);
      if (p) return { found: true, line: p.line, endLine: p.endLine };
      return t.kind === 'bases'
        ? no('phần mở đầu không có câu “Căn cứ …” hay “Thực hiện …”', 'the opening has no “Căn cứ …” or “Thực hiện …” sentence')
        : no('văn bản không có phần mở đầu trước mục đầu tiên', 'the text has no opening before its first part');
    }
    case 'closing': {
      const p = closingParagraph(outline.body);
      return p ? { found: true, line: p.line, endLine: outline.body.endLine } : no('văn bản không có đoạn kết sau mục cuối cùng', 'the text has no closing paragraph after its last part');
    }
    case 'recipients':
      return outline.recipients ? { found: true, line: outline.recipients.line, endLine: outline.recipients.endLine } : no('văn bản không có phần “Nơi nhận”', 'the text has no “Nơi nhận” block');
    case 'footnote': {
      const f = outline.footnotes.find((x) => x.label === String(t.n));
      return f ? { found: true, line: f.line, endLine: f.endLine } : no(`văn bản không có chú thích ${t.n}`, `the text has no footnote ${t.n}`);
    }
  }
}
