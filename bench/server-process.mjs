// One reference server in a child process of its own that accepts its connections itself, as
// `thidua serve` does with one process. It is the cluster's worker entry started with plain
// fork(), not through node:cluster: there the primary accepts every new connection and hands
// it to the worker over IPC, one at a time, each waiting for the worker's event loop, so a
// worker busy on a PDF for a second would also hold back every new connection behind it — a
// delay `thidua serve` does not have. The worker speaks the same IPC as under startCluster:
// 'stats' (memory after a GC, CPU time) and 'shutdown'.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('../packages/server/dist/cluster-worker.js', import.meta.url));

/** Same shape as startCluster()'s answer with one worker: `url`, `stats()`, `close()`. */
export function startServerProcess(options = {}) {
  const opts = { host: '127.0.0.1', port: 0, portalDir: false, elementsDir: false, ...options };
  const child = fork(WORKER, [], { env: { ...process.env, THIDUA_SERVER_OPTIONS: JSON.stringify(opts) }, execArgv: ['--expose-gc'] });
  const reply = (type) => new Promise((resolve, reject) => {
    const on = (m) => { if (m?.type === type) { child.off('message', on); resolve(m); } if (m?.type === 'thidua-error') reject(new Error(m.message)); };
    child.on('message', on);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server process exited with code ${code}`)));
    reply('thidua-listening').then(({ port }) => resolve({
      url: `http://${opts.host}:${port}/`,
      pid: child.pid,
      async stats() {
        const r = reply('thidua-stats');
        child.send('stats');
        const { pid, memory, cpu } = await r;
        return [{ pid, memory, cpu }];
      },
      close: () => new Promise((done) => {
        const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => { clearTimeout(t); done(); });
        child.send('shutdown');
      }),
    }), reject);
  });
}
