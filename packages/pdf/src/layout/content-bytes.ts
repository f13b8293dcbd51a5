// A page's content stream written straight into bytes. Built as a JS string it was a rope of
// tens of thousands of small pieces, flattened and copied again into bytes for deflate: a
// tenth of the time of a document went to the concatenation, its garbage and that copy.

/** Bytes of '0'…'9', '.', '-'. */
const ZERO = 0x30;
const DOT = 0x2e;
const MINUS = 0x2d;

/** Grows as needed; reused page after page, so one buffer serves a whole document. */
export class ContentBytes {
  private buf = new Uint8Array(1 << 14);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Chars 0–255 (operators, and glyph bytes already escaped for a literal string), one byte each. */
  text(s: string): this {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.len = at;
    return this;
  }

  byte(b: number): this {
    this.room(1);
    this.buf[this.len++] = b;
    return this;
  }

  /**
   * A number rounded to hundredths, written as `(Math.round(v * 100) / 100).toString()` would
   * (no trailing zeros, "0" for minus zero), without making the string.
   */
  num(v: number): this {
    let r = Math.round(v * 100);
    if (!Number.isFinite(r) || Math.abs(r) >= 1e15) return this.text(String(r / 100));
    this.room(20);
    const buf = this.buf;
    if (r < 0) {
      buf[this.len++] = MINUS;
      r = -r;
    }
    const frac = r % 100;
    let int = (r - frac) / 100;
    // Integer digits, most significant first.
    const start = this.len;
    do {
      buf[this.len++] = ZERO + (int % 10);
      int = Math.floor(int / 10);
    } while (int > 0);
    for (let a = start, b = this.len - 1; a < b; a++, b--) {
      const t = buf[a]!;
      buf[a] = buf[b]!;
      buf[b] = t;
    }
    if (frac) {
      buf[this.len++] = DOT;
      buf[this.len++] = ZERO + Math.floor(frac / 10);
      if (frac % 10) buf[this.len++] = ZERO + (frac % 10);
    }
    return this;
  }

  /**
   * The bytes written since the last `clear()`: a view into the buffer, valid until the next
   * write (deflate reads it during its call and keeps its own output).
   */
  view(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  clear(): void {
    this.len = 0;
  }
}
