import cors from '@fastify/cors';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { makeErrorHandler, thiduaNotFoundHandler } from './error-handler.js';
import { draining } from './errors.js';
import { parseJsonBody } from './json-body.js';
import { LOG_SERIALIZERS } from './logging.js';
import { resolvePluginOptions, type ThiduaPluginOptions } from './options.js';
import { PdfPool } from './pdf-pool.js';
import { healthRoutes } from './routes/health.js';
import { pdfRoutes } from './routes/pdf.js';
import { planRoutes } from './routes/plans.js';
import { schemaRoutes } from './routes/schemas.js';
import { submissionRoutes } from './routes/submissions.js';

/**
 * The Thi Đua HTTP API as a Fastify plugin, for a portal's own Fastify app:
 *
 * ```ts
 * await app.register(thiduaPlugin, { prefix: '/api/thidua', corsOrigins: ['https://portal.example'] });
 * ```
 *
 * Routes (under the prefix): `GET /health`, `GET /plans`, `GET /schemas/:plan/:kind.json`,
 * `POST /submissions/:plan/:kind/validate`, `POST /submissions/:plan/:kind/pdf`.
 *
 * The plugin is encapsulated: its JSON parser (poisoning refused, bounded by `bodyLimit`),
 * error handler, log serializers and CORS apply to its routes only, and do not depend on the
 * host app's options. PDFs render in a pool of worker threads, started on the first PDF and
 * stopped when the app closes. Under a prefix it also answers unknown paths with a JSON 404; mounted at
 * the root, the host's 404 handler stays in charge (use `thiduaNotFoundHandler` for the same answer).
 */
export const thiduaPlugin: FastifyPluginAsyncTypebox<ThiduaPluginOptions> = async (app, rawOpts) => {
  const opts = resolvePluginOptions(rawOpts);

  app.addHook('onRoute', (route) => {
    route.logSerializers = { ...LOG_SERIALIZERS, ...route.logSerializers };
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: opts.bodyLimit }, parseJsonBody);
  app.setErrorHandler(makeErrorHandler(opts.bodyLimit));
  // Fastify allows one 404 handler per prefix: under a prefix it is ours; at the root it is the
  // host's (createServer installs thiduaNotFoundHandler there).
  if (app.prefix) app.setNotFoundHandler(thiduaNotFoundHandler);

  if (opts.corsOrigins.length) {
    await app.register(cors, {
      origin: opts.corsOrigins,
      methods: ['GET', 'HEAD', 'POST'],
      allowedHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match'],
      exposedHeaders: ['Content-Disposition', 'Content-Language', 'ETag'],
      maxAge: 600,
    });
  }

  const pool = new PdfPool(opts.pdf);
  // Set as soon as the app starts closing: /health turns 503 so a load balancer stops sending.
  const life = { draining: false };
  app.addHook('preClose', async () => { life.draining = true; });
  // A request that still arrives on an open connection is sent back to the load balancer.
  app.addHook('onRequest', (req, reply, done) => {
    if (life.draining && req.routeOptions.url !== `${app.prefix}/health`) {
      reply.header('connection', 'close');
      return done(draining());
    }
    done();
  });
  // After the requests in flight, their PDFs included, have been answered.
  app.addHook('onClose', async () => { await pool.close(); });

  await app.register(healthRoutes, { pool, life });
  await app.register(planRoutes);
  await app.register(schemaRoutes, { schemaMaxAge: opts.schemaMaxAge });
  const submissions = { bodyLimit: opts.bodyLimit, limits: opts.limits, maxIssues: opts.maxIssues };
  await app.register(submissionRoutes, submissions);
  await app.register(pdfRoutes, { ...submissions, pool, stallMs: opts.pdf.stallMs });
};
