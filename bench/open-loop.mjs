// Open-loop load at fixed rates, from a separate process: each request leaves at its scheduled
// time whether or not earlier ones have been answered, and its latency counts from that
// scheduled time, so a server that stalls for a second is charged the whole second for every
// request due during it (what a closed-loop tool such as autocannon's default mode hides: its
// connections wait for their answers and stop sending). The method is wrk2's; the generator is
// a few lines of node:http on keep-alive sockets, run in a child process so that it never
// takes turns with the benchmark or the server on one event loop.
//
// Also here: `closedLoop`, a few clients that each send their next request as soon as the
// last one is answered (the PDF downloads), run in the calling process, where they cost
// little since they are few and slow.
import { fork } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ name: string, method: string, path: string, headers?: Record<string, string>,
 *   body?: string, rate: number, expect: number[] }} Stream
 * `rate` in requests per second; `expect` the statuses that count as answered correctly.
 */

/**
 * Runs `streams` against `origin` (`http://host:port`) for `seconds` from a child process and
 * resolves with, per stream: sent, answered, p50/p99/max latency (ms from the scheduled
 * time), unexpected statuses, errors, timeouts (no answer `timeoutMs` after the scheduled
 * time; counted in the latencies as `timeoutMs`), and how far behind its schedule the
 * generator itself fell (`lagMs`, which should stay near 0).
 */
export function openLoop({ origin, streams, seconds, timeoutMs = 10_000 }) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--open-loop-child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => { resolve(m); child.disconnect(); });
    child.once('error', reject);
    child.once('exit', (code) => { if (code) reject(new Error(`the load generator exited with code ${code}`)); });
    child.send({ origin, streams, seconds, timeoutMs });
  });
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function generate({ origin, streams, seconds, timeoutMs }) {
  // Enough sockets that a burst due after a stall is sent at once, as separate clients would.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const start = performance.now() + 20;
  const cpu0 = process.cpuUsage();
  const state = streams.map((s) => ({
    s,
    body: s.body == null ? undefined : Buffer.from(s.body),
    total: Math.floor(s.rate * seconds),
    next: 0,
    latencies: [],
    statuses: {},
    unexpected: 0,
    errors: 0,
    timeouts: 0,
    lagMs: 0,
  }));
  let inFlight = 0;
  let drained;

  const fire = (st, due) => {
    inFlight++;
    const { s, body } = st;
    let settled = false;
    const settle = (fn) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      if (--inFlight === 0) drained?.();
    };
    const headers = { ...s.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const req = http.request(origin + s.path, { method: s.method, headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => settle(() => {
        st.latencies.push(performance.now() - due);
        st.statuses[res.statusCode] = (st.statuses[res.statusCode] ?? 0) + 1;
        if (!s.expect.includes(res.statusCode)) st.unexpected++;
      }));
      res.on('error', () => settle(() => st.errors++));
    });
    const timer = setTimeout(() => { settle(() => { st.timeouts++; st.latencies.push(timeoutMs); }); req.destroy(); }, Math.max(1, due + timeoutMs - performance.now()));
    req.on('error', () => settle(() => st.errors++));
    req.end(body);
  };

  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      let pending = false;
      for (const st of state) {
        for (let due = start + (st.next * 1000) / st.s.rate; st.next < st.total && due <= now; due = start + (st.next * 1000) / st.s.rate) {
          st.lagMs = Math.max(st.lagMs, now - due);
          st.next++;
          fire(st, due);
        }
        if (st.next < st.total) pending = true;
      }
      if (pending) setTimeout(tick, 1);
      else resolve();
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  if (inFlight) await new Promise((resolve) => { drained = resolve; });
  agent.destroy();
  const cpu = process.cpuUsage(cpu0);
  return {
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
    streams: state.map((st) => {
      const sorted = Float64Array.from(st.latencies).sort();
      return {
        name: st.s.name,
        sent: st.next,
        answered: sorted.length - st.timeouts,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.length ? sorted[sorted.length - 1] : NaN,
        statuses: st.statuses,
        unexpected: st.unexpected,
        errors: st.errors,
        timeouts: st.timeouts,
        lagMs: st.lagMs,
      };
    }),
  };
}

/**
 * `clients` clients each sending `request()` (a `fetch` argument pair) again as soon as the
 * last answer is read (or `thinkMs` after it), until `stop()`. `pause()` lets the requests in flight finish and sends
 * no more until `resume()`: a quiet moment to measure the server's memory in.
 * `check(response, bytes)` says whether an answer is right.
 */
export function closedLoop({ clients, request, check, timeoutMs = 60_000, thinkMs = 0 }) {
  const stats = { done: 0, failed: 0, timeouts: 0, ms: [] };
  let stopped = false;
  let paused = null;
  const inFlight = new Set();
  const one = async () => {
    const [url, init] = request();
    const t0 = performance.now();
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (check(res, bytes)) { stats.done++; stats.ms.push(performance.now() - t0); } else stats.failed++;
    } catch (e) {
      if (e?.name === 'TimeoutError') stats.timeouts++;
      else stats.failed++;
    }
  };
  const loop = async () => {
    while (!stopped) {
      if (paused) { await paused.promise; continue; }
      const p = one();
      inFlight.add(p);
      await p;
      inFlight.delete(p);
      if (thinkMs) await new Promise((r) => setTimeout(r, thinkMs));
    }
  };
  const loops = Array.from({ length: clients }, loop);
  return {
    stats,
    async pause() {
      if (!paused) { let resolve; paused = { promise: new Promise((r) => { resolve = r; }) }; paused.resolve = resolve; }
      await Promise.all(inFlight);
    },
    resume() { const p = paused; paused = null; p?.resolve(); },
    async stop() { stopped = true; this.resume(); await Promise.all(loops); },
  };
}

if (process.argv.includes('--open-loop-child')) {
  process.once('message', async (job) => process.send(await generate(job)));
}
