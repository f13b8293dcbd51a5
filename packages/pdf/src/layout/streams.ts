import pako from 'pako';
import type { PDFDocument, PDFRawStream } from 'pdf-lib';

export type Deflate = (bytes: Uint8Array) => Uint8Array;

type BufferLike = { from(s: string, enc: 'latin1'): Uint8Array };
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/** A string of chars 0–255 (content streams with literal glyph bytes) as bytes. */
export function latin1(s: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(s, 'latin1');
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const encoder = new TextEncoder();

/** Content streams are pure ASCII, so their UTF-8 bytes are the bytes (native encoder: fast). */
export function ascii(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Flate-compressed streams through an injectable deflate (native zlib in Node is much faster than pako). */
export class StreamFactory {
  private readonly deflate: Deflate;

  constructor(private readonly doc: PDFDocument, deflate?: Deflate) {
    this.deflate = deflate ?? ((b) => pako.deflate(b));
  }

  deflated(bytes: Uint8Array, extra: Record<string, number> = {}): PDFRawStream {
    return this.doc.context.stream(this.deflate(bytes), { Filter: 'FlateDecode', ...extra });
  }
}
