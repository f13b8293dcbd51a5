import type { FontSet } from '../fonts/font-set.js';
import type { Align, Block, Cell, Columns, Paragraph, Table } from './blocks.js';
import { LayoutError } from './layout-error.js';
import { breakLines, widestWord, type Line } from './line-breaker.js';
import type { PageSetup } from './page-setup.js';

// Pagination: blocks → pages of positioned drawables. y grows downwards from the top of
// the page; the renderer flips it. Headings keep with what follows, paragraphs avoid
// single orphan/widow lines, tables repeat their header rows, columns never split.

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
}

const LINE_HEIGHT = 1.15;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 2.5;
const BORDER = 0.5;

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
  private readonly top: number;
  private readonly bottom: number;
  private readonly left: number;
  private readonly width: number;

  constructor(private readonly fonts: FontSet, setup: PageSetup) {
    this.top = setup.margin.top;
    this.bottom = setup.height - setup.margin.bottom;
    this.left = setup.margin.left;
    this.width = setup.textWidth;
    this.newPage();
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
      case 'table': {
        const widths = this.colWidths(b, this.width);
        const head = b.header.reduce((n, r) => n + this.rowSub(r, widths).height, 0);
        const first = b.rows[0] ? this.rowSub(b.rows[0], widths).height : 0;
        return (b.spaceBefore ?? 0) + head + first;
      }
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
    this.page = { items: [], docIndex: this.docIndex, pageInDoc: this.pageInDoc };
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
    const tails = this.tailsOf(blocks);
    blocks.forEach((b, i) => {
      if ('keepWithNext' in b && b.keepWithNext) {
        // A run of headings goes with the start of what follows the last of them.
        let need = this.minHeight(b);
        let j = i + 1;
        for (let x = blocks[j]; x?.kind === 'p' && x.keepWithNext; x = blocks[++j]) need += this.paraHeight(x, this.width, false);
        need += this.minStart(blocks[j]);
        // What follows may itself have to go over with a signature: the headings go with it.
        const t = tails.get(j);
        const next = blocks[j];
        const whole = next?.kind === 'p' ? this.layPara(next, this.width).lines.length <= (t?.lines ?? 0) : next?.kind !== 'table' || next.rows.length === 1;
        if (t && whole && this.fitsPage(need + t.height)) need += t.height;
        this.ensure(need);
      }
      this.place(b, tails.get(i));
    });
    return this.pages;
  }

  /**
   * For every block that keeps with what precedes it, the blocks before it that must end on
   * its page: paragraphs up to two lines of text in all, else the last row of a table or the
   * whole block before.
   */
  private tailsOf(blocks: Block[]): Map<number, Tail> {
    const out = new Map<number, Tail>();
    blocks.forEach((b, s) => {
      if (b.kind !== 'group' || !b.keepWithPrevious) return;
      let need = this.sub(b.blocks, this.width).height;
      let lines = 2;
      for (let j = s - 1; j >= 0 && lines > 0; j--) {
        const x = blocks[j]!;
        if (x.kind === 'break') break;
        if (x.kind === 'space') { need += x.height; continue; }
        if (x.kind === 'p' && isBlank(x)) { need += this.paraHeight(x, this.width, false); continue; }
        if (x.kind === 'p') {
          const k = Math.min(lines, this.layPara(x, this.width).lines.length);
          out.set(j, { height: need + (x.spaceAfter ?? 0), lines: k });
          need += this.paraHeight(x, this.width, false);
          lines -= k;
          continue;
        }
        out.set(j, { height: need, lines: 1 });
        break;
      }
    });
    return out;
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

  /**
   * The table's shares of the width, each column widened to its longest word ("STT" never
   * breaks) at the expense of the columns with room to spare.
   */
  private colWidths(t: Table, width: number): number[] {
    const known = this.widths.get(t);
    if (known?.width === width) return known.cols;
    const total = t.widths.reduce((a, b) => a + b, 0);
    const cols = t.widths.map((w) => (w / total) * width);
    const least = cols.map(() => 0);
    for (const row of [...t.header, ...t.rows]) {
      let col = 0;
      for (const cell of row) {
        const span = cell.colSpan ?? 1;
        if (span === 1) for (const b of cell.blocks) least[col] = Math.max(least[col]!, widestWord(b, this.fonts) + 2 * CELL_PAD_X + 0.5);
        col += span;
      }
    }
    const short = cols.reduce((n, w, i) => n + Math.max(0, least[i]! - w), 0);
    const spare = cols.reduce((n, w, i) => n + Math.max(0, w - least[i]!), 0);
    // Only when the others can give the room up; otherwise long words are cut as before.
    if (short > 0 && spare > short) {
      for (let i = 0; i < cols.length; i++) {
        const w = cols[i]!;
        cols[i] = w < least[i]! ? least[i]! : w - ((w - least[i]!) / spare) * short;
      }
    }
    this.widths.set(t, { width, cols });
    return cols;
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
    if (!this.atTop) this.y += t.spaceBefore ?? 0;
    const rows = t.rows.map((r) => this.rowSub(r, widths));
    const after = tail ? tail.height + (t.spaceAfter ?? 0) : 0;
    const start = headerHeight + (rows[0]?.height ?? 0);
    this.ensure(rows.length === 1 && this.fitsPage(start + after) ? start + after : start);
    putHeader();
    let placedOnPage = 0;
    rows.forEach((r, idx) => {
      // The last row goes over with what keeps with it.
      if (tail && idx === rows.length - 1 && placedOnPage > 0 && r.height + after > this.room + 0.01 && this.fitsPage(headerHeight + r.height + after)) {
        this.newPage();
        putHeader();
        placedOnPage = 0;
      }
      if (r.height > this.room + 0.01) {
        const fresh = this.bottom - this.top - headerHeight;
        if (r.height <= fresh || placedOnPage > 0) {
          if (r.height <= fresh) { this.newPage(); putHeader(); placedOnPage = 0; }
        }
      }
      if (r.height <= this.room + 0.01) {
        this.drawRow(r, this.y, r.height);
        this.y += r.height;
        placedOnPage++;
        return;
      }
      // A row taller than a page: cut its cells' content between lines.
      let rest = r.cells.map((c) => c.items);
      while (rest.some((items) => items.length)) {
        const avail = this.room - 2 * CELL_PAD_Y;
        const now: Drawable[][] = [];
        const later: Drawable[][] = [];
        for (const items of rest) {
          const cut = cutPoint(items, avail);
          now.push(items.filter((d) => top(d) < cut));
          later.push(shift(items.filter((d) => top(d) >= cut), 0, -cut));
        }
        const used = Math.max(...now.map((items) => bottomOf(items)), 0) + 2 * CELL_PAD_Y;
        this.drawRow(r, this.y, used, now);
        this.y += used;
        rest = later;
        if (rest.some((items) => items.length)) { this.newPage(); putHeader(); }
      }
      placedOnPage++;
    });
    this.y += t.spaceAfter ?? 0;
  }
}

function top(d: Drawable): number {
  return d.kind === 'text' ? d.y - d.size * 0.9 : d.kind === 'field' ? d.y : Math.min(d.y1, d.y2);
}
function bottom(d: Drawable): number {
  return d.kind === 'text' ? d.y + d.size * 0.3 : d.kind === 'field' ? d.y + d.height : Math.max(d.y1, d.y2);
}
function bottomOf(items: Drawable[]): number {
  return items.reduce((m, d) => Math.max(m, bottom(d)), 0);
}
/** The largest line boundary at or above `avail` (first item top beyond it). */
function cutPoint(items: Drawable[], avail: number): number {
  let cut = avail;
  for (const d of items) {
    const t = top(d);
    const b = bottom(d);
    if (t < avail && b > avail) cut = Math.min(cut, t);
  }
  return Math.max(cut, 1);
}
