// A TrueType subsetter for PDF embedding (CIDFontType2, CIDToGIDMap Identity). fontkit's
// decodes every glyph outline and re-encodes every table (≈ 3.8 ms a subset against
// 0.3 ms here, docs/decisions/0006); here glyph records are copied byte for byte by their `loca` range, only composite
// glyphs have their component ids rewritten. Input: a font passed through padGlyphs (long
// `loca`, padded records). Browser-safe TypedArray code.

import { FontError } from './font-error.js';
import { pad4, readTables, writeSfnt, type TableRecord } from './sfnt.js';

/** The parsed, reusable part of a font: shared by every subset made from it. */
export class SubsetSource {
  readonly view: DataView;
  readonly tables: Map<string, TableRecord>;
  readonly numGlyphs: number;
  private readonly numHMetrics: number;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.tables = new Map(readTables(this.view).map((t) => [t.tag, t]));
    if (this.view.getInt16(this.table('head').offset + 50) !== 1) throw FontError.notPadded();
    this.numGlyphs = this.view.getUint16(this.table('maxp').offset + 4);
    this.numHMetrics = this.view.getUint16(this.table('hhea').offset + 34);
  }

  table(tag: string): TableRecord {
    const t = this.tables.get(tag);
    if (!t) throw FontError.missingTable('ttf-subset', tag);
    return t;
  }

  /** [start, end) of a glyph record inside the file. */
  glyphRange(gid: number): [number, number] {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf').offset;
    return [glyf + this.view.getUint32(loca + gid * 4), glyf + this.view.getUint32(loca + gid * 4 + 4)];
  }

  /** Advance width and left side bearing in font units. */
  metrics(gid: number): [number, number] {
    const hmtx = this.table('hmtx').offset;
    const i = Math.min(gid, this.numHMetrics - 1);
    const advance = this.view.getUint16(hmtx + i * 4);
    const lsb = gid < this.numHMetrics ? this.view.getInt16(hmtx + gid * 4 + 2) : this.view.getInt16(hmtx + this.numHMetrics * 4 + (gid - this.numHMetrics) * 2);
    return [advance, lsb];
  }

  /** Component glyph ids of a composite glyph, with the byte offsets of their id fields. */
  components(gid: number): { gid: number; at: number }[] {
    const [start, end] = this.glyphRange(gid);
    if (end - start < 10 || this.view.getInt16(start) >= 0) return [];
    const out: { gid: number; at: number }[] = [];
    let at = start + 10;
    let flags: number;
    do {
      flags = this.view.getUint16(at);
      out.push({ gid: this.view.getUint16(at + 2), at: at + 2 - start });
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
    } while (flags & 0x0020);
    return out;
  }
}

/**
 * Glyphs of one document's subset, under their ids in the font (CID = glyph id), so the bytes
 * that draw a word are the same in every document; glyphs a document does not use are empty
 * records. Ids past the font's last are copies of the glyphs `copies` lists.
 */
export class TtfSubset {
  private readonly kept: Uint8Array;
  private last = 0;

  constructor(private readonly src: SubsetSource, private readonly copies: readonly number[] = []) {
    this.kept = new Uint8Array(src.numGlyphs + copies.length);
    this.kept[0] = 1; // .notdef
  }

  /** The glyph an id draws: itself, or the glyph it is a copy of. */
  private source(id: number): number {
    return id < this.src.numGlyphs ? id : this.copies[id - this.src.numGlyphs]!;
  }

  /** Adds a glyph by id, and the glyphs a composite glyph is built from. */
  include(id: number): void {
    if (this.kept[id]) return;
    this.kept[id] = 1;
    if (id > this.last) this.last = id;
    for (const c of this.src.components(this.source(id))) this.include(c.gid);
  }

  /** Glyph slots in the subset: up to the last id used. */
  get size(): number {
    return this.last + 1;
  }

  /** The subset as a TrueType file. */
  encode(): Uint8Array {
    const src = this.src;
    const bytes = src.bytes;
    const n = this.size;
    // glyf + loca; an unused id is an empty record. Records are padded to 4 bytes, so offsets
    // are even and a glyf under 128 KB takes the short loca (offset / 2): unused ids cost half.
    let glyfLen = 0;
    for (let id = 0; id < n; id++) if (this.kept[id]) { const [s, e] = src.glyphRange(this.source(id)); glyfLen += pad4(e - s); }
    const glyf = new Uint8Array(glyfLen);
    const short = glyfLen / 2 <= 0xffff;
    const loca = new Uint8Array((n + 1) * (short ? 2 : 4));
    const locaV = new DataView(loca.buffer);
    const setLoca = short ? (i: number, at: number) => locaV.setUint16(i * 2, at / 2) : (i: number, at: number) => locaV.setUint32(i * 4, at);
    // hmtx: every glyph gets its own long metric (zero for the empty ones)
    const hmtx = new Uint8Array(n * 4);
    const hv = new DataView(hmtx.buffer);
    let at = 0;
    for (let id = 0; id < n; id++) {
      setLoca(id, at);
      if (!this.kept[id]) continue;
      const gid = this.source(id);
      const [s, e] = src.glyphRange(gid);
      glyf.set(bytes.subarray(s, e), at);
      at += pad4(e - s);
      const [adv, lsb] = src.metrics(gid);
      hv.setUint16(id * 4, adv);
      hv.setInt16(id * 4 + 2, lsb);
    }
    setLoca(n, at);
    const copy = (tag: string) => { const t = src.table(tag); return bytes.slice(t.offset, t.offset + t.length); };
    const head = copy('head');
    new DataView(head.buffer).setInt16(50, short ? 0 : 1);
    const hhea = copy('hhea');
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy('maxp');
    new DataView(maxp.buffer).setUint16(4, n);
    // post format 3: no glyph names (not needed inside a PDF).
    const post = copy('post').slice(0, 32);
    new DataView(post.buffer).setUint32(0, 0x00030000);
    const tables: [string, Uint8Array][] = [['glyf', glyf], ['head', head], ['hhea', hhea], ['hmtx', hmtx], ['loca', loca], ['maxp', maxp], ['post', post]];
    if (src.tables.has('OS/2')) tables.push(['OS/2', copy('OS/2')]);
    tables.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return writeSfnt(tables);
  }
}
