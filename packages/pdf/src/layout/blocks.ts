import type { FaceName } from '../fonts/font-source.js';

// The document model the builders produce and the flow engine paginates. Sizes in points.

export interface Span {
  text: string;
  face: FaceName;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  size: number;
  align: Align;
  /** First-line indent (Decree 30: 1 cm or 1.27 cm for body text). */
  firstIndent?: number;
  leftIndent?: number;
  rightIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line height as a multiple of the size (single ≈ 1.15 for Times metrics). */
  lineHeight?: number;
  /** Never leave this at a page foot without the start of what follows (headings). */
  keepWithNext?: boolean;
  /** Never split this paragraph across pages. */
  keepTogether?: boolean;
  /**
   * A title line (agency, signer's title): broken into lines of similar width, never inside
   * a place name or a compound word, and at every "\n" of the text.
   */
  balanced?: boolean;
}

export interface Paragraph extends ParagraphStyle {
  kind: 'p';
  spans: Span[];
}

export interface Rule {
  kind: 'rule';
  length: number;
  align: 'left' | 'center';
  thickness?: number;
  spaceBefore?: number;
  spaceAfter?: number;
}

export interface Space {
  kind: 'space';
  height: number;
  /** A signer's place: an empty signature field named "document.role" fills this space. */
  signatureField?: string;
}

export interface Cell {
  blocks: Paragraph[];
  colSpan?: number;
}

export interface Table {
  kind: 'table';
  /** Column widths as shares of the text width (they are normalised). */
  widths: number[];
  /** Header rows, repeated on every page the table spans. */
  header: Cell[][];
  rows: Cell[][];
  spaceBefore?: number;
  spaceAfter?: number;
  keepWithNext?: boolean;
  /**
   * 'content': column widths from the cells' content (no narrower than the longest word, room
   * given by the longest unbroken line), `widths` ignored; 'shares' (default): `widths`, each
   * column widened to its longest word.
   */
  sizing?: 'shares' | 'content';
}

/** Side-by-side columns (document header, signature area), never split across pages. */
export interface Columns {
  kind: 'columns';
  columns: { width: number; blocks: Block[] }[];
  spaceBefore?: number;
  spaceAfter?: number;
  keepWithNext?: boolean;
}

/** Blocks kept on one page together when they fit on one page. */
export interface Group {
  kind: 'group';
  blocks: Block[];
  keepTogether: boolean;
  /**
   * Takes the end of what precedes it onto its page: the last two lines of body text, the
   * last table row or the whole block before (a signature never stands alone on a page).
   */
  keepWithPrevious?: boolean;
}

export interface PageBreak {
  kind: 'break';
  /** Starts a new document in the same file: page numbering restarts, page 1 unnumbered. */
  newDocument?: boolean;
  /**
   * The pages from here to the next orientation change: 'fit' turns them landscape when a
   * table among the blocks up to the next break does not fit a portrait page (see Flow), else
   * portrait. A new document without an orientation starts portrait.
   */
  orientation?: 'portrait' | 'landscape' | 'fit';
}

export type Block = Paragraph | Rule | Space | Table | Columns | Group | PageBreak;

export const p = (spans: Span[] | string, style: ParagraphStyle, face: FaceName = 'regular'): Paragraph => ({
  kind: 'p',
  spans: typeof spans === 'string' ? [{ text: spans, face }] : spans,
  ...style,
});
