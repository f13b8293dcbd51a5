// A worker of startCluster(): one reference server sharing the cluster's port. Options come
// from the primary in THIDUA_SERVER_OPTIONS (JSON); it reports over IPC and stops on 'shutdown'.
import { closeGracefully } from './drain.js';
import { startServer, type StartOptions } from './server.js';

const send = (msg: unknown) => process.send?.(msg);
const { drainTimeoutMs, ...opts } = JSON.parse(process.env['THIDUA_SERVER_OPTIONS'] ?? '{}') as StartOptions & { drainTimeoutMs?: number };

// Ctrl-C reaches the whole process group: the primary decides when and how workers stop.
process.on('SIGINT', () => {});

try {
  const { app, port } = await startServer(opts);
  // Asked by the primary, or SIGTERM sent to this process alone (it is then replaced): finish
  // the requests and PDFs in flight, exit 1 if some had to be cut.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= closeGracefully(app, { timeoutMs: drainTimeoutMs }).then(({ cut }) => process.exit(cut ? 1 : 0)));
  process.on('SIGTERM', stop);
  process.on('message', async (m: unknown) => {
    if (m === 'shutdown') await stop();
    if (m === 'stats') {
      globalThis.gc?.();
      send({ type: 'thidua-stats', pid: process.pid, memory: process.memoryUsage(), cpu: process.cpuUsage() });
    }
  });
  send({ type: 'thidua-listening', port });
} catch (e) {
  send({ type: 'thidua-error', code: (e as NodeJS.ErrnoException).code, message: (e as Error).message });
  process.exit(1);
}
