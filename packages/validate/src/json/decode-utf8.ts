import { invalidUtf8 } from './json-text-error.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * UTF-8 bytes as text, refusing anything the standard decoder would have to replace: stray
 * continuation bytes, truncated sequences, overlong forms (C0 80) and encoded surrogates
 * (ED A0 80). A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw invalidUtf8(at, bytes[at] ?? 0, line);
  }
}

/**
 * The offset of the first byte the decoder replaced: the replacement decoding agrees with the
 * bytes up to its first U+FFFD that the bytes do not spell as EF BF BD themselves.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = lossy.decode(bytes);
  let offset = 0;
  let from = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) {
    offset += encoder.encode(text.slice(from, i)).length;
    from = i;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return bytes.length;
}
