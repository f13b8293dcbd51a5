import type { FaceName } from '../fonts/font-source.js';
import type { FontSet } from '../fonts/font-set.js';
import type { Paragraph } from './blocks.js';

/** A run of text in one face with no break opportunity inside ("word"), or one space. */
export interface Token {
  face: FaceName;
  text: string;
  width: number;
  space: boolean;
}

export interface Line {
  tokens: Token[];
  /** Natural width of the tokens. */
  width: number;
  /** Room the line may fill (for alignment and justification). */
  available: number;
  /** Left offset from the paragraph's box (indents). */
  offset: number;
  /** Last line of its paragraph: never justified. */
  last: boolean;
}

const SPACE_RE = /(\s+)/u;

/** Splits spans at whitespace; text is already NFC. Whitespace collapses to one space. */
function tokenize(para: Paragraph, fonts: FontSet): Token[] {
  const out: Token[] = [];
  for (const span of para.spans) {
    const face = fonts.face(span.face);
    for (const part of span.text.split(SPACE_RE)) {
      if (!part) continue;
      if (/^\s+$/u.test(part)) {
        if (out.length && !out[out.length - 1]!.space) out.push({ face: span.face, text: ' ', width: face.widthOf(' ', para.size), space: true });
        continue;
      }
      out.push({ face: span.face, text: part, width: face.widthOf(part, para.size), space: false });
    }
  }
  while (out.length && out[out.length - 1]!.space) out.pop();
  while (out.length && out[0]!.space) out.shift();
  return out;
}

/** Cuts a word wider than the line into pieces that fit (URLs, long codes). */
function splitLongWord(t: Token, room: number, fonts: FontSet, size: number): Token[] {
  const face = fonts.face(t.face);
  const pieces: Token[] = [];
  let cur = '';
  for (const ch of t.text) {
    if (cur && face.widthOf(cur + ch, size) > room) {
      pieces.push({ ...t, text: cur, width: face.widthOf(cur, size) });
      cur = '';
    }
    cur += ch;
  }
  if (cur) pieces.push({ ...t, text: cur, width: face.widthOf(cur, size) });
  return pieces;
}

/**
 * Greedy line breaking on the font's real advance widths. Words are measured once per
 * document (EmbeddedFace caches them), so breaking is a running sum, not re-measurement.
 */
export function breakLines(para: Paragraph, width: number, fonts: FontSet): Line[] {
  const left = para.leftIndent ?? 0;
  const right = para.rightIndent ?? 0;
  const first = para.firstIndent ?? 0;
  const tokens = tokenize(para, fonts);
  const lines: Line[] = [];
  let cur: Token[] = [];
  let curWidth = 0;
  const roomFor = (lineNo: number) => width - left - right - (lineNo === 0 ? first : 0);
  const flush = (last: boolean) => {
    while (cur.length && cur[cur.length - 1]!.space) curWidth -= cur.pop()!.width;
    const n = lines.length;
    lines.push({ tokens: cur, width: curWidth, available: roomFor(n), offset: left + (n === 0 ? first : 0), last });
    cur = [];
    curWidth = 0;
  };
  // Glue consecutive non-space tokens (a face change inside a word) into one unbreakable unit.
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.space) {
      if (cur.length) { cur.push(t); curWidth += t.width; }
      i++;
      continue;
    }
    let j = i;
    let unitWidth = 0;
    while (j < tokens.length && !tokens[j]!.space) unitWidth += tokens[j++]!.width;
    let unit = tokens.slice(i, j);
    const room = roomFor(lines.length);
    const trailing = cur.length && cur[cur.length - 1]!.space ? 0 : 0;
    if (cur.length && curWidth + unitWidth - trailing > room + 0.01) flush(false);
    const roomNow = roomFor(lines.length);
    if (unitWidth > roomNow + 0.01) {
      unit = unit.flatMap((u) => (u.width > roomNow ? splitLongWord(u, roomNow, fonts, para.size) : [u]));
      for (const piece of unit) {
        if (cur.length && curWidth + piece.width > roomFor(lines.length) + 0.01) flush(false);
        cur.push(piece);
        curWidth += piece.width;
      }
    } else {
      cur.push(...unit);
      curWidth += unitWidth;
    }
    i = j;
  }
  if (cur.length || !lines.length) flush(true);
  else lines[lines.length - 1]!.last = true;
  return lines;
}
