// Object streams inflated with a hard cap on the output. pdf-lib's own decoder inflates a whole
// deflate block at once, and one block can hold gigabytes of zeros; pako hands its output over in
// chunks, so inflating stops at the first chunk past the cap, before more memory is taken.
import pako from 'pako';

const CHUNK_BYTES = 64 * 1024;
const PAST_LIMIT = Symbol('past the limit');

/** What [[inflateAtMost]] gives back: the bytes, `'too-large'`, or the zlib error of damaged data. */
export type InflateResult = { bytes: Uint8Array } | { tooLarge: true } | { error: string };

/** Inflates zlib data (FlateDecode), giving up as soon as the output passes `limit` bytes. */
export function inflateAtMost(data: Uint8Array, limit: number): InflateResult {
  const inflator = new pako.Inflate({ chunkSize: CHUNK_BYTES });
  const chunks: Uint8Array[] = [];
  let size = 0;
  inflator.onData = (chunk) => {
    size += chunk.length;
    if (size > limit) throw PAST_LIMIT;
    chunks.push(chunk as Uint8Array);
  };
  try {
    inflator.push(data, true);
  } catch (e) {
    if (e === PAST_LIMIT) return { tooLarge: true };
    throw e;
  }
  if (inflator.err) return { error: inflator.msg || `zlib ${inflator.err}` };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}
