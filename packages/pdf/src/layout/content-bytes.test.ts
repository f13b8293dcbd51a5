import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentBytes } from './content-bytes.js';

const text = (b: ContentBytes) => Buffer.from(b.view()).toString('latin1');

describe('ContentBytes', () => {
  it('writes numbers exactly as (Math.round(v * 100) / 100).toString() does', () => {
    const out = new ContentBytes();
    for (const v of [0, -0, 0.004, -0.004, 0.005, -0.005, 12, 774.8, 761.6, -12.345, 1e-9, 99.995, -99.995, 595.28, 841.89, 1234567.891, 1e16, NaN, Infinity]) {
      out.clear();
      expect(text(out.num(v)), String(v)).toBe((Math.round(v * 100) / 100).toString());
    }
    fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (v) => {
      out.clear();
      return text(out.num(v)) === (Math.round(v * 100) / 100).toString();
    }));
  });

  it('keeps every byte of a page as it grows past its first buffer', () => {
    const out = new ContentBytes();
    let expected = '';
    for (let i = 0; i < 5000; i++) {
      out.text('(\u00e9\u0001)').byte(0x20).num(i / 7).byte(0x0a);
      expected += `(\u00e9\u0001) ${Math.round((i / 7) * 100) / 100}\n`;
    }
    expect(out.view().length).toBeGreaterThan(1 << 14);
    expect(text(out)).toBe(expected);
    out.clear();
    expect(out.view().length).toBe(0);
  });
});
