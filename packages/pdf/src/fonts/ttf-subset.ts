// A TrueType subsetter for PDF embedding (CIDFontType2, with a CIDToGIDMap from the font's
// glyph ids to the subset's, docs/decisions/0008). fontkit's decodes every glyph outline and
// re-encodes every table (≈ 3.8 ms a subset against 0.3 ms here, docs/decisions/0006); here
// glyph records are copied byte for byte by their `loca` range, only composite glyphs have
// their component ids rewritten. Input: a font passed through padGlyphs (long
// `loca`, padded records). Browser-safe TypedArray code.

import { FontError } from './font-error.js';
import { pad4, readTables, writeSfnt, type TableRecord } from './sfnt.js';

/** The parsed, reusable part of a font: shared by every subset made from it. */
export class SubsetSource {
  readonly view: DataView;
  readonly tables: Map<string, TableRecord>;
  readonly numGlyphs: number;
  private readonly numHMetrics: number;
  // Offsets of the tables read for every glyph of every subset, looked up once.
  private readonly loca: number;
  private readonly glyf: number;
  private readonly hmtx: number;
  /** Each composite glyph's components, read once per font (a subset reads them twice a glyph). */
  private readonly componentsOf: ({ gid: number; at: number }[] | undefined)[] = [];

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.tables = new Map(readTables(this.view).map((t) => [t.tag, t]));
    if (this.view.getInt16(this.table('head').offset + 50) !== 1) throw FontError.notPadded();
    this.numGlyphs = this.view.getUint16(this.table('maxp').offset + 4);
    this.numHMetrics = this.view.getUint16(this.table('hhea').offset + 34);
    this.loca = this.table('loca').offset;
    this.glyf = this.table('glyf').offset;
    this.hmtx = this.table('hmtx').offset;
  }

  table(tag: string): TableRecord {
    const t = this.tables.get(tag);
    if (!t) throw FontError.missingTable('ttf-subset', tag);
    return t;
  }

  /** [start, end) of a glyph record inside the file. */
  glyphRange(gid: number): [number, number] {
    const at = this.loca + gid * 4;
    return [this.glyf + this.view.getUint32(at), this.glyf + this.view.getUint32(at + 4)];
  }

  /** Advance width and left side bearing in font units. */
  metrics(gid: number): [number, number] {
    const hmtx = this.hmtx;
    const i = Math.min(gid, this.numHMetrics - 1);
    const advance = this.view.getUint16(hmtx + i * 4);
    const lsb = gid < this.numHMetrics ? this.view.getInt16(hmtx + gid * 4 + 2) : this.view.getInt16(hmtx + this.numHMetrics * 4 + (gid - this.numHMetrics) * 2);
    return [advance, lsb];
  }

  /** Component glyph ids of a composite glyph, with the byte offsets of their id fields. */
  components(gid: number): readonly { gid: number; at: number }[] {
    let c = this.componentsOf[gid];
    if (!c) this.componentsOf[gid] = c = this.readComponents(gid);
    return c;
  }

  private readComponents(gid: number): { gid: number; at: number }[] {
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

/** A subset as embedded: the font, and the map from the ids drawn (CIDs) to its glyphs. */
export interface EncodedSubset {
  font: Uint8Array;
  /** CIDToGIDMap: for each CID from 0 to the last drawn, its glyph in `font` (2 bytes, big-endian). */
  cidToGid: Uint8Array;
}

/**
 * The glyphs one document draws. They are drawn under their ids in the font (CID = glyph id),
 * so the bytes that draw a word are the same in every document; the subset packs them (and
 * the glyphs composite glyphs are built from) tightly, and a CIDToGIDMap leads from the ids
 * to the packed glyphs. Ids past the font's last are copies of the glyphs `copies` lists.
 */
export class TtfSubset {
  private readonly drawn: Uint8Array;
  private last = 0;

  constructor(private readonly src: SubsetSource, private readonly copies: readonly number[] = []) {
    this.drawn = new Uint8Array(src.numGlyphs + copies.length);
  }

  /** Adds a glyph by the id it is drawn with. */
  include(id: number): void {
    this.drawn[id] = 1;
    if (id > this.last) this.last = id;
  }

  /** The subset as a TrueType file, with its CIDToGIDMap. */
  encode(): EncodedSubset {
    const src = this.src;
    const bytes = src.bytes;
    // Packed order: .notdef, the drawn glyphs by id, then the glyphs composites are built from.
    const order: number[] = [0];
    const packed = new Map<number, number>([[0, 0]]);
    const add = (gid: number, asCopy = false): number => {
      let at = asCopy ? undefined : packed.get(gid);
      if (at !== undefined) return at;
      at = order.length;
      order.push(gid);
      if (!asCopy) packed.set(gid, at);
      for (const c of src.components(gid)) add(c.gid);
      return at;
    };
    const cidToGid = new Uint8Array((this.last + 1) * 2);
    const map = new DataView(cidToGid.buffer);
    for (let id = 1; id <= this.last; id++) {
      if (!this.drawn[id]) continue;
      const copy = id >= src.numGlyphs;
      map.setUint16(id * 2, add(copy ? this.copies[id - src.numGlyphs]! : id, copy));
    }
    const n = order.length;
    // glyf + loca (long)
    let glyfLen = 0;
    for (const gid of order) { const [s, e] = src.glyphRange(gid); glyfLen += pad4(e - s); }
    const glyf = new Uint8Array(glyfLen);
    const loca = new Uint8Array((n + 1) * 4);
    const locaV = new DataView(loca.buffer);
    let at = 0;
    order.forEach((gid, i) => {
      locaV.setUint32(i * 4, at);
      const [s, e] = src.glyphRange(gid);
      glyf.set(bytes.subarray(s, e), at);
      const comps = src.components(gid);
      if (comps.length) {
        const v = new DataView(glyf.buffer, at);
        for (const c of comps) v.setUint16(c.at, packed.get(c.gid)!);
      }
      at += pad4(e - s);
    });
    locaV.setUint32(n * 4, at);
    // hmtx: every glyph gets its own long metric
    const hmtx = new Uint8Array(n * 4);
    const hv = new DataView(hmtx.buffer);
    order.forEach((gid, i) => { const [adv, lsb] = src.metrics(gid); hv.setUint16(i * 4, adv); hv.setInt16(i * 4 + 2, lsb); });
    const copy = (tag: string) => { const t = src.table(tag); return bytes.slice(t.offset, t.offset + t.length); };
    const head = copy('head');
    new DataView(head.buffer).setInt16(50, 1);
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
    return { font: writeSfnt(tables), cidToGid };
  }
}
