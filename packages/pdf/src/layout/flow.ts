import type { FontSet } from '../fonts/font-set.js';
import type { Align, Block, Cell, Columns, Paragraph, Table } from './blocks.js';
import { LayoutError } from './layout-error.js';
import { breakLines, widestWord, type Line } from './line-breaker.js';
import { contentBottom, cutRow, startHeight } from './row-split.js';
import { turned, type Orientation } from './orientation.js';
import type { PageSetup } from './page-setup.js';

// Pagination: blocks → pages of positioned drawables. y grows downwards from the top of
// the page; the renderer flips it. Headings keep with what follows, paragraphs avoid
// single orphan/widow lines, tables repeat their header rows and split tall rows between
// lines, columns never split. A break may turn the pages landscape (a section).

export type Drawable =
  | { kind: 'text'; x: number; y: number; line: Line; size: number; align: Align }
  | { kind: 'stroke'; x1: number; y1: number; x2: number; y2: number; width: number }
  /** The box of a signature space (x, y its top left), where a signature field goes. */
  | { kind: 'field'; name: string; x: number; y: number; width: number; height: number };

export interface Page {
  items: Drawable[];
  /** Index of the document within the file (a dossier holds several). */
  docIndex: number;
  /** 1-based page number within its document. */
  pageInDoc: number;
  /** The page's geometry: portrait, or landscape in a section that turned it. */
  setup: PageSetup;
}

const LINE_HEIGHT = 1.15;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 2.5;
const BORDER = 0.5;
/**
 * A row that does not fit the room left moves whole to the next page unless that leaves more
 * than this share of the text height empty; then it is split between lines.
 */
const SPLIT_ROOM = 0.25;
/** Lines a split row keeps of a cell on each side of the cut, where the cell has them. */
const KEEP_LINES = 2;
/** A table whose row would wrap a cell to more lines than this on portrait turns its section landscape. */
const FIT_ROW_LINES = 6;
/** A width no line reaches: a paragraph laid out in it keeps its lines unbroken. */
const UNBOUNDED = 1e6;

/**
 * What must share a page with the end of a block because a later block keeps with what
 * precedes it (a signature area): the height that follows and the block's last lines to keep.
 */
interface Tail {
  height: number;
  lines: number;
}

const isBlank = (p: Paragraph) => p.spans.every((s) => !s.text.trim());

interface LaidParagraph {
  lines: Line[];
  lineHeight: number;
  ascent: number;
}

/** Everything laid out in an unbounded box (cells, columns): drawables relative to (0, 0). */
interface Sub {
  items: Drawable[];
  height: number;
}

/**
 * Moves drawables by (dx, dy) in place. Every `sub()` result is fresh and placed once, so
 * moving instead of copying saves an object per drawable (garbage was a fifth of the time).
 */
function shift(items: Drawable[], dx: number, dy: number): Drawable[] {
  for (const d of items) {
    if (d.kind !== 'stroke') { d.x += dx; d.y += dy; } else { d.x1 += dx; d.x2 += dx; d.y1 += dy; d.y2 += dy; }
  }
  return items;
}

export class Flow {
  readonly pages: Page[] = [];
  private page!: Page;
  private y = 0;
  private docIndex = 0;
  private pageInDoc = 0;
  private readonly laid = new WeakMap<Paragraph, Map<number, LaidParagraph>>();
  private readonly widths = new WeakMap<Table, { width: number; cols: number[] }>();
  private setup!: PageSetup;
  private top = 0;
  private bottom = 0;
  private left = 0;
  private width = 0;

  private readonly wide: PageSetup;

  constructor(private readonly fonts: FontSet, private readonly portrait: PageSetup) {
    this.wide = turned(portrait, 'landscape');
    this.orient(portrait);
    this.newPage();
  }

  private orient(setup: PageSetup): void {
    this.setup = setup;
    this.top = setup.margin.top;
    this.bottom = setup.height - setup.margin.bottom;
    this.left = setup.margin.left;
    this.width = setup.textWidth;
  }

  // ---- geometry ----

  private layPara(p: Paragraph, width: number): LaidParagraph {
    let byWidth = this.laid.get(p);
    if (!byWidth) this.laid.set(p, (byWidth = new Map()));
    let l = byWidth.get(width);
    if (!l) {
      const face = this.fonts.face(p.spans[0]?.face ?? 'regular');
      l = { lines: breakLines(p, width, this.fonts), lineHeight: p.size * (p.lineHeight ?? LINE_HEIGHT), ascent: face.ascent * p.size };
      byWidth.set(width, l);
    }
    return l;
  }

  private paraHeight(p: Paragraph, width: number, atTop: boolean): number {
    const l = this.layPara(p, width);
    return (atTop ? 0 : p.spaceBefore ?? 0) + l.lines.length * l.lineHeight + (p.spaceAfter ?? 0);
  }

  /** Lays blocks out in an unbounded box of a width (cells, columns). */
  private sub(blocks: Block[], width: number): Sub {
    const items: Drawable[] = [];
    let y = 0;
    blocks.forEach((b, i) => {
      if (b.kind === 'p') {
        const l = this.layPara(b, width);
        if (i > 0) y += b.spaceBefore ?? 0;
        for (const line of l.lines) {
          items.push({ kind: 'text', x: 0, y: y + l.ascent + (l.lineHeight - b.size * LINE_HEIGHT) / 2, line, size: b.size, align: b.align });
          y += l.lineHeight;
        }
        y += b.spaceAfter ?? 0;
      } else if (b.kind === 'rule') {
        y += b.spaceBefore ?? 0;
        const x = b.align === 'center' ? (width - b.length) / 2 : 0;
        items.push({ kind: 'stroke', x1: x, y1: y, x2: x + b.length, y2: y, width: b.thickness ?? 0.6 });
        y += b.spaceAfter ?? 0;
      } else if (b.kind === 'space') {
        if (b.signatureField) items.push({ kind: 'field', name: b.signatureField, x: 0, y, width, height: b.height });
        y += b.height;
      } else if (b.kind === 'columns') {
        const s = this.columns(b, width);
        items.push(...shift(s.items, 0, y + (b.spaceBefore ?? 0)));
        y += (b.spaceBefore ?? 0) + s.height + (b.spaceAfter ?? 0);
      } else if (b.kind === 'group') {
        const s = this.sub(b.blocks, width);
        items.push(...shift(s.items, 0, y));
        y += s.height;
      } else if (b.kind === 'table') {
        throw LayoutError.nestedTable();
      }
    });
    return { items, height: y };
  }

  private columns(c: Columns, width: number): Sub {
    const total = c.columns.reduce((n, col) => n + col.width, 0);
    let x = 0;
    const items: Drawable[] = [];
    let height = 0;
    for (const col of c.columns) {
      const w = (col.width / total) * width;
      const s = this.sub(col.blocks, w);
      items.push(...shift(s.items, x, 0));
      height = Math.max(height, s.height);
      x += w;
    }
    return { items, height };
  }

  /** Height a block needs at minimum on the page where it starts. */
  private minStart(b: Block | undefined): number {
    if (!b) return 0;
    switch (b.kind) {
      case 'p': {
        const l = this.layPara(b, this.width);
        // As placeParagraph splits: a paragraph of fewer than four lines is never split.
        const n = b.keepTogether || l.lines.length < 4 ? l.lines.length : 2;
        return (b.spaceBefore ?? 0) + n * l.lineHeight;
      }
      case 'table': return (b.spaceBefore ?? 0) + this.tableStart(b, this.colWidths(b, this.width));
      case 'columns': return (b.spaceBefore ?? 0) + this.columns(b, this.width).height;
      case 'rule': return (b.spaceBefore ?? 0) + (b.spaceAfter ?? 0);
      case 'space': return b.height;
      case 'group': return b.keepTogether ? this.sub(b.blocks, this.width).height : this.minStart(b.blocks[0]);
      case 'break': return 0;
    }
  }

  // ---- pages ----

  private newPage(newDocument = false): void {
    if (newDocument) {
      this.docIndex++;
      this.pageInDoc = 0;
      // A document that starts on a page still empty takes that page over.
      if (this.page && !this.page.items.length) {
        this.page.docIndex = this.docIndex;
        this.page.pageInDoc = ++this.pageInDoc;
        this.y = this.top;
        return;
      }
    }
    this.pageInDoc++;
    this.page = { items: [], docIndex: this.docIndex, pageInDoc: this.pageInDoc, setup: this.setup };
    this.pages.push(this.page);
    this.y = this.top;
  }

  private get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  private get room(): number {
    return this.bottom - this.y;
  }

  private ensure(height: number): void {
    if (height > this.room + 0.01 && !this.atTop) this.newPage();
  }

  // ---- placing ----

  layout(blocks: Block[]): Page[] {
    // What keeps with what, found one stretch between breaks at a time as the flow reaches it,
    // at the text width in force there. Found for every later block at the start and again at
    // each turn of the pages, a dossier's signature areas were laid out once per turn.
    let tails = new Map<number, Tail>();
    let known = 0;
    const tailAt = (j: number): Tail | undefined => {
      while (j >= known) known = this.tailsOf(blocks, known, tails);
      return tails.get(j);
    };
    blocks.forEach((b, i) => {
      if (b.kind === 'break' && this.section(b, blocks, i)) {
        // What keeps with what is measured again at the new text width, from here on.
        tails = new Map();
        known = i + 1;
        return;
      }
      if ('keepWithNext' in b && b.keepWithNext) {
        // A run of headings goes with the start of what follows the last of them.
        let need = this.minHeight(b);
        let j = i + 1;
        for (let x = blocks[j]; x?.kind === 'p' && x.keepWithNext; x = blocks[++j]) need += this.paraHeight(x, this.width, false);
        need += this.minStart(blocks[j]);
        // What follows may itself have to go over with a signature: the headings go with it.
        const t = tailAt(j);
        const next = blocks[j];
        const whole = next?.kind === 'p' ? this.layPara(next, this.width).lines.length <= (t?.lines ?? 0) : next?.kind !== 'table' || next.rows.length === 1;
        if (t && whole && this.fitsPage(need + t.height)) need += t.height;
        this.ensure(need);
      }
      this.place(b, tailAt(i));
    });
    return this.pages;
  }

  /**
   * For every block that keeps with what precedes it, the blocks before it that must end on
   * its page: paragraphs up to two lines of text in all, else the last row of a table or the
   * whole block before. A keeping never reaches back across a break, so this is done for the
   * blocks from `from` (the first block or one after a break) to the next break, into `out`;
   * it returns the index past that break.
   */
  private tailsOf(blocks: Block[], from: number, out: Map<number, Tail>): number {
    let end = from;
    while (end < blocks.length && blocks[end]!.kind !== 'break') end++;
    for (let s = from; s < end; s++) {
      const b = blocks[s]!;
      if (b.kind !== 'group' || !b.keepWithPrevious) continue;
      let need = this.sub(b.blocks, this.width).height;
      let lines = 2;
      for (let j = s - 1; j >= from && lines > 0; j--) {
        const x = blocks[j]!;
        if (x.kind === 'space') { need += x.height; continue; }
        if (x.kind === 'p' && isBlank(x)) { need += this.paraHeight(x, this.width, false); continue; }
        if (x.kind === 'p') {
          const k = Math.min(lines, this.layPara(x, this.width).lines.length);
          out.set(j, { height: need + (x.spaceAfter ?? 0), lines: k });
          need += this.paraHeight(x, this.width, false);
          lines -= k;
          continue;
        }
        // The block's own space after it stands between it and what keeps with it.
        out.set(j, { height: need + ('spaceAfter' in x ? x.spaceAfter ?? 0 : 0), lines: 1 });
        break;
      }
    }
    return end + 1;
  }

  /**
   * Turns the pages at a break that changes their orientation: an empty page is taken over,
   * else a new one starts (a new document too, when the break starts one). Whether it did.
   */
  private section(b: Extract<Block, { kind: 'break' }>, blocks: Block[], at: number): boolean {
    const want: Orientation = b.orientation === 'fit' ? this.orientationFor(blocks, at + 1)
      : b.orientation ?? (b.newDocument || this.setup === this.portrait ? 'portrait' : 'landscape');
    const setup = want === 'landscape' ? this.wide : this.portrait;
    if (setup === this.setup) return false;
    if (b.newDocument) this.newPage(true);
    const empty = !this.page.items.length;
    this.orient(setup);
    if (empty) {
      this.page.setup = setup;
      this.y = this.top;
    } else this.newPage();
    return true;
  }

  /**
   * 'fit': landscape when a table before the next break does not fit portrait: its columns'
   * longest words do not fit side by side, or a cell would wrap to more than FIT_ROW_LINES lines.
   */
  private orientationFor(blocks: Block[], from: number): Orientation {
    const width = this.portrait.textWidth;
    for (let i = from; i < blocks.length && blocks[i]!.kind !== 'break'; i++) {
      const t = blocks[i]!;
      if (t.kind !== 'table') continue;
      const { cols, least } = this.measureCols(t, width);
      if (least.reduce((a, b) => a + b, 0) > width + 0.01) return 'landscape';
      for (const row of t.rows) {
        const r = this.rowSub(row, cols);
        if (r.cells.some((c) => c.items.filter((d) => d.kind === 'text').length > FIT_ROW_LINES)) return 'landscape';
      }
    }
    return 'portrait';
  }

  /** Whether a height fits on an empty page (else keeping it together is given up). */
  private fitsPage(height: number): boolean {
    return height <= this.bottom - this.top + 0.01;
  }

  private minHeight(b: Block): number {
    if (b.kind === 'p') return this.paraHeight(b, this.width, this.atTop);
    return this.minStart(b);
  }

  private place(b: Block, tail?: Tail): void {
    switch (b.kind) {
      case 'break':
        if (b.newDocument) this.newPage(true);
        else if (!this.atTop) this.newPage();
        return;
      case 'space':
        if (this.atTop) return;
        if (b.signatureField) this.page.items.push({ kind: 'field', name: b.signatureField, x: this.left, y: this.y, width: this.width, height: Math.min(b.height, this.bottom - this.y) });
        this.y = Math.min(this.bottom, this.y + b.height);
        return;
      case 'rule': {
        this.ensure((b.spaceBefore ?? 0) + 1);
        this.y += b.spaceBefore ?? 0;
        const x = this.left + (b.align === 'center' ? (this.width - b.length) / 2 : 0);
        this.page.items.push({ kind: 'stroke', x1: x, y1: this.y, x2: x + b.length, y2: this.y, width: b.thickness ?? 0.6 });
        this.y += b.spaceAfter ?? 0;
        return;
      }
      case 'columns': {
        const s = this.columns(b, this.width);
        const own = (b.spaceBefore ?? 0) + s.height;
        this.ensure(tail && this.fitsPage(own + tail.height) ? own + tail.height : own);
        if (!this.atTop) this.y += b.spaceBefore ?? 0;
        this.page.items.push(...shift(s.items, this.left, this.y));
        this.y += s.height + (b.spaceAfter ?? 0);
        return;
      }
      case 'group': {
        if (b.keepTogether) {
          const s = this.sub(b.blocks, this.width);
          if (s.height <= this.bottom - this.top) {
            this.ensure(tail && this.fitsPage(s.height + tail.height) ? s.height + tail.height : s.height);
            this.page.items.push(...shift(s.items, this.left, this.y));
            this.y += s.height;
            return;
          }
        }
        this.layout(b.blocks);
        return;
      }
      case 'p':
        this.placeParagraph(b, tail);
        return;
      case 'table':
        this.placeTable(b, tail);
        return;
    }
  }

  private placeParagraph(p: Paragraph, tail?: Tail): void {
    const l = this.layPara(p, this.width);
    const lines = l.lines;
    if (!this.atTop) this.y += p.spaceBefore ?? 0;
    let i = 0;
    while (i < lines.length) {
      const remaining = lines.length - i;
      let fit = Math.floor((this.room + 0.01) / l.lineHeight);
      const keep = tail ? Math.min(tail.lines, remaining) : 0;
      if (tail && fit >= remaining && remaining * l.lineHeight + tail.height > this.room + 0.01 && this.fitsPage(keep * l.lineHeight + tail.height)) {
        // The last lines go over with what keeps with them; never one line left behind alone.
        fit = remaining - keep;
        if (fit < 2 && i === 0) fit = 0;
        if (fit <= 0) {
          if (!this.atTop) { this.newPage(); continue; }
          fit = remaining;
        }
      } else if (fit < remaining) {
        // Keep at least two lines at a page foot and two at the next page's head.
        if (p.keepTogether && !this.atTop) fit = 0;
        else if (remaining >= 4) {
          if (fit < 2) fit = 0;
          else if (remaining - fit < 2) fit = remaining - 2;
        } else if (!this.atTop) fit = 0;
        if (fit <= 0 && !this.atTop) { this.newPage(); continue; }
        fit = Math.max(fit, 1);
      }
      const n = Math.min(fit, remaining);
      for (let k = 0; k < n; k++) {
        this.page.items.push({ kind: 'text', x: this.left, y: this.y + l.ascent, line: lines[i + k]!, size: p.size, align: p.align });
        this.y += l.lineHeight;
      }
      i += n;
      if (i < lines.length) this.newPage();
    }
    this.y += p.spaceAfter ?? 0;
  }

  // ---- tables ----

  private colWidths(t: Table, width: number): number[] {
    const known = this.widths.get(t);
    if (known?.width === width) return known.cols;
    const { cols } = this.measureCols(t, width);
    this.widths.set(t, { width, cols });
    return cols;
  }

  /**
   * Column widths and each column's least width (its longest word: "STT" never breaks). By
   * shares, a column is widened to its least width at the expense of the columns with room to
   * spare. By content (after the automatic table layout of CSS 2.1 §17.5.2.2): between its
   * longest word and its longest unbroken line, each column gets its share, and the room a
   * column of short lines leaves goes to the columns of long ones (the summary of
   * achievements), so one long text does not squeeze the others to a word a line.
   */
  private measureCols(t: Table, width: number): { cols: number[]; least: number[] } {
    const pad = 2 * CELL_PAD_X + 0.5;
    const least = t.widths.map(() => 0);
    const most = t.widths.map(() => 0);
    const content = t.sizing === 'content';
    const measure = (rows: Cell[][], widest: boolean) => {
      for (const row of rows) {
        let col = 0;
        for (const cell of row) {
          const span = cell.colSpan ?? 1;
          if (span === 1) {
            for (const b of cell.blocks) {
              least[col] = Math.max(least[col]!, widestWord(b, this.fonts) + pad);
              if (widest) most[col] = Math.max(most[col]!, ...this.layPara(b, UNBOUNDED).lines.map((l) => l.width + l.offset + pad));
            }
          }
          col += span;
        }
      }
    };
    // A header's long label wraps rather than taking room from the data.
    measure(t.header, false);
    measure(t.rows, content);
    if (content) {
      const lo = least.reduce((a, b) => a + b, 0);
      if (lo >= width) return { cols: least.map((w) => (w / lo) * width), least };
      const full = least.map((w, i) => Math.max(w, most[i]!));
      const sum = full.reduce((a, b) => a + b, 0);
      // All lines unbroken with room to spare: the spare goes to the columns in proportion to their width.
      if (sum <= width) return { cols: full.map((w) => (w / sum) * width), least };
      // Each column first gets its share, or less if its longest line needs less, never less
      // than its longest word (the part above it scaled down when the shares do not fit)…
      const total = t.widths.reduce((a, b) => a + b, 0);
      const base = full.map((f, i) => Math.max(least[i]!, Math.min(f, (t.widths[i]! / total) * width)));
      const over = base.reduce((a, b) => a + b, 0) - lo;
      const scale = Math.min(1, (width - lo) / over);
      const cols = base.map((b, i) => least[i]! + (b - least[i]!) * scale);
      // …then what short columns leave goes to the columns of long lines, by their shares.
      let left = width - cols.reduce((a, b) => a + b, 0);
      for (let pass = 0; pass < cols.length && left > 0.01; pass++) {
        const open = cols.map((c, i) => c < full[i]! - 0.01);
        const w = t.widths.reduce((a, x, i) => a + (open[i] ? x : 0), 0);
        if (w <= 0) break;
        cols.forEach((c, i) => {
          if (!open[i]) return;
          const add = Math.min((t.widths[i]! / w) * left, full[i]! - c);
          cols[i] = c + add;
        });
        left = width - cols.reduce((a, b) => a + b, 0);
      }
      return { cols, least };
    }
    const total = t.widths.reduce((a, b) => a + b, 0);
    const cols = t.widths.map((w) => (w / total) * width);
    const short = cols.reduce((n, w, i) => n + Math.max(0, least[i]! - w), 0);
    const spare = cols.reduce((n, w, i) => n + Math.max(0, w - least[i]!), 0);
    // Only when the others can give the room up; otherwise long words are cut as before.
    if (short > 0 && spare > short) {
      for (let i = 0; i < cols.length; i++) {
        const w = cols[i]!;
        cols[i] = w < least[i]! ? least[i]! : w - ((w - least[i]!) / spare) * short;
      }
    }
    return { cols, least };
  }

  private rowSub(row: Cell[], widths: number[]): { cells: Sub[]; height: number; xs: number[]; ws: number[] } {
    const cells: Sub[] = [];
    const xs: number[] = [];
    const ws: number[] = [];
    let col = 0;
    let x = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      cells.push(this.sub(cell.blocks, w - 2 * CELL_PAD_X));
      xs.push(x);
      ws.push(w);
      x += w;
      col += span;
    }
    const height = Math.max(...cells.map((c) => c.height), 0) + 2 * CELL_PAD_Y;
    return { cells, height, xs, ws };
  }

  private drawRow(r: ReturnType<Flow['rowSub']>, y: number, height: number, items: Drawable[][] = r.cells.map((c) => c.items)): void {
    const x0 = this.left;
    const out = this.page.items;
    r.cells.forEach((_, i) => out.push(...shift(items[i]!, x0 + r.xs[i]! + CELL_PAD_X, y + CELL_PAD_Y)));
    const right = x0 + r.xs[r.xs.length - 1]! + r.ws[r.ws.length - 1]!;
    out.push({ kind: 'stroke', x1: x0, y1: y, x2: right, y2: y, width: BORDER });
    out.push({ kind: 'stroke', x1: x0, y1: y + height, x2: right, y2: y + height, width: BORDER });
    for (let i = 0; i < r.xs.length; i++) out.push({ kind: 'stroke', x1: x0 + r.xs[i]!, y1: y, x2: x0 + r.xs[i]!, y2: y + height, width: BORDER });
    out.push({ kind: 'stroke', x1: right, y1: y, x2: right, y2: y + height, width: BORDER });
  }

  /**
   * Height a table needs where it starts: its header rows, and the first row, or its first
   * lines when it is tall enough to split (a header is never the last thing on a page); a
   * heading row (a group title) brings the start of the row after it.
   */
  private tableStart(t: Table, widths: number[], wholeRow = false): number {
    const head = t.header.reduce((n, r) => n + this.rowSub(r, widths).height, 0);
    let need = head;
    for (const row of t.rows) {
      const r = this.rowSub(row, widths);
      if (!isHeadingRow(row)) return need + (wholeRow ? r.height : rowStart(r));
      need += r.height;
    }
    return need;
  }

  private placeTable(t: Table, tail?: Tail): void {
    const widths = this.colWidths(t, this.width);
    const header = t.header.map((r) => this.rowSub(r, widths));
    const headerHeight = header.reduce((n, r) => n + r.height, 0);
    // Header rows are drawn on every page the table spans: each time from a copy, since
    // drawing moves drawables in place.
    const putHeader = () => {
      for (const h of header) {
        this.drawRow(h, this.y, h.height, h.cells.map((c) => c.items.map((d) => ({ ...d }))));
        this.y += h.height;
      }
    };
    let placedOnPage = 0;
    const turnPage = () => {
      this.newPage();
      putHeader();
      placedOnPage = 0;
    };
    if (!this.atTop) this.y += t.spaceBefore ?? 0;
    const rows = t.rows.map((r) => this.rowSub(r, widths));
    const after = tail ? tail.height + (t.spaceAfter ?? 0) : 0;
    const page = this.bottom - this.top;
    // The table starts here with its first lines, or on the next page with its first row whole
    // when that row does not fit and moving it leaves less than a quarter page empty.
    const whole = this.tableStart(t, widths, true);
    let start = this.tableStart(t, widths);
    if (whole > this.room + 0.01 && this.room - (t.spaceBefore ?? 0) <= SPLIT_ROOM * page && this.fitsPage(whole)) start = whole;
    if (tail && rows.length === 1 && this.fitsPage(whole + after)) start = whole + after;
    this.ensure(start);
    putHeader();
    rows.forEach((r, idx) => {
      // The last row goes over with what keeps with it.
      if (tail && idx === rows.length - 1 && placedOnPage > 0 && r.height + after > this.room + 0.01 && this.fitsPage(headerHeight + r.height + after)) turnPage();
      const next = rows[idx + 1];
      const heading = isHeadingRow(t.rows[idx]!) && next !== undefined;
      const need = heading ? r.height + rowStart(next) : r.height;
      if (need > this.room + 0.01 && placedOnPage > 0) {
        // A row that does not fit moves whole, unless it is taller than a page or moving it
        // would leave more than a quarter of the page empty: then it is split between lines.
        const split = !heading && (r.height > page - headerHeight || this.room > SPLIT_ROOM * page);
        if (!split) turnPage();
      }
      if (r.height <= this.room + 0.01) {
        this.drawRow(r, this.y, r.height);
        this.y += r.height;
        placedOnPage++;
        return;
      }
      let rest = r.cells.map((c) => c.items);
      for (;;) {
        const cut = cutRow(rest, this.room - 2 * CELL_PAD_Y, KEEP_LINES, placedOnPage === 0);
        if (!cut) { turnPage(); continue; }
        const used = Math.max(...cut.now.map(contentBottom), 0) + 2 * CELL_PAD_Y;
        this.drawRow(r, this.y, used, cut.now);
        this.y += used;
        rest = cut.later;
        if (!rest.some((items) => items.length)) break;
        turnPage();
      }
      placedOnPage++;
    });
    this.y += t.spaceAfter ?? 0;
  }
}

/** A row set all in bold (a group's title, "I. Tập thể"): it keeps with the row after it. */
function isHeadingRow(row: Cell[]): boolean {
  // Asked for every row at every page turn check: loops, so no arrays of spans are made.
  let printed = false;
  for (const c of row) {
    for (const b of c.blocks) {
      for (const s of b.spans) {
        if (!s.text.trim()) continue;
        if (s.face !== 'bold' && s.face !== 'boldItalic') return false;
        printed = true;
      }
    }
  }
  return printed;
}

/** Height a row needs on the page where it starts. */
function rowStart(r: { cells: { items: Drawable[] }[]; height: number }): number {
  return Math.min(r.height, startHeight(r.cells.map((c) => c.items), KEEP_LINES) + 2 * CELL_PAD_Y);
}
