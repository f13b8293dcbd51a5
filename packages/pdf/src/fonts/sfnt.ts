// The sfnt container (TrueType/OpenType): its table directory, read and written. Shared by
// padGlyphs (re-lays a whole font out) and the subsetter (writes a new, smaller font).

export interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

export const pad4 = (n: number) => (n + 3) & ~3;

export function readTables(view: DataView): TableRecord[] {
  const numTables = view.getUint16(4);
  const out: TableRecord[] = [];
  for (let i = 0; i < numTables; i++) {
    const p = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(p), view.getUint8(p + 1), view.getUint8(p + 2), view.getUint8(p + 3));
    out.push({ tag, offset: view.getUint32(p + 8), length: view.getUint32(p + 12) });
  }
  return out;
}

/** The sfnt checksum: big-endian uint32 words summed, the last word zero-padded. */
export function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const n = bytes.length & ~3;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < n; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (n < bytes.length) {
    let last = 0;
    for (let i = n; i < bytes.length; i++) last |= bytes[i]! << (24 - 8 * (i - n));
    sum = (sum + last) >>> 0;
  }
  return sum;
}

/**
 * A TrueType file from its tables (in the order given; callers keep tags sorted when they
 * can), with table checksums and head.checksumAdjustment filled in.
 */
export function writeSfnt(tables: [string, Uint8Array][]): Uint8Array {
  const headerSize = 12 + tables.length * 16;
  const out = new Uint8Array(headerSize + tables.reduce((s, [, b]) => s + pad4(b.length), 0));
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tables.length);
  const pow = 2 ** Math.floor(Math.log2(tables.length));
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, tables.length * 16 - pow * 16);
  let offset = headerSize;
  let headAt = -1;
  tables.forEach(([tag, body], i) => {
    const p = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(p + k, tag.charCodeAt(k));
    if (tag === 'head') {
      headAt = offset;
      body = body.slice();
      new DataView(body.buffer).setUint32(8, 0);
    }
    v.setUint32(p + 4, checksum(body));
    v.setUint32(p + 8, offset);
    v.setUint32(p + 12, body.length);
    out.set(body, offset);
    offset += pad4(body.length);
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
