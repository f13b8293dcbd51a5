import type { FastifyInstance } from 'fastify';

/** Seconds a stopping server gives its requests and PDFs in flight before it cuts them. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

/**
 * Closes a server gently: it stops accepting connections, `/health` answers 503 `draining`,
 * requests and PDF jobs in flight finish, then the PDF threads stop. Whatever is still running
 * after `timeoutMs` is cut (its connection closed, its PDF thread stopped) and logged, and
 * `cut` is true: `thidua serve` then exits 1 instead of 0.
 */
export async function closeGracefully(app: FastifyInstance, { timeoutMs = DEFAULT_DRAIN_TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<{ cut: boolean }> {
  let cut = false;
  const force = setTimeout(() => {
    cut = true;
    // How many connections were still open says whether a request or the PDF threads held it.
    app.server.getConnections((err, connections) => {
      app.log.warn({ drainTimeoutMs: timeoutMs, connections: err ? undefined : connections }, 'drain time over: cutting the requests still in flight');
      app.server.closeAllConnections();
    });
  }, timeoutMs);
  try {
    await app.close();
  } finally {
    clearTimeout(force);
  }
  return { cut };
}
