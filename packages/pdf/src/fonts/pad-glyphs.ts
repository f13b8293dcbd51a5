// fontkit 1.1.1's subsetter copies glyph records as they are and then writes a short
// `loca` (offsets / 2). Tinos has glyph records of odd length, so in the subset every glyph
// after the first odd one is cut or shifted: text extracts fine but prints blank
// (docs/decisions/0007). Re-laying the font out with every record padded to 4 bytes and a long
// `loca` makes any subset of it well-formed. Plain TypedArray code: runs in browsers too.

import { FontError } from './font-error.js';
import { pad4, readTables, writeSfnt } from './sfnt.js';

/** True when every glyph record already starts on a 4-byte boundary and has a 4-byte multiple length. */
export function glyphsArePadded(font: Uint8Array): boolean {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const head = tables.find((t) => t.tag === 'head');
  const loca = tables.find((t) => t.tag === 'loca');
  const maxp = tables.find((t) => t.tag === 'maxp');
  if (!head || !loca || !maxp) return false;
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  for (let i = 0; i <= numGlyphs; i++) {
    const off = longLoca ? view.getUint32(loca.offset + i * 4) : view.getUint16(loca.offset + i * 2) * 2;
    if (off % 4 !== 0) return false;
  }
  return true;
}

// Tables only the TrueType hinting interpreter reads. Screen and print renderers of PDFs
// rasterise at high resolution or auto-hint; dropping them (and the per-glyph
// instructions) roughly halves every embedded subset.
const HINTING_TABLES = new Set(['fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX', 'DSIG']);

/** A glyph record without its TrueType instructions. */
function stripInstructions(g: Uint8Array): Uint8Array {
  if (g.length < 10) return g;
  const v = new DataView(g.buffer, g.byteOffset, g.byteLength);
  const contours = v.getInt16(0);
  if (contours >= 0) {
    const at = 10 + 2 * contours;
    const len = v.getUint16(at);
    if (!len) return g;
    const out = new Uint8Array(g.length - len);
    out.set(g.subarray(0, at + 2));
    new DataView(out.buffer).setUint16(at, 0);
    out.set(g.subarray(at + 2 + len), at + 2);
    return out;
  }
  // Composite: clear WE_HAVE_INSTRUCTIONS on every component and cut what follows the last.
  const out = g.slice();
  const ov = new DataView(out.buffer);
  let at = 10;
  let flags: number;
  let had = false;
  do {
    flags = ov.getUint16(at);
    if (flags & 0x0100) { had = true; ov.setUint16(at, flags & ~0x0100); }
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
  } while (flags & 0x0020);
  return had ? out.subarray(0, at) : g;
}

export interface PadOptions {
  /** Also drop TrueType hinting (instructions and their tables): much smaller subsets. */
  stripHinting?: boolean;
}

/** Returns a copy of a TrueType font whose glyph records are 4-byte padded, with a long `loca`. */
export function padGlyphs(font: Uint8Array, opts: PadOptions = {}): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const get = (tag: string) => {
    const t = tables.find((x) => x.tag === tag);
    if (!t) throw FontError.missingTable('padGlyphs', tag);
    return t;
  };
  const head = get('head');
  const loca = get('loca');
  const glyf = get('glyf');
  const numGlyphs = view.getUint16(get('maxp').offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const offsetOf = (i: number) => (longLoca ? view.getUint32(loca.offset + i * 4) : view.getUint16(loca.offset + i * 2) * 2);

  // New glyf and loca.
  const records: Uint8Array[] = [];
  let glyfSize = 0;
  for (let i = 0; i < numGlyphs; i++) {
    const start = glyf.offset + offsetOf(i);
    let rec = font.subarray(start, glyf.offset + offsetOf(i + 1));
    if (opts.stripHinting) rec = stripInstructions(rec);
    records.push(rec);
    glyfSize += pad4(rec.length);
  }
  const newGlyf = new Uint8Array(glyfSize);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    locaView.setUint32(i * 4, at);
    newGlyf.set(records[i]!, at);
    at += pad4(records[i]!.length);
  }
  locaView.setUint32(numGlyphs * 4, at);
  const newHead = font.slice(head.offset, head.offset + head.length);
  new DataView(newHead.buffer).setInt16(50, 1); // indexToLocFormat: long

  const kept = opts.stripHinting ? tables.filter((t) => !HINTING_TABLES.has(t.tag)) : tables;
  const bodies = kept.map((t) =>
    t.tag === 'glyf' ? newGlyf : t.tag === 'loca' ? newLoca : t.tag === 'head' ? newHead : font.subarray(t.offset, t.offset + t.length),
  );
  return writeSfnt(kept.map((t, i) => [t.tag, bodies[i]!]));
}
