import pako from 'pako';
import type { PDFDocument, PDFRawStream } from 'pdf-lib';

export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** Content streams are pure ASCII: one byte per character, without a TextEncoder pass. */
export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
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
