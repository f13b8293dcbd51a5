#!/usr/bin/env node
// `pnpm soak [--minutes 5 | --seconds 30]`: mixed load on a real server process for a while,
// to show that memory stays flat and nothing fails. The server (packages/server/dist, so after
// `pnpm build`) runs in its own process (bench/server-process.mjs, as `thidua serve`, with --expose-gc); a generator
// in another process (bench/open-loop.mjs) sends, each at a fixed rate, valid and invalid
// validations, schema downloads (plain and revalidated with their ETag) and bad requests
// (broken JSON, wrong content type, unknown plan), while one client downloads the PDF of a
// 300-nominee dossier again and again, a second after the last one arrived.
//
// The run is cut into windows of a minute (a fifth of the run when it is shorter than five
// minutes). After each window the PDF client lets its download finish and pauses, and the
// server reports its heap after a full GC (over IPC, as to startCluster's `stats()`: nothing
// about memory is served over HTTP). Fails on any wrong answer, error or timeout, or when the
// heap after GC at the last window is more than 10 % above the first.
import { parseArgs } from 'node:util';
import { closedLoop, openLoop } from '../bench/open-loop.mjs';
import { startServerProcess } from '../bench/server-process.mjs';

const PLAN = 'lam-dong-2022-2025';
const NOMINEES = 300;
const MAX_GROWTH = 0.1;
/** An answer later than this is a timeout: the PDF route's own time limit is the server's business. */
const TIMEOUT_MS = 15_000;

const { values: args } = parseArgs({ options: { minutes: { type: 'string' }, seconds: { type: 'string' } } });
const seconds = args.seconds != null ? Number(args.seconds) : Number(args.minutes ?? 5) * 60;
if (!(seconds >= 5)) {
  console.error('Cách dùng / usage: node scripts/soak.mjs [--minutes N | --seconds N] (ít nhất / at least 5 s)');
  process.exit(2);
}
const windowS = Math.min(60, seconds / 5);
const windows = Math.round(seconds / windowS);

const { getExample } = await import('../packages/plans/dist/index.js');
const { largeDamRongGiayKhen } = await import('../packages/plans/dist/lam-dong/lam-dong-2022-2025/examples.js');

const json = { 'content-type': 'application/json' };
const dossier = JSON.stringify(getExample(PLAN, 'nomination'));
const large = JSON.stringify(largeDamRongGiayKhen(NOMINEES));
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;

console.log(`Soak: ${seconds} s of mixed load, heap after GC every ${windowS} s (${windows} samples)`);
const server = await startServerProcess();
const problems = [];
try {
  const origin = server.url.replace(/\/$/, '');
  const schemaPath = `/schemas/${PLAN}/nomination.json`;
  const etag = (await fetch(origin + schemaPath)).headers.get('etag');
  // Rates a deadline day's traffic for one server could have, low enough that with PDFs
  // still rendered on the event loop (over a second each) the queue they leave behind drains
  // between two PDFs on 2 shared cores: the soak is about memory and failures, not speed.
  const streams = [
    { name: 'validate (valid)', method: 'POST', path: `/submissions/${PLAN}/nomination/validate`, headers: json, body: dossier, rate: 40, expect: [200] },
    { name: 'validate (invalid)', method: 'POST', path: `/submissions/${PLAN}/report/validate`, headers: json, body: '{}', rate: 2, expect: [422] },
    { name: 'schema', method: 'GET', path: schemaPath, rate: 4, expect: [200] },
    { name: 'schema (ETag)', method: 'GET', path: schemaPath, headers: { 'if-none-match': etag }, rate: 4, expect: [304] },
    { name: 'broken JSON', method: 'POST', path: `/submissions/${PLAN}/nomination/validate`, headers: json, body: '{"nominees": [', rate: 1, expect: [400] },
    { name: 'wrong content type', method: 'POST', path: `/submissions/${PLAN}/nomination/validate`, headers: { 'content-type': 'text/plain' }, body: dossier, rate: 1, expect: [415] },
    { name: 'unknown plan', method: 'POST', path: '/submissions/ha-noi-2030/nomination/validate', headers: json, body: dossier, rate: 1, expect: [404] },
  ];
  const pdfs = closedLoop({
    clients: 1,
    request: () => [`${origin}/submissions/${PLAN}/nomination/pdf`, { method: 'POST', headers: json, body: large }],
    timeoutMs: 60_000,
    thinkMs: 1000,
    check: (res, bytes) => res.status === 200 && String.fromCharCode(...bytes.subarray(0, 4)) === '%PDF',
  });

  // Warm-up, not measured: every route once, a PDF (fonts parsed, caches filled), JIT.
  await pdfs.pause();
  await openLoop({ origin, streams, seconds: 3, timeoutMs: TIMEOUT_MS });
  pdfs.resume();

  const samples = [];
  const totals = new Map(streams.map((s) => [s.name, { answered: 0, failures: 0 }]));
  for (let w = 1; w <= windows; w++) {
    const load = await openLoop({ origin, streams, seconds: windowS, timeoutMs: TIMEOUT_MS });
    await pdfs.pause();
    const [stats] = await server.stats();
    for (const r of load.streams) {
      const t = totals.get(r.name);
      t.answered += r.answered;
      t.failures += r.unexpected + r.errors + r.timeouts;
      if (r.unexpected + r.errors + r.timeouts) problems.push(`${r.name}: ${r.unexpected} wrong answers ${JSON.stringify(r.statuses)}, ${r.errors} errors, ${r.timeouts} timeouts in window ${w}`);
    }
    const v = load.streams[0];
    samples.push({ at: w * windowS, heap: stats.memory.heapUsed, rss: stats.memory.rss, p99: v.p99, pdfs: pdfs.stats.done });
    console.log(`  ${String(w * windowS).padStart(4)} s  heap after GC ${mb(stats.memory.heapUsed).padStart(8)}  RSS ${mb(stats.memory.rss).padStart(8)}  validation p99 ${v.p99.toFixed(1).padStart(7)} ms  PDFs so far ${pdfs.stats.done}  generator lag ${v.lagMs.toFixed(0)} ms`);
    pdfs.resume();
  }
  await pdfs.stop();

  for (const [name, t] of totals) console.log(`  ${name.padEnd(20)} ${String(t.answered).padStart(7)} answered, ${t.failures} failed`);
  console.log(`  ${'PDF (300 nominees)'.padEnd(20)} ${String(pdfs.stats.done).padStart(7)} answered, ${pdfs.stats.failed} failed, ${pdfs.stats.timeouts} timeouts`);
  if (pdfs.stats.failed || pdfs.stats.timeouts) problems.push(`PDF: ${pdfs.stats.failed} failed, ${pdfs.stats.timeouts} timeouts`);
  if (!pdfs.stats.done) problems.push('PDF: none rendered');
  const first = samples[0].heap;
  const last = samples[samples.length - 1].heap;
  const growth = last / first - 1;
  console.log(`  heap after GC: ${mb(first)} at ${samples[0].at} s, ${mb(last)} at ${samples[samples.length - 1].at} s (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %, at most +${MAX_GROWTH * 100} %)`);
  if (growth > MAX_GROWTH) problems.push(`heap after GC grew ${(growth * 100).toFixed(1)} %`);
} catch (e) {
  problems.push(String(e?.stack ?? e));
} finally {
  await server.close();
}

if (problems.length) {
  console.error(`Soak: THẤT BẠI / FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Soak: đạt / OK (bộ nhớ ổn định, không lỗi, không quá hạn / flat memory, no errors, no timeouts)');
