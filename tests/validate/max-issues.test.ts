// `maxIssues` bounds what one validation lists and how much work hostile input can cause; under
// the bound the result is exactly the unbounded one.
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { blankFreeText, example } from './helpers.js';
import { getSchema } from '@thidua/plans';

const PLAN = 'lam-dong-2022-2025';

describe('validate(…, { maxIssues })', () => {
  const blank = blankFreeText(example(PLAN, 'nomination'), getSchema(PLAN, 'nomination'));
  const all = validate(PLAN, 'nomination', blank);

  it('lists at most maxIssues errors, the first ones, and says truncated', () => {
    expect(all.errors.length).toBeGreaterThan(10);
    expect(all.truncated).toBeUndefined();
    const cut = validate(PLAN, 'nomination', blank, { maxIssues: 5 });
    expect(cut.ok).toBe(false);
    expect(cut.truncated).toBe(true);
    expect(cut.errors).toHaveLength(5);
    expect(cut.errors.map((e) => e.path)).toEqual(all.errors.slice(0, 5).map((e) => e.path));
  });

  it('changes nothing when the issues fit', () => {
    expect(validate(PLAN, 'nomination', blank, { maxIssues: all.errors.length + all.warnings.length })).toEqual(all);
    const ok = validate(PLAN, 'nomination', example(PLAN, 'nomination'), { maxIssues: 1 });
    expect(ok.ok).toBe(true);
    expect(ok.truncated).toBeUndefined();
  });

  it('bounds the work on a body of thousands of empty nominees', () => {
    const hostile = { ...example(PLAN, 'nomination'), nominees: Array.from({ length: 20_000 }, () => ({ type: 'individual' })) };
    const r = validate(PLAN, 'nomination', hostile, { maxIssues: 100 });
    expect(r.ok).toBe(false);
    expect(r.truncated).toBe(true);
    expect(r.errors.length).toBeLessThanOrEqual(100);
  });
});
