import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { catalog } from '@thidua/plans';

export const PlanSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  province: Type.String(),
  kinds: Type.Array(Type.String()),
});

/** `GET /plans`: the catalogue, the same array as `thidua plans --json`. */
export const planRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const list = catalog().map(({ id, title, province, kinds }) => ({ id, title, province, kinds }));
  app.get('/plans', { schema: { response: { 200: Type.Array(PlanSummary) } } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return list;
  });
};
