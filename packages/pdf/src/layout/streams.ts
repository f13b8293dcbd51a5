import pako from 'pako';
import type { PDFDocument, PDFRawStream } from 'pdf-lib';

/** zlib deflate. `bytes` may be a view into a buffer reused after the call: read it during the call only. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

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
