// `maxIssues` bounds what one validation lists and how much work hostile input can cause; under
// the bound the result is exactly the unbounded one. Bounded by default: 200 errors, 200
// warnings, 60 000 values.
import { execFileSync } from 'node:child_process';
import { DEFAULT_LIMITS, DEFAULT_MAX_ISSUES, validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { blankFreeText, emptyNominees, example } from './helpers.js';
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

  it('lists 200 errors by default; Infinity lists them all', () => {
    expect(DEFAULT_MAX_ISSUES).toBe(200);
    const big = blankFreeText(largeDamRongGiayKhen(40), getSchema(PLAN, 'nomination'));
    const every = validate(PLAN, 'nomination', big, { maxIssues: Infinity });
    expect(every.errors.length).toBeGreaterThan(DEFAULT_MAX_ISSUES);
    expect(every.truncated).toBeUndefined();
    const cut = validate(PLAN, 'nomination', big);
    expect(cut.truncated).toBe(true);
    expect(cut.errors).toEqual(every.errors.slice(0, DEFAULT_MAX_ISSUES));
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

describe('bounded by default', () => {
  it('the node budget is three times the largest real dossier: 300 nominees pass it, the issue\'s 2 MB body does not', () => {
    const count = (v: unknown): number => (v && typeof v === 'object' ? 1 + Object.values(v).reduce((n: number, x) => n + count(x), 0) : 1);
    const real = largeDamRongGiayKhen(300);
    expect(count(real)).toBeLessThan(DEFAULT_LIMITS.maxNodes / 3);
    expect(validate(PLAN, 'nomination', real).errors.map((e) => e.code)).not.toContain('too-large');
  });

  it('the issue\'s 2 MB body of 95 161 empty nominees: one too-large error at once (was 15 s, 1 046 773 errors, 1.2 GB)', () => {
    const body = emptyNominees(PLAN, 95_161);
    expect(JSON.stringify(body).length).toBeGreaterThan(2_000_000);
    const t0 = performance.now();
    const r = validate(PLAN, 'nomination', body);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.errors.map((e) => e.code)).toEqual(['too-large']);
    expect(r.errors[0]!.message).toBe('Dữ liệu quá 60.000 phần tử: kiểm tra lại tệp gửi lên.');
  });

  it('24 000 empty nominees, within the node budget: the first 200 errors, truncated, fast', () => {
    const t0 = performance.now();
    const r = validate(PLAN, 'nomination', emptyNominees(PLAN, 24_000));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    expect(r.truncated).toBe(true);
    expect(r.errors).toHaveLength(DEFAULT_MAX_ISSUES);
    expect(r.errors.find((e) => e.path === '/nominees')?.code).toBe('maxItems');
  });

  it('49 000 unknown keys: the first 200 errors, truncated, fast', () => {
    const data = example(PLAN, 'nomination');
    for (let i = 0; i < 49_000; i++) data.header[`k${i}`] = 0;
    const t0 = performance.now();
    const r = validate(PLAN, 'nomination', data);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.truncated).toBe(true);
    expect(r.errors).toHaveLength(DEFAULT_MAX_ISSUES);
  });

  it('memory does not grow with the number of errors (resident memory of a child process)', () => {
    const probe = (...args: string[]) => JSON.parse(execFileSync(process.execPath, ['--conditions=@thidua/source', '--import', 'tsx', 'tests/validate/rss-probe.ts', ...args], { encoding: 'utf8' }));
    for (const args of [['95161'], ['24000'], ['24000', 'Infinity']]) {
      const r = probe(...args);
      expect(r.rssGrowthMB, args.join(' ')).toBeLessThan(200);
      // The child's own time on the validation, not its start: a bound against blow-ups, not a speed goal.
      expect(r.ms, args.join(' ')).toBeLessThan(2000);
    }
  }, 60_000);
});
