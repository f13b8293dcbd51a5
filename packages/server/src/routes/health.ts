import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { planIds } from '@thidua/plans';
import type { PdfPool } from '../pdf-pool.js';
import { VERSION } from '../version.js';

export const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('draining')]),
  name: Type.Literal('@thidua/server'),
  version: Type.String(),
  plans: Type.Integer({ description: 'Số kế hoạch / number of plans served' }),
  pdf: Type.Object({
    threads: Type.Integer({ description: 'Số luồng in PDF tối đa / PDF threads' }),
    running: Type.Integer({ description: 'Số PDF đang in / PDFs rendering' }),
    queued: Type.Integer({ description: 'Số PDF đang chờ / PDFs waiting for a thread' }),
  }),
});

/**
 * `GET /health`: the process is up, has its plans, and how busy its PDF threads are; 503
 * `draining` once it has begun to shut down, so a load balancer sends its requests elsewhere.
 */
export const healthRoutes: FastifyPluginAsyncTypebox<{ pool: PdfPool; life: { draining: boolean } }> = async (app, { pool, life }) => {
  app.get('/health', { schema: { response: { 200: HealthResponse, 503: HealthResponse } } }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    const body = { name: '@thidua/server' as const, version: VERSION, plans: planIds().length, pdf: pool.stats() };
    if (life.draining) return reply.code(503).header('connection', 'close').send({ status: 'draining' as const, ...body });
    return { status: 'ok' as const, ...body };
  });
};
