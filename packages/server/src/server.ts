import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { makeErrorHandler, thiduaFrameworkErrors, thiduaNotFoundHandler } from './error-handler.js';
import { LOG_SERIALIZERS } from './logging.js';
import { DEFAULT_HOST, DEFAULT_PORT, defaultElementsDir, defaultPortalDir, existingDir, resolvePluginOptions, type ServerOptions } from './options.js';
import { thiduaPlugin } from './plugin.js';
import { addPlanFolders } from '@thidua/plans';
import { planChunkPlugin, preparePlans } from './plan-chunks.js';
import { portalPlugin } from './portal.js';
import { requestId } from './request-id.js';
import { ServerOptionError } from './server-option-error.js';

function loggerOption(logger: ServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { level: 'info', ...base, serializers: LOG_SERIALIZERS } as FastifyServerOptions['logger'];
}

/**
 * The reference server: {@link thiduaPlugin} at the root, the demo portal at `/` and the
 * elements bundle at `/elements/`, with the plans of `planDirs` added to all three. Returns the Fastify app, not yet listening: call
 * `listen()`, or `inject()` in tests; see {@link startServer}.
 */
export function createServer(options: ServerOptions = {}): FastifyInstance {
  const opts = resolvePluginOptions(options);
  const planDirs = options.planDirs ?? [];
  if (!Array.isArray(planDirs) || planDirs.some((d) => typeof d !== 'string' || !d)) {
    throw new ServerOptionError('planDirs', options.planDirs, { vi: 'phải là danh sách đường dẫn thư mục kế hoạch', en: 'must be a list of plan folder paths' });
  }
  // Before any route reads the registry: the catalogue, the landing page and the API see them.
  const planChunks = preparePlans(planDirs.length ? addPlanFolders(planDirs) : []);
  // The PDF threads read the same folders when they start.
  const pdf = { ...opts.pdf, planDirs: [...opts.pdf.planDirs, ...planDirs] };
  const app = Fastify({
    logger: loggerOption(options.logger),
    bodyLimit: opts.bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // An idle keep-alive socket must not hold `close()` up on Ctrl-C.
    forceCloseConnections: 'idle',
    // A client that trickles its request (slowloris) is cut off after a minute.
    requestTimeout: 60_000,
    frameworkErrors: thiduaFrameworkErrors,
    // Every log line of a request carries its id (`reqId`); the last one also its `responseTime`.
    genReqId: requestId,
    requestIdHeader: false,
    // While closing, the routes answer for themselves: /health says `draining`, the API 503 in our shape.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Hooks on every request take a callback: an async hook costs a promise and a microtask more.
  app.addHook('onRequest', (req, reply, done) => { reply.header('x-request-id', req.id); done(); });
  // Once closing, a kept-alive connection closes after its answer instead of idling until its
  // keep-alive timeout, which would hold the drain up; the client reconnects to another replica.
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onSend', (_req, reply, payload, done) => { if (closing) reply.header('connection', 'close'); done(null, payload); });
  app.setErrorHandler(makeErrorHandler(opts.bodyLimit));
  app.setNotFoundHandler(thiduaNotFoundHandler);
  app.register(thiduaPlugin, { ...opts, pdf });
  app.register(portalPlugin, {
    portalDir: options.portalDir === undefined ? defaultPortalDir() : existingDir(options.portalDir),
    elementsDir: options.elementsDir === undefined ? defaultElementsDir() : existingDir(options.elementsDir),
  });
  app.register(planChunkPlugin, { plans: planChunks });
  return app as unknown as FastifyInstance;
}

export interface StartOptions extends ServerOptions {
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Default 38123; 0 for any free port. */
  port?: number;
  /** How many ports to try, counting up from `port`, when one is in use (default 1: no fallback). */
  portAttempts?: number;
}

export interface StartedServer {
  app: FastifyInstance;
  /** `http://host:port/` as a browser would open it. */
  url: string;
  host: string;
  port: number;
}

/** Creates the reference server and listens; with `portAttempts` > 1 it moves on to the next port while one is busy. */
export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const { host = DEFAULT_HOST, port = DEFAULT_PORT, portAttempts = 1, ...serverOptions } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServerOptionError('port', port, { vi: 'phải là số nguyên từ 0 đến 65535', en: 'must be a whole number from 0 to 65535' });
  for (let i = 0; ; i++) {
    const app = createServer(serverOptions);
    try {
      await app.listen({ host, port: port === 0 ? 0 : port + i });
    } catch (e) {
      await app.close().catch(() => {});
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' && port !== 0 && i + 1 < portAttempts && port + i < 65535) continue;
      throw e;
    }
    const address = app.server.address();
    const actual = typeof address === 'object' && address ? address.port : port + i;
    return { app, url: serverUrl(host, actual), host, port: actual };
  }
}

/** The URL to open: brackets around an IPv6 host; the loopback name for a wildcard host. */
export function serverUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}/`;
}
