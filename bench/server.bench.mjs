// Load on the reference server: autocannon POSTs the full Lâm Đồng nomination example to
// /submissions/lam-dong-2022-2025/nomination/validate over 127.0.0.1 — 50 connections,
// pipelining 1, 10 s — and reads requests/s, p50/p99 latency, non-2xx/error/timeout counts,
// and the server's memory before and after. Goals on 2 cores: ≥ 3 000 validations/s,
// p99 ≤ 25 ms, 0 non-2xx and 0 errors. The in-process validate() rate on the same dossier is
// printed as the reference the HTTP rate is a fraction of.
//
// The server runs in a child process (this same file, forked with THIDUA_BENCH_SERVER=1).
// Node serves on one thread; in the same process autocannon's 50 sockets and its HTTP parsing
// would share that thread, and the figures would measure the load generator as much as the
// server. As a child, the server has a core of its own, as in production where clients are
// elsewhere, and autocannon has the other core of a 2-core machine.
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const PLAN = 'lam-dong-2022-2025';
const PATH = `/submissions/${PLAN}/nomination/validate`;
const DURATION_S = Number(process.env.THIDUA_BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const GOAL_RPS = 3000;
const GOAL_P99_MS = 25;

// ---- Child: the reference server, answering the parent over IPC ----
if (process.env.THIDUA_BENCH_SERVER === '1') {
  const { startServer } = await import('../packages/server/dist/index.js');
  const s = await startServer({ host: '127.0.0.1', port: 0, portalDir: false, elementsDir: false });
  process.on('message', async (m) => {
    if (m === 'memory') process.send({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
    if (m === 'gc') { globalThis.gc?.(); process.send({ memory: process.memoryUsage(), cpu: process.cpuUsage() }); }
    if (m === 'stop') { await s.app.close(); process.exit(0); }
  });
  process.send({ port: s.port });
}

const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;

function startChild() {
  const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, THIDUA_BENCH_SERVER: '1' }, execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (msg) => new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
    child.send(msg);
  });
  const port = new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server child exited (${code})`)));
  });
  return { child, port, memory: () => ask('memory'), gc: () => ask('gc') };
}

export async function run() {
  const [{ default: autocannon }, { validate }, { getExample }, { measure }] = await Promise.all([
    import('autocannon'),
    import('../packages/validate/dist/index.js'),
    import('../packages/plans/dist/index.js'),
    import('./measure.mjs'),
  ]);
  const dossier = getExample(PLAN, 'nomination');
  const body = JSON.stringify(dossier);
  if (!validate(PLAN, 'nomination', dossier).ok) throw new Error('the bench dossier is invalid');

  // In-process reference: validate() alone on the same dossier, one core, no HTTP, no JSON.
  const [inProcess] = measure({ 'validate()': () => { if (!validate(PLAN, 'nomination', dossier).ok) throw new Error('invalid'); } });

  // Other work on the machine skews every figure below: say how busy it was.
  const load = os.loadavg()[0];
  const server = startChild();
  try {
    const port = await server.port;
    const url = `http://127.0.0.1:${port}${PATH}`;
    const headers = { 'content-type': 'application/json' };
    const first = await fetch(url, { method: 'POST', headers, body });
    const answer = await first.json();
    if (first.status !== 200 || !answer.ok) throw new Error(`the server rejects the bench dossier: ${first.status}`);
    const { memory: memStart } = await server.memory();
    // Warm-up: compiled validators, JIT, sockets.
    await autocannon({ url, method: 'POST', headers, body, connections: 10, amount: 2000 });
    const { memory: memBefore, cpu: cpuBefore } = await server.gc();

    const r = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, pipelining: 1, duration: DURATION_S, timeout: 10 });
    const { memory: memAfter, cpu: cpuAfter } = await server.memory();
    const { memory: memAfterGc } = await server.gc();
    // The server's own CPU time per request: what a request costs, whatever else the machine does.
    const cpuUs = (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / Math.max(1, r.requests.total);

    const rps = r.requests.average;
    const failures = r.non2xx + r.errors + r.timeouts;
    const ok = rps >= GOAL_RPS && r.latency.p99 <= GOAL_P99_MS && failures === 0;
    return {
      title: `Load: POST ${PATH} (${(body.length / 1024).toFixed(1)} KB dossier), ${CONNECTIONS} connections, ${DURATION_S} s, 127.0.0.1, server in a child process`,
      rows: [
        ['requests/s (mean)', `${Math.round(rps).toLocaleString('en')} req/s`, `${r.requests.total.toLocaleString('en')} total`],
        ['latency p50 / p90 / p99 / max', `${r.latency.p50} / ${r.latency.p90} / ${r.latency.p99} ms`, `max ${r.latency.max} ms`],
        ['non-2xx / errors / timeouts', `${r.non2xx} / ${r.errors} / ${r.timeouts}`, ''],
        ['throughput', `${mb(r.throughput.average)}/s`, ''],
        ['server CPU per request (user + system)', `${cpuUs.toFixed(0)} µs`, `≈ ${Math.round(1e6 / cpuUs).toLocaleString('en')} req/s per free core`],
        ['server memory after start (RSS / heap used)', mb(memStart.rss), mb(memStart.heapUsed)],
        ['server memory before load, warmed, after GC', mb(memBefore.rss), mb(memBefore.heapUsed)],
        ['server memory right after load', mb(memAfter.rss), mb(memAfter.heapUsed)],
        ['server memory after load, after GC', mb(memAfterGc.rss), mb(memAfterGc.heapUsed)],
        ['machine: cores / load average (1 min) before', `${os.availableParallelism?.() ?? os.cpus().length} cores`, `load ${load.toFixed(2)}`],
        ['in-process validate() alone (baseline)', `${Math.round(inProcess.opsPerSec).toLocaleString('en')} ops/s`, `${(inProcess.nsPerOp / 1000).toFixed(1)} µs/op`],
      ],
      summary: `HTTP/in-process ratio = ${(rps / inProcess.opsPerSec).toFixed(2)}; goals ≥ ${GOAL_RPS} req/s, p99 ≤ ${GOAL_P99_MS} ms, 0 failures: ` +
        `${Math.round(rps)} req/s, p99 ${r.latency.p99} ms, ${failures} failures ${ok ? 'OK' : 'MISSED'}`,
    };
  } finally {
    server.child.send('stop');
    await new Promise((resolve) => { server.child.once('exit', resolve); setTimeout(resolve, 5000).unref(); });
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
}
