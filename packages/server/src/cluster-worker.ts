// A worker of startCluster(): one reference server sharing the cluster's port. Options come
// from the primary in THIDUA_SERVER_OPTIONS (JSON); it reports over IPC and stops on 'shutdown'.
import { startServer, type StartOptions } from './server.js';

const send = (msg: unknown) => process.send?.(msg);
const opts = JSON.parse(process.env['THIDUA_SERVER_OPTIONS'] ?? '{}') as StartOptions;

// Ctrl-C reaches the whole process group: the primary decides when and how workers stop.
process.on('SIGINT', () => {});

try {
  const { app, port } = await startServer(opts);
  process.on('message', async (m: unknown) => {
    if (m === 'shutdown') {
      await app.close();
      process.exit(0);
    }
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
