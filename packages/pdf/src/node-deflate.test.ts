import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeDeflate, windowBitsFor } from './node-deflate.js';

/** Content-stream-like bytes: operators, numbers and glyph bytes, repetitive as pages are. */
function pageLike(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let seed = 7;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[i] = i % 61 < 40 ? 0x20 + ((i * 7) % 60) : seed & 0xff;
  }
  return out;
}

describe('nodeDeflate', () => {
  it('gives back every byte through zlib inflate, from empty streams to ones larger than the widest window', () => {
    for (const n of [0, 1, 249, 250, 251, 600, 2_000, 11_000, 32_506, 32_507, 100_000, 300_000]) {
      const input = pageLike(n);
      expect(Buffer.from(zlib.inflateSync(nodeDeflate(input))).equals(Buffer.from(input)), `${n} bytes`).toBe(true);
    }
  });

  it('takes the smallest window that reaches back over the whole stream', () => {
    for (const n of [0, 250, 251, 1_000, 11_000, 16_122, 16_123, 32_506, 32_507, 1e6]) {
      const bits = windowBitsFor(n);
      expect(bits).toBeGreaterThanOrEqual(9);
      expect(bits).toBeLessThanOrEqual(15);
      if (bits < 15) expect(2 ** bits).toBeGreaterThanOrEqual(n + 262);
      if (bits > 9) expect(2 ** (bits - 1)).toBeLessThan(n + 262);
    }
    expect([windowBitsFor(250), windowBitsFor(251), windowBitsFor(16_122), windowBitsFor(16_123)]).toEqual([9, 10, 14, 15]);
  });

  it('compresses a page about as well as zlib at its defaults', () => {
    const input = pageLike(11_000);
    const ours = nodeDeflate(input).length;
    const defaults = zlib.deflateSync(input, { level: 1 }).length;
    expect(ours).toBeLessThanOrEqual(defaults * 1.02);
  });
});
