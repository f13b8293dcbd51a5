import zlib from 'node:zlib';

/** zlib's least window (2^9 bytes) and its default, the largest (2^15). */
const MIN_WINDOW_BITS = 9;
const MAX_WINDOW_BITS = 15;
/** zlib looks back at most this much less than its window (MIN_LOOKAHEAD). */
const LOOKAHEAD = 262;

/**
 * The smallest window that still reaches back over the whole input: a larger one finds no
 * longer match, but zlib allocates and clears its window, its chain and its hash table
 * (about 256 KB at the defaults) for each stream. A document's streams are 0.5–15 KB, so that
 * setting-up was a large part of deflating them, and it pushed the layout's data out of the
 * CPU's caches. The hash table shrinks with the window (memLevel), as zlib's own
 * recommendation of memory per window size goes.
 */
export function windowBitsFor(length: number): number {
  let bits = MIN_WINDOW_BITS;
  while (bits < MAX_WINDOW_BITS && 1 << bits < length + LOOKAHEAD) bits++;
  return bits;
}

/**
 * Native zlib deflate for Node, passed as `deflate` to typeset/render (browsers use pako).
 * Level 1: a third of the deflate time of level 6 for ~8 % larger files, still half Chromium's.
 */
export const nodeDeflate = (bytes: Uint8Array): Uint8Array => {
  const windowBits = windowBitsFor(bytes.length);
  return zlib.deflateSync(bytes, { level: 1, windowBits, memLevel: Math.max(1, windowBits - 7) });
};
