import { contentEtag, etagMatches } from '../content-etag.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getSchema } from '@thidua/plans';
import { PlanKindParams, requirePlanKind } from '../plan-params.js';

interface Published { body: string; etag: string }


/**
 * `GET /schemas/:plan/:kind.json`: the published JSON Schema, byte for byte the file
 * `packages/plans/dist/schemas/<plan>/<kind>.schema.json`, with a strong ETag; a matching
 * `If-None-Match` gets 304.
 */
export const schemaRoutes: FastifyPluginAsyncTypebox<{ schemaMaxAge: number }> = async (app, opts) => {
  const cache = new Map<string, Published>();
  const published = (plan: string, kind: string): Published => {
    const key = `${plan}/${kind}`;
    let p = cache.get(key);
    if (!p) {
      const body = JSON.stringify(getSchema(plan, kind), null, 2) + '\n';
      p = { body, etag: contentEtag(body) };
      cache.set(key, p);
    }
    return p;
  };

  app.get('/schemas/:plan/:kind.json', { schema: { params: PlanKindParams }, onRequest: requirePlanKind }, async (req, reply) => {
    const { body, etag } = published(req.params.plan, req.params.kind);
    reply.header('etag', etag).header('cache-control', `public, max-age=${opts.schemaMaxAge}`);
    if (etagMatches(req.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });
};
