import { isThiduaError } from '@thidua/core';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { untilStopped } from '../until-stopped.js';

/** An option's value; `--port=` gives an empty one, which is as good as none. */
function flag(options: CommandInput['options'], name: string): string | undefined {
  const v = options[name];
  if (v === true || v === '') throw new UsageError(`Thiếu giá trị cho --${name}: hãy viết --${name} GIÁ_TRỊ`, `--${name} needs a value: write --${name} VALUE`);
  return typeof v === 'string' ? v : undefined;
}

/**
 * `thidua serve [--port N] [--host H] [--portal DIR] [--cors ORIGIN,…] [--workers N] [--quiet] [--plans DIR]…`:
 * the reference server (API + demo portal) until SIGINT or SIGTERM, then a clean close and exit 0.
 * `--workers N` runs N processes on the same port (one core each); `--plans` folders are read by
 * each of them, and serve their plans' browser chunks too.
 */
export async function serveCommand({ options }: CommandInput): Promise<number> {
  const portText = flag(options, 'port');
  const portGiven = portText === undefined ? undefined : Number(portText);
  if (portGiven !== undefined && (!Number.isInteger(portGiven) || portGiven < 0 || portGiven > 65535 || !/^\d+$/.test(portText ?? '0'))) throw new UsageError(`Cổng không hợp lệ "${portText}" (0–65535): hãy cho một số từ 0 đến 65535`, `invalid port "${portText}": give a number from 0 to 65535`);
  const hostGiven = flag(options, 'host');
  const portalDir = flag(options, 'portal');
  const cors = flag(options, 'cors');
  const corsOrigins = cors ? cors.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const workersText = flag(options, 'workers');
  const workers = workersText === undefined ? 1 : Number(workersText);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`Số tiến trình không hợp lệ "${workersText}" (1–64): hãy cho một số từ 1 đến 64`, `invalid --workers "${workersText}": give a number from 1 to 64`);
  const level = options.quiet === true ? 'warn' : 'info';

  // Loaded here so the other commands do not pay for Fastify.
  const { startServer, startCluster, DEFAULT_HOST, DEFAULT_PORT } = await import('@thidua/server');
  const host = hostGiven ?? DEFAULT_HOST;
  const port = portGiven ?? DEFAULT_PORT;
  let started: { url: string; close: () => Promise<void> };
  try {
    const planDirs = Array.isArray(options.plans) ? options.plans : [];
    const common = { host, port, corsOrigins, ...(portalDir ? { portalDir } : {}), ...(planDirs.length ? { planDirs } : {}) };
    if (workers > 1) {
      started = await startCluster({ ...common, workers, logLevel: level });
    } else {
      const s = await startServer({ ...common, logger: { level } });
      started = {
        url: s.url,
        // Graceful first; a client still uploading after 3 s does not keep Ctrl-C waiting.
        close: async () => {
          const force = setTimeout(() => s.app.server.closeAllConnections(), 3000);
          try { await s.app.close(); } finally { clearTimeout(force); }
        },
      };
    }
  } catch (e) {
    // A cluster worker that could not listen reports the system error it met as `details.errno`.
    const code = isThiduaError(e, 'THIDUA_CLUSTER_WORKER') ? (e.details as { errno?: string }).errno : (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Cổng ${port} đang được dùng: chọn cổng khác với --port`, `port ${port} is in use: choose another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') throw new UsageError(`Không mở được ${host}:${port} (${code})`, `cannot listen at ${host}:${port} (${code}): choose another --host or --port`);
    if (isThiduaError(e, 'THIDUA_SERVER_OPTION')) throw new UsageError(e.messageVi, e.messageEn, { cause: e });
    throw e;
  }
  process.stdout.write(`Thi Đua SDK: máy chủ đang chạy tại / server listening at ${started.url}  ${workers > 1 ? `(${workers} tiến trình / workers) ` : ''}(Ctrl-C để dừng / to stop)\n`);

  const signal = await untilStopped();
  process.stderr.write(`Đang dừng máy chủ (${signal}) / stopping the server\n`);
  await started.close();
  return 0;
}
