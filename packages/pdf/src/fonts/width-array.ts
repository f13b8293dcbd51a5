import { PDFObject, type PDFContext } from 'pdf-lib';

/**
 * A CIDFont's /W array written as pdf-lib writes arrays (`[ 3 [ 500 250 ] 10 [ 333 ] ]`),
 * without a PDFNumber and a PDFArray per glyph: those, their number formatting and their
 * garbage were a sixth of the time to embed a face. Advances are already rounded to hundredths,
 * so `String()` writes them as pdf-lib's number formatting does.
 */
export class WidthArray extends PDFObject {
  private readonly text: string;

  /** `ids` ascending, `advance(id)` in 1/1000 em. */
  constructor(ids: readonly number[], advance: (id: number) => number) {
    super();
    let s = '[ ';
    for (let k = 0; k < ids.length; ) {
      const first = ids[k]!;
      s += `${first} [ `;
      for (let n = 0; k < ids.length && ids[k] === first + n; n++) s += `${Math.round(advance(ids[k++]!) * 100) / 100} `;
      s += '] ';
    }
    this.text = s + ']';
  }

  override clone(_context?: PDFContext): WidthArray {
    return this;
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const s = this.text;
    for (let i = 0; i < s.length; i++) buffer[offset + i] = s.charCodeAt(i);
    return s.length;
  }
}
