// Load on the reference server: autocannon POSTs the full Lâm Đồng nomination example to
// /submissions/lam-dong-2022-2025/nomination/validate over 127.0.0.1 (50 connections,
// pipelining 1, 10 s a run, each connection sending its next request as soon as the answer
// is in) and reads requests/s, p50/p99 latency, non-2xx/error/timeout counts, the servers'
// CPU time per request and their memory before and after. Goals on 2 cores: one server
// process ≥ 3 000 validations/s, p99 ≤ 25 ms, 0 non-2xx and 0 errors. The in-process rates of
// the server's own work on the same dossier, parseJsonText() on its bytes and validate() on
// the parsed value, are printed as the reference.
//
// Two runs: one server process, then two (startCluster, as `thidua serve --workers 2`): Node
// runs JavaScript on one core per process. The goals are checked on the first, at
// saturation, where 50 connections queue the most (latency ≈ 50 / throughput), so the p99
// holds a fortiori at 3 000 req/s; the second shows what a second core adds. (autocannon's
// fixed-rate mode sends in bursts, which measures its own bursts more than the server.)
// The servers never share this process: Node runs JavaScript on one thread, and autocannon's
// 50 sockets and HTTP parsing in the same process would take turns with the server on it, so
// the figures would measure the load generator as much as the server. In worker processes
// the server gets the cores, as in production where clients are elsewhere; on a 2-core machine
// autocannon still takes its share of them, so these are the figures of the whole machine.
import os from 'node:os';

const PLAN = 'lam-dong-2022-2025';
const PATH = `/submissions/${PLAN}/nomination/validate`;
const DURATION_S = Number(process.env.THIDUA_BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const GOAL_RPS = 3000;
const GOAL_P99_MS = 25;

const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const sum = (xs, f) => xs.reduce((n, x) => n + f(x), 0);
const int = (n) => Math.round(n).toLocaleString('en');

export async function run() {
  const [{ default: autocannon }, { validate, parseJsonText }, { getExample }, { startCluster }, { measure }] = await Promise.all([
    import('autocannon'),
    import('../packages/validate/dist/index.js'),
    import('../packages/plans/dist/index.js'),
    import('../packages/server/dist/index.js'),
    import('./measure.mjs'),
  ]);
  const dossier = getExample(PLAN, 'nomination');
  const body = JSON.stringify(dossier);
  const headers = { 'content-type': 'application/json' };
  if (!validate(PLAN, 'nomination', dossier).ok) throw new Error('the bench dossier is invalid');

  // Other work on the machine skews every figure: say how busy it was.
  const load = os.loadavg()[0];
  // In-process reference: the server's own work on the same dossier, one core, no HTTP.
  const bytes = Buffer.from(body);
  const [inProcess, reading] = measure({
    'validate()': () => { if (!validate(PLAN, 'nomination', dossier).ok) throw new Error('invalid'); },
    'parseJsonText()': () => parseJsonText(bytes),
  });

  const rows = [];
  const results = {};
  for (const [name, workers] of [['1 process', 1], ['2 processes', 2]]) {
    const server = await startCluster({ host: '127.0.0.1', port: 0, workers, portalDir: false, elementsDir: false, execArgv: ['--expose-gc'] });
    try {
      const url = `${server.url}${PATH.slice(1)}`;
      const first = await fetch(url, { method: 'POST', headers, body });
      if (first.status !== 200 || !(await first.json()).ok) throw new Error(`the server rejects the bench dossier: ${first.status}`);
      // Warm-up: compiled validators, JIT, sockets (every worker).
      await autocannon({ url, method: 'POST', headers, body, connections: 10, amount: 3000 * workers });
      const before = await server.stats();
      const r = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, pipelining: 1, duration: DURATION_S, timeout: 10 });
      const after = await server.stats();
      const cpuUs = (sum(after, (s) => s.cpu.user + s.cpu.system) - sum(before, (s) => s.cpu.user + s.cpu.system)) / Math.max(1, r.requests.total);
      const failures = r.non2xx + r.errors + r.timeouts;
      results[name] = { rps: r.requests.average, p99: r.latency.p99, failures };
      rows.push(
        [`${name}: requests/s`, `${int(r.requests.average)} req/s`, `${int(r.requests.total)} total`],
        [`  latency p50 / p99 / max`, `${r.latency.p50} / ${r.latency.p99} ms`, `max ${r.latency.max} ms`],
        [`  non-2xx / errors / timeouts`, `${r.non2xx} / ${r.errors} / ${r.timeouts}`, `CPU ${cpuUs.toFixed(0)} µs/req`],
        [`  server RSS / heap before (after GC)`, mb(sum(before, (s) => s.memory.rss)), mb(sum(before, (s) => s.memory.heapUsed))],
        [`  server RSS / heap after (after GC)`, mb(sum(after, (s) => s.memory.rss)), mb(sum(after, (s) => s.memory.heapUsed))],
      );
    } finally {
      await server.close();
    }
  }
  rows.push(
    ['in-process validate() alone (baseline)', `${int(inProcess.opsPerSec)} ops/s`, `${(inProcess.nsPerOp / 1000).toFixed(1)} µs/op`],
    ['in-process parseJsonText() of the body alone', `${int(reading.opsPerSec)} ops/s`, `${(reading.nsPerOp / 1000).toFixed(1)} µs/op`],
    ['machine: cores / load average (1 min) before', `${os.availableParallelism?.() ?? os.cpus().length} cores`, `load ${load.toFixed(2)}`],
  );

  const one = results['1 process'];
  const two = results['2 processes'];
  const failures = one.failures + two.failures;
  const ok = one.rps >= GOAL_RPS && one.p99 <= GOAL_P99_MS && failures === 0;
  return {
    title: `Load: POST ${PATH} (${(body.length / 1024).toFixed(1)} KB dossier), ${CONNECTIONS} connections, ${DURATION_S} s a run, 127.0.0.1, servers in worker processes`,
    rows,
    summary: `HTTP (1 process) / in-process validate() = ${(one.rps / inProcess.opsPerSec).toFixed(2)}; goals on 2 cores, one process ≥ ${GOAL_RPS} req/s, p99 ≤ ${GOAL_P99_MS} ms, 0 failures: ` +
      `1 process ${int(one.rps)} req/s, p99 ${one.p99} ms (2 processes: ${int(two.rps)} req/s, p99 ${two.p99} ms), ${failures} failures ${ok ? 'OK' : 'MISSED'}`,
  };
}
