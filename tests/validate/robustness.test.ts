// Hostile and broken input: never a crash, never a polluted prototype, always an answer.
import { validate } from '@thidua/validate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const PLAN = 'dong-nai-so-ket-2023';

describe('prototype poisoning', () => {
  it('a "__proto__" key from JSON stays data and is reported, Object.prototype untouched', () => {
    const data = JSON.parse(JSON.stringify(example(PLAN, 'report')).replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},'));
    data.header = JSON.parse(JSON.stringify(data.header).replace('{', '{"__proto__":{"isAdmin":true},'));
    data.header.agency = 'Ủy ban nhân dân huyện Xuân Lộc'.normalize('NFD'); // forces a copy of header
    const r = validate(PLAN, 'report', data);
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).isAdmin).toBeUndefined();
    expect(r.ok).toBe(false);
    const paths = r.errors.filter((e) => e.code === 'additionalProperties').map((e) => e.params?.['property']);
    // Keys come from the data: quoted between Unicode isolates (FSI … PDI).
    expect(paths).toEqual(expect.arrayContaining(['\u2068__proto__\u2069', '\u2068constructor\u2069']));
    expect(r.errors.find((e) => e.path === '/header/__proto__')?.message).toBe('«Thông tin văn bản»: Mục “\u2068__proto__\u2069” không thuộc mẫu hồ sơ: xóa mục này.');
  });
});

describe('malformed input', () => {
  it('refuses non-objects with one clear error', () => {
    for (const v of [null, 42, 'text', [], true, undefined]) {
      const r = validate(PLAN, 'report', v);
      expect(r.ok).toBe(false);
      expect(r.errors.map((e) => e.code)).toEqual(['not-object']);
      expect(r.errors[0]!.message).toBe('Gửi hồ sơ dưới dạng một đối tượng JSON.');
    }
  });

  it('deep nesting yields too-deep, not a stack overflow', () => {
    let deep: any = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.x = {};
    const r = validate(PLAN, 'report', root);
    expect(r.errors.map((e) => e.code)).toEqual(['too-deep']);
  });

  it('a huge submission yields too-large quickly', () => {
    const data = example(PLAN, 'report');
    data.sections.thuanLoi = { text: 'x', indicators: Object.fromEntries(Array.from({ length: 2_000_000 }, (_, i) => [`k${i}`, i])) };
    const t = performance.now();
    const r = validate(PLAN, 'report', data);
    expect(r.errors.map((e) => e.code)).toEqual(['too-large']);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('a 5 MB text is refused by maxLength with the field named', () => {
    const data = example(PLAN, 'report');
    data.sections.thuanLoi.text = 'Nội dung dài. '.repeat(400_000);
    const r = validate(PLAN, 'report', data);
    const e = r.errors.find((x) => x.path === '/sections/thuanLoi/text');
    expect(e?.code).toBe('maxLength');
    expect(e?.message).toContain('«1. Thuận lợi»');
  });

  it('random JSON never throws and always explains itself (fast-check)', () => {
    const base = example(PLAN, 'nomination');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('header', 'coverLetter', 'nominees', 'councilMinutes', 'phase'), (junk, key) => {
        const data = { ...structuredClone(base), [key]: junk };
        const r = validate(PLAN, 'nomination', data);
        if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(5);
        return typeof r.ok === 'boolean';
      }),
      { numRuns: 300 },
    );
  });
});
