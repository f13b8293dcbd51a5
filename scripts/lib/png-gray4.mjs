// Reference pages as 16-level greyscale PNG: a printed page is black text on white, so 4 bits
// a pixel keep the text's anti-aliasing readable at a third of the size of 8-bit RGB (which is
// all poppler 22's pdftoppm writes as PNG, even with -gray).
import { encode } from 'fast-png';

/** A binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
export function readPgm(buf) {
  let at = 0;
  const fields = [];
  while (fields.length < 4) {
    while (buf[at] === 0x20 || buf[at] === 0x0a || buf[at] === 0x0d || buf[at] === 0x09) at++;
    if (buf[at] === 0x23) { while (buf[at] !== 0x0a) at++; continue; }
    const start = at;
    while (at < buf.length && !(buf[at] === 0x20 || buf[at] === 0x0a || buf[at] === 0x0d || buf[at] === 0x09)) at++;
    fields.push(buf.toString('latin1', start, at));
  }
  const [magic, width, height, max] = [fields[0], +fields[1], +fields[2], +fields[3]];
  if (magic !== 'P5' || max !== 255) throw new Error(`not an 8-bit binary PGM (${magic}, max ${max})`);
  return { width, height, pixels: buf.subarray(at + 1, at + 1 + width * height) };
}

/** 8-bit grey pixels → 4-bit greyscale PNG bytes (deflate level 6: level 9 takes half as long again for 2 % less). */
export function gray4Png({ width, height, pixels }) {
  const stride = Math.ceil(width / 2);
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const q = (pixels[y * width + x] * 15 + 127) / 255 | 0;
      data[y * stride + (x >> 1)] |= x & 1 ? q : q << 4;
    }
  }
  return encode({ width, height, data, depth: 4, channels: 1 }, { zlib: { level: 6 } });
}
