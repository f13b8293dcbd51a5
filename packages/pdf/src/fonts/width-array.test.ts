import fc from 'fast-check';
import { PDFContext } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { WidthArray } from './width-array.js';

/** The /W array as pdf-lib builds and writes it from plain arrays: `first [w w w …]` per run of consecutive ids. */
function pdfLibWidths(ids: number[], advance: (id: number) => number) {
  const widths: (number | number[])[] = [];
  for (let k = 0; k < ids.length; ) {
    const run: number[] = [];
    const first = ids[k]!;
    while (k < ids.length && ids[k] === first + run.length) run.push(Math.round(advance(ids[k++]!) * 100) / 100);
    widths.push(first, run);
  }
  return PDFContext.create().obj(widths);
}

const bytesOf = (o: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, at: number): number }) => {
  const buf = new Uint8Array(o.sizeInBytes() + 4);
  const n = o.copyBytesInto(buf, 2);
  return { n, bytes: Buffer.from(buf.subarray(2, 2 + n)).toString('latin1'), edges: [buf[0], buf[1], buf[buf.length - 2], buf[buf.length - 1]] };
};

describe('WidthArray', () => {
  it('writes the bytes pdf-lib writes for the same widths', () => {
    const cases: [number[], (id: number) => number][] = [
      [[], () => 500],
      [[3], () => 500],
      [[3, 4, 5, 9, 10, 200], (id) => 250 + id * 0.123456],
      [[0, 1, 2, 3], (id) => (id === 2 ? 0 : 722.168)],
    ];
    for (const [ids, advance] of cases) {
      const ours = new WidthArray(ids, advance);
      const theirs = pdfLibWidths(ids, advance);
      expect(ours.toString()).toBe(theirs.toString());
      expect(ours.sizeInBytes()).toBe(theirs.sizeInBytes());
      const a = bytesOf(ours);
      expect(a).toEqual(bytesOf(theirs));
      expect(a.n).toBe(ours.sizeInBytes());
      expect(a.edges).toEqual([0, 0, 0, 0]);
    }
  });

  it('agrees with pdf-lib on any ascending ids and advances', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { maxLength: 200 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(fc.property(ids, fc.double({ min: 0, max: 4000, noNaN: true }), (sorted, scale) => {
      const advance = (id: number) => ((id * 7919) % 1000) * (scale / 1000);
      return new WidthArray(sorted, advance).toString() === pdfLibWidths(sorted, advance).toString();
    }));
  });
});
