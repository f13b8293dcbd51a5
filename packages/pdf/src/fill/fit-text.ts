// Where a text field's value goes and at what size, before anything is drawn. pdf-lib sizes an
// automatic (`/DA` size 0) field by growing the size up to 500 pt with a word-wrap count that
// differs from the one it then draws with: a multiline value came out as one 48 pt line, and a
// single-line value was cut at the box edge. Viewers (Acrobat, pdf.js) shrink instead: start at
// 12 pt and go down until the value fits, wrapping a multiline field at every size.

/** The largest size an automatic field is drawn at (Acrobat's default). */
export const AUTO_FONT_SIZE_MAX = 12;
/** The smallest: below 4 pt a printed form is no longer legible, so a value that needs less is refused. */
export const AUTO_FONT_SIZE_MIN = 4;
/** Sizes between the two are tried in these steps. */
const AUTO_FONT_SIZE_STEP = 0.25;

/** The font metrics the layout needs (a pdf-lib `PDFFont` has them). */
export interface TextMeasure {
  widthOfTextAtSize(text: string, size: number): number;
  /** Ascender to descender with `{ descender: true }` (the default), ascender only without. */
  heightAtSize(size: number, options?: { descender?: boolean }): number;
}

/** The inner box of a widget (border and padding taken off). */
export interface FieldBox {
  width: number;
  height: number;
}

export type FieldLayoutKind = 'singleLine' | 'multiline' | 'comb';

export interface FieldLayoutRequest {
  kind: FieldLayoutKind;
  /** The `/DA` size; 0 means automatic. */
  size: number;
  box: FieldBox;
  /** Number of cells of a comb field (its `/MaxLen`). */
  cells?: number;
}

/** A value laid out: the size, and its lines (one per cell for a comb field). */
export interface FieldLayout {
  size: number;
  lines: string[];
  /** Distance between baselines of a multiline field. */
  lineHeight: number;
}

/** Why a value does not fit. */
export type OverflowReason = 'width' | 'height' | 'word';

export type FitResult = { ok: true; layout: FieldLayout } | { ok: false; reason: OverflowReason; size: number; word?: string };

/**
 * Lays out `text` in a field: a fixed size is checked as it is, an automatic size is the largest
 * from [[AUTO_FONT_SIZE_MAX]] down to [[AUTO_FONT_SIZE_MIN]] at which the value fits. Never
 * returns a layout that would be clipped.
 */
export function fitFieldText(text: string, request: FieldLayoutRequest, font: TextMeasure): FitResult {
  if (request.size > 0) return layoutAt(text, request, font, request.size);
  let last: FitResult | undefined;
  // Counting down in whole steps from the maximum keeps the sizes exact (12, 11.75, …).
  for (let step = 0; AUTO_FONT_SIZE_MAX - step * AUTO_FONT_SIZE_STEP >= AUTO_FONT_SIZE_MIN; step++) {
    last = layoutAt(text, request, font, AUTO_FONT_SIZE_MAX - step * AUTO_FONT_SIZE_STEP);
    if (last.ok) return last;
  }
  return last!;
}

function layoutAt(text: string, request: FieldLayoutRequest, font: TextMeasure, size: number): FitResult {
  // `size` is the size tried; `request.size` is 0 while an automatic size is searched.
  const ascent = font.heightAtSize(size, { descender: false });
  const lineHeight = font.heightAtSize(size);
  const { box } = request;
  if (request.kind === 'multiline') {
    // Lines past the box's height are not laid out at all: a long value fails fast at every size.
    const descent = lineHeight - ascent;
    const maxLines = Math.floor((box.height + 0.01 - ascent - descent) / lineHeight) + 1;
    if (maxLines < 1) return { ok: false, reason: 'height', size };
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      const wrapped = wrapParagraph(paragraph, box.width, font, size, maxLines - lines.length);
      if ('word' in wrapped) return { ok: false, reason: 'word', size, word: wrapped.word };
      if ('overflow' in wrapped) return { ok: false, reason: 'height', size };
      lines.push(...wrapped.lines);
    }
    return { ok: true, layout: { size, lines, lineHeight } };
  }
  const line = text.replace(/\n/g, ' ');
  // A fixed size in a low box is the form's own choice (viewers centre it and let it overflow a
  // little); only an automatic size is kept within the height.
  if (request.size === 0 && ascent > box.height + 0.01) return { ok: false, reason: 'height', size };
  if (request.kind === 'comb') {
    const cellWidth = box.width / Math.max(1, request.cells ?? 1);
    const chars = characters(line);
    const wide = chars.find((c) => font.widthOfTextAtSize(c, size) > cellWidth);
    if (wide !== undefined) return { ok: false, reason: 'width', size, word: wide };
    return { ok: true, layout: { size, lines: chars, lineHeight } };
  }
  if (font.widthOfTextAtSize(line, size) > box.width + 0.01) return { ok: false, reason: 'width', size };
  return { ok: true, layout: { size, lines: [line], lineHeight } };
}

type Wrapped = { lines: string[] } | { word: string } | { overflow: true };

/**
 * Greedy word wrap at spaces, at most `maxLines` lines. Widths scale with the size, so each word
 * is measured once at 1 pt (a long value is re-wrapped at up to 33 sizes).
 */
function wrapParagraph(paragraph: string, width: number, font: TextMeasure, size: number, maxLines: number): Wrapped {
  const words = paragraph.split(/ +/).filter((w, i, all) => w !== '' || all.length === 1);
  const space = unitWidth(font, ' ') * size;
  const lines: string[] = [];
  let current: string[] = [];
  let currentWidth = 0;
  for (const word of words) {
    const w = unitWidth(font, word) * size;
    if (w > width + 0.01) return { word };
    if (current.length && currentWidth + space + w > width + 0.01) {
      lines.push(current.join(' '));
      if (lines.length >= maxLines) return { overflow: true };
      current = [word];
      currentWidth = w;
    } else {
      currentWidth += (current.length ? space : 0) + w;
      current.push(word);
    }
  }
  lines.push(current.join(' '));
  return lines.length > maxLines ? { overflow: true } : { lines };
}

const unitWidths = new WeakMap<TextMeasure, Map<string, number>>();

function unitWidth(font: TextMeasure, word: string): number {
  let widths = unitWidths.get(font);
  if (!widths) unitWidths.set(font, (widths = new Map()));
  let w = widths.get(word);
  if (w === undefined) widths.set(word, (w = font.widthOfTextAtSize(word, 1)));
  return w;
}

/** User-perceived characters: a base letter with its combining marks is one comb cell. */
export function characters(text: string): string[] {
  return text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}
