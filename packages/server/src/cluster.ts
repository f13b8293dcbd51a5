import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { ClusterError } from './cluster-error.js';
import { ServerOptionError } from './server-option-error.js';
import { DEFAULT_DRAIN_TIMEOUT_MS } from './drain.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './options.js';
import { serverUrl, type StartOptions } from './server.js';

/** Options of {@link startCluster}: JSON-serialisable server options plus the number of workers. */
export interface ClusterOptions extends Omit<StartOptions, 'logger' | 'portAttempts'> {
  /** Processes serving the same port; default 2. Node runs JavaScript on one core per process. */
  workers?: number;
  /** pino level for every worker (`'info'`, `'warn'`…); default no logs. */
  logLevel?: string;
  /** Extra Node options for the workers (e.g. `['--expose-gc']`). */
  execArgv?: string[];
  /** Milliseconds each worker gives its requests and PDFs in flight when closing (default 10 000). */
  drainTimeoutMs?: number;
}

export interface WorkerStats { pid: number; memory: NodeJS.MemoryUsage; cpu: NodeJS.CpuUsage }

export interface StartedCluster {
  url: string;
  host: string;
  port: number;
  workers: number;
  /** Memory and CPU time of every worker (after a GC when the workers run with --expose-gc). */
  stats(): Promise<WorkerStats[]>;
  /**
   * Each worker stops accepting, finishes its requests and PDFs in flight (see
   * `closeGracefully`) and exits; `cut` is true when one had to cut some.
   */
  close(): Promise<{ cut: boolean }>;
}

// The worker entry is the built file: from src/ and from dist/ alike, ../dist/ is dist/.
const WORKER = fileURLToPath(new URL('../dist/cluster-worker.js', import.meta.url));

type Msg = { type?: string; port?: number; code?: string; message?: string } & Partial<WorkerStats>;

/**
 * The reference server in `workers` processes sharing one port (node:cluster, the primary
 * hands out connections round-robin), for a machine with more than one core: one Node process
 * runs its JavaScript on one core. A worker that dies is replaced. Call from the primary only.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<StartedCluster> {
  if (!cluster.isPrimary) throw ClusterError.notPrimary();
  const { workers: count = 2, logLevel, execArgv = [], host = DEFAULT_HOST, port = DEFAULT_PORT, drainTimeoutMs = DEFAULT_DRAIN_TIMEOUT_MS, ...rest } = options;
  if (!Number.isInteger(count) || count < 1) throw new ServerOptionError('workers', count, { vi: 'phải là số nguyên dương', en: 'must be a positive whole number' });
  const env = { THIDUA_SERVER_OPTIONS: JSON.stringify({ ...rest, host, port, drainTimeoutMs, ...(logLevel ? { logger: { level: logLevel } } : {}) }) };
  cluster.setupPrimary({ exec: WORKER, execArgv: [...process.execArgv.filter((a) => a.startsWith('--max-')), ...execArgv] });

  let closing = false;
  const live = new Set<Worker>();
  const spawn = () => new Promise<{ worker: Worker; port: number }>((resolve, reject) => {
    const worker = cluster.fork(env);
    live.add(worker);
    const onMessage = (m: Msg) => {
      if (m?.type === 'thidua-listening') { worker.off('message', onMessage); resolve({ worker, port: m.port! }); }
      if (m?.type === 'thidua-error') reject(ClusterError.workerFailed(m.message ?? '', m.code));
    };
    worker.on('message', onMessage);
    worker.once('exit', (code) => {
      live.delete(worker);
      reject(ClusterError.workerExited(code));
      if (!closing) spawn().catch(() => {}); // keep the pool full
    });
  });

  const kill = () => { closing = true; for (const w of live) w.process.kill('SIGKILL'); };
  let first: { worker: Worker; port: number };
  try {
    first = await spawn();
    // With port 0 every worker is handed the same port by the primary.
    await Promise.all(Array.from({ length: count - 1 }, () => spawn()));
  } catch (e) {
    kill();
    throw e;
  }
  const actual = first.port;
  return {
    url: serverUrl(host, actual),
    host,
    port: actual,
    workers: count,
    stats: () => Promise.all([...live].map((w) => new Promise<WorkerStats>((resolve) => {
      const on = (m: Msg) => { if (m?.type === 'thidua-stats') { w.off('message', on); resolve({ pid: m.pid!, memory: m.memory!, cpu: m.cpu! }); } };
      w.on('message', on);
      w.send('stats');
    }))),
    close: async () => {
      closing = true;
      // A worker that has not exited a while after its own drain limit is stuck: killed, and counted as cut.
      const cuts = await Promise.all([...live].map((w) => new Promise<boolean>((resolve) => {
        const t = setTimeout(() => { w.process.kill('SIGKILL'); resolve(true); }, drainTimeoutMs + 5000);
        w.once('exit', (code) => { clearTimeout(t); resolve(code !== 0); });
        w.send('shutdown');
      })));
      return { cut: cuts.some(Boolean) };
    },
  };
}
