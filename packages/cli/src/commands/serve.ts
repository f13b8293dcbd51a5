import { isThiduaError } from '@thidua/core';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { untilStopped } from '../until-stopped.js';

/** An option's value (`pdf-threads` is read as `pdfThreads`); `--port=` gives an empty one, which is as good as none. */
function flag(options: CommandInput['options'], name: string): string | undefined {
  const v = options[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
  if (v === true || v === '') throw new UsageError(`Thiếu giá trị cho --${name}: hãy viết --${name} GIÁ_TRỊ`, `--${name} needs a value: write --${name} VALUE`);
  return typeof v === 'string' ? v : undefined;
}

/** A whole number option within bounds, or undefined when not given. */
function whole(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`Giá trị không hợp lệ cho --${name}: "${text}" (${min}–${max}): hãy cho một số nguyên từ ${min} đến ${max}`, `invalid --${name} "${text}": give a whole number from ${min} to ${max}`);
  return n;
}

/** A number of seconds (decimals allowed), returned in milliseconds. */
function seconds(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(n > 0) || n > 86_400) throw new UsageError(`Số giây không hợp lệ cho --${name}: "${text}": hãy cho một số giây dương, ví dụ 30 hoặc 0.5`, `invalid --${name} "${text}": give a positive number of seconds, e.g. 30 or 0.5`);
  return Math.round(n * 1000);
}

/**
 * `thidua serve [--port N] [--host H] [--portal DIR] [--cors ORIGIN,…] [--workers N] [--pdf-threads N]
 * [--pdf-queue N] [--pdf-timeout S] [--pdf-stall S] [--drain-timeout S] [--quiet] [--plans DIR]…`: the reference
 * server (API + demo portal) until SIGINT or SIGTERM, then a drain (closeGracefully) and exit 0,
 * or 1 when requests still in flight at the end of the drain had to be cut.
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
  const pdfThreads = whole(flag(options, 'pdf-threads'), 'pdf-threads', 1, 256);
  const pdfQueue = whole(flag(options, 'pdf-queue'), 'pdf-queue', 0, 100_000);
  const pdfTimeout = seconds(flag(options, 'pdf-timeout'), 'pdf-timeout');
  const pdfStall = seconds(flag(options, 'pdf-stall'), 'pdf-stall');
  const drainTimeout = seconds(flag(options, 'drain-timeout'), 'drain-timeout');
  const pdf = {
    ...(pdfThreads !== undefined ? { threads: pdfThreads } : {}),
    ...(pdfQueue !== undefined ? { queue: pdfQueue } : {}),
    ...(pdfTimeout !== undefined ? { timeoutMs: pdfTimeout } : {}),
    ...(pdfStall !== undefined ? { stallMs: pdfStall } : {}),
  };

  // Loaded here so the other commands do not pay for Fastify.
  const { startServer, startCluster, closeGracefully, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DRAIN_TIMEOUT_MS } = await import('@thidua/server');
  const drainTimeoutMs = drainTimeout ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const host = hostGiven ?? DEFAULT_HOST;
  const port = portGiven ?? DEFAULT_PORT;
  let started: { url: string; close: () => Promise<{ cut: boolean }> };
  try {
    const planDirs = Array.isArray(options.plans) ? options.plans : [];
    const common = { host, port, corsOrigins, pdf, ...(portalDir ? { portalDir } : {}), ...(planDirs.length ? { planDirs } : {}) };
    if (workers > 1) {
      started = await startCluster({ ...common, workers, logLevel: level, drainTimeoutMs });
    } else {
      const s = await startServer({ ...common, logger: { level } });
      started = { url: s.url, close: () => closeGracefully(s.app, { timeoutMs: drainTimeoutMs }) };
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
  process.stderr.write(`Đang dừng máy chủ (${signal}): chờ các yêu cầu đang làm dở, tối đa ${drainTimeoutMs / 1000} giây / stopping the server: finishing requests in flight, at most ${drainTimeoutMs / 1000} s\n`);
  const { cut } = await started.close();
  if (cut) process.stderr.write('Đã phải cắt các yêu cầu chưa xong khi hết thời hạn (--drain-timeout) / requests still in flight at the end of --drain-timeout were cut\n');
  return cut ? 1 : 0;
}
