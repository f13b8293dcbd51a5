// Mixed load on the reference server, as on a province's deadline day: districts validate
// dossiers while others download 300-nominee dossiers as PDFs. The server runs in its own
// process (bench/server-process.mjs, as `thidua serve`); validations of the 12 KB Lâm Đồng nomination example are
// sent open-loop at a fixed rate by a generator in another process (bench/open-loop.mjs,
// wrk2's method: latency from the scheduled time), first alone, then while PDF_CLIENTS clients
// each request the PDF of a 300-nominee dossier again as soon as the last one arrives
// (largeDamRongGiayKhen: the 300-nominee Lâm Đồng dossier as a district's Giấy khen, which no
// quota binds, so it is valid and renders; 0.7 MB of JSON, about 790 pages). Printed:
// validation p50/p99/max alone and with PDFs, their p99 ratio (goal ≤ 2), PDFs per minute,
// failures, and the server's RSS and heap after GC. A validation unanswered after 10 s is a
// timeout and counts in the percentiles as 10 s.
//
// The rate: RATE validations/s is a tenth of what one server process answers at saturation
// (≈ 3 000/s), so the server's main thread stays mostly idle and the figure measures how long
// a validation waits behind PDF work, not queueing at saturation. On 2 cores that leaves one
// core for PDF rendering while the generator and the validations share the other; a
// higher rate would make the two compete for cores and blur what the bench is about.
import os from 'node:os';
import { closedLoop, openLoop } from './open-loop.mjs';
import { startServerProcess } from './server-process.mjs';

const PLAN = 'lam-dong-2022-2025';
const RATE = 300;
const PDF_CLIENTS = 2;
const NOMINEES = 300;
const SECONDS = Number(process.env.THIDUA_BENCH_SECONDS ?? 10);
const GOAL_RATIO = 2;

const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const ms = (n) => `${n.toFixed(1)} ms`;

export async function run() {
  const [{ getExample }, { largeDamRongGiayKhen }] = await Promise.all([
    import('../packages/plans/dist/index.js'),
    import('../packages/plans/dist/lam-dong/lam-dong-2022-2025/examples.js'),
  ]);
  const body = JSON.stringify(getExample(PLAN, 'nomination'));
  const large = JSON.stringify(largeDamRongGiayKhen(NOMINEES));
  const headers = { 'content-type': 'application/json' };
  const load = os.loadavg()[0];

  const server = await startServerProcess();
  try {
    const origin = server.url.replace(/\/$/, '');
    const validation = { name: 'validate', method: 'POST', path: `/submissions/${PLAN}/nomination/validate`, headers, body, rate: RATE, expect: [200] };
    const pdfUrl = `${origin}/submissions/${PLAN}/nomination/pdf`;
    const isPdf = (res, bytes) => res.status === 200 && bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 4)) === '%PDF';

    // Warm-up: compiled validators, JIT, one PDF (fonts parsed, caches filled).
    const first = await fetch(pdfUrl, { method: 'POST', headers, body: large });
    if (!isPdf(first, new Uint8Array(await first.arrayBuffer()))) throw new Error(`the server refuses the ${NOMINEES}-nominee dossier's PDF: ${first.status}`);
    await openLoop({ origin, streams: [validation], seconds: 2 });

    const s0 = await server.stats();
    const alone = (await openLoop({ origin, streams: [validation], seconds: SECONDS })).streams[0];
    const s1 = await server.stats();

    const pdfs = closedLoop({ clients: PDF_CLIENTS, request: () => [pdfUrl, { method: 'POST', headers, body: large }], check: isPdf });
    const t0 = performance.now();
    const mixed = (await openLoop({ origin, streams: [validation], seconds: SECONDS })).streams[0];
    const pdfsInWindow = pdfs.stats.done;
    const windowMin = (performance.now() - t0) / 60_000;
    await pdfs.stop();
    const s2 = await server.stats();

    const failures = (r) => r.unexpected + r.errors + r.timeouts;
    const ratio = mixed.p99 / alone.p99;
    const pdfMs = [...pdfs.stats.ms].sort((a, b) => a - b);
    const cpuUs = (a, b) => ((b.cpu.user + b.cpu.system) - (a.cpu.user + a.cpu.system));
    const rows = [
      [`validations alone: p50 / p99`, `${ms(alone.p50)} / ${ms(alone.p99)}`, `max ${ms(alone.max)}`],
      [`  answered / unexpected / errors / timeouts`, `${alone.answered} of ${alone.sent}`, `${alone.unexpected} / ${alone.errors} / ${alone.timeouts}`],
      [`  server CPU per validation`, `${(cpuUs(s0[0], s1[0]) / alone.answered).toFixed(0)} µs`, `heap ${mb(s1[0].memory.heapUsed)}`],
      [`validations with ${PDF_CLIENTS} PDF clients: p50 / p99`, `${ms(mixed.p50)} / ${ms(mixed.p99)}`, `max ${ms(mixed.max)}`],
      [`  answered / unexpected / errors / timeouts`, `${mixed.answered} of ${mixed.sent}`, `${mixed.unexpected} / ${mixed.errors} / ${mixed.timeouts}`],
      [`PDFs of ${NOMINEES} nominees (${(large.length / 1048576).toFixed(2)} MB JSON)`, `${(pdfsInWindow / windowMin).toFixed(1)} a minute`, `${pdfMs.length ? ms(pdfMs[pdfMs.length >> 1]) : '–'} median`],
      [`  failed / timeouts`, `${pdfs.stats.failed} / ${pdfs.stats.timeouts}`, `${pdfs.stats.done} in all`],
      [`server RSS / heap after GC: before`, mb(s0[0].memory.rss), mb(s0[0].memory.heapUsed)],
      [`  after the PDF run`, mb(s2[0].memory.rss), mb(s2[0].memory.heapUsed)],
      [`generator: most behind schedule`, ms(Math.max(alone.lagMs, mixed.lagMs)), `load ${load.toFixed(2)} before`],
    ];
    const allFailures = failures(alone) + failures(mixed) + pdfs.stats.failed + pdfs.stats.timeouts;
    const ok = ratio <= GOAL_RATIO && allFailures === 0;
    // Alone, RATE/s is a tenth of the server's capacity: failures there mean other work on the
    // machine took the cores, and the ratio compares two stalls.
    const busy = failures(alone) ? ` (the server could not keep up with ${RATE}/s even alone: the machine is busy, the ratio means nothing)` : '';
    return {
      title: `Mixed load: ${RATE} validations/s open-loop (12 KB dossier) for ${SECONDS} s, alone then beside ${PDF_CLIENTS} clients downloading ${NOMINEES}-nominee PDFs; server in its own process`,
      rows,
      summary: `validation p99 with PDFs / without = ${ratio.toFixed(1)}× (goal ≤ ${GOAL_RATIO}×), ${allFailures} failures: ${ok ? 'OK' : 'MISSED'}${busy}`,
    };
  } finally {
    await server.close();
  }
}
