import cors from '@fastify/cors';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { makeErrorHandler, thiduaNotFoundHandler } from './error-handler.js';
import { parseJsonBody } from './json-body.js';
import { LOG_SERIALIZERS } from './logging.js';
import { resolvePluginOptions, type ThiduaPluginOptions } from './options.js';
import { healthRoutes } from './routes/health.js';
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
 * host app's options. Under a prefix it also answers unknown paths with a JSON 404; mounted at
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

  await app.register(healthRoutes);
  await app.register(planRoutes);
  await app.register(schemaRoutes, { schemaMaxAge: opts.schemaMaxAge });
  await app.register(submissionRoutes, { bodyLimit: opts.bodyLimit, limits: opts.limits, maxIssues: opts.maxIssues });
};
