import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { planIds } from '@thidua/plans';
import { VERSION } from '../version.js';

export const HealthResponse = Type.Object({
  status: Type.Literal('ok'),
  name: Type.Literal('@thidua/server'),
  version: Type.String(),
  plans: Type.Integer({ description: 'Số kế hoạch / number of plans served' }),
});

/** `GET /health`: the process is up and has its plans. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', { schema: { response: { 200: HealthResponse } } }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' as const, name: '@thidua/server' as const, version: VERSION, plans: planIds().length };
  });
};
