// Run by max-issues.test.ts in a child process of its own, so that what validate() allocates
// shows in that process's resident memory alone:
//   node --conditions=@thidua/source --import tsx tests/validate/rss-probe.ts <nominees> [maxIssues]
// prints { ms, rssGrowthMB, errors, truncated, codes } as JSON.
import { validate } from '@thidua/validate';
import { emptyNominees, example } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const count = Number(process.argv[2]);
const maxIssues = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
validate(PLAN, 'nomination', example(PLAN, 'nomination')); // compiles the schema
const body = JSON.parse(JSON.stringify(emptyNominees(PLAN, count)));
global.gc?.();
const before = process.memoryUsage().rss;
const t0 = performance.now();
const r = validate(PLAN, 'nomination', body, maxIssues === undefined ? {} : { maxIssues });
const ms = performance.now() - t0;
// maxRSS is the peak of the process's life, in KiB: it catches what a collection freed since.
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({
  ms,
  rssGrowthMB: (Math.max(peak, process.memoryUsage().rss) - before) / 1e6,
  errors: r.errors.length,
  truncated: r.truncated ?? false,
  codes: [...new Set(r.errors.map((e) => e.code))],
}));
