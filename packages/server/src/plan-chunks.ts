import { contentEtag, etagMatches } from './content-etag.js';
import type { FastifyPluginAsync } from 'fastify';
import { DOCUMENT_KINDS, getSchema, type AddedPlan } from '@thidua/plans';
import { planChunkSources, prepareValidation } from '@thidua/validate';

interface Chunk { body: string; etag: string }

/** A plan's browser chunks by file name (`plan.js`, `report.js`, `nomination.js`). */
export type PlanChunks = Map<string, Chunk>;

/**
 * Readies the plans read from folders at start: their validators compiled (the API's
 * first request does not wait for them) and their browser chunks written, the same sources the
 * elements build ships for its own plans, unminified.
 */
export function preparePlans(plans: readonly AddedPlan[]): Map<string, PlanChunks> {
  const out = new Map<string, PlanChunks>();
  for (const { id, folder } of plans) {
    for (const kind of DOCUMENT_KINDS) prepareValidation(id, kind);
    const schemas = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, getSchema(id, k)])) as Record<(typeof DOCUMENT_KINDS)[number], object>;
    const sources = planChunkSources(folder.definition, schemas);
    const chunks: PlanChunks = new Map();
    for (const [part, body] of Object.entries(sources)) {
      chunks.set(`${part}.js`, { body, etag: contentEtag(body) });
    }
    out.set(id, chunks);
  }
  return out;
}

/**
 * `GET /elements/plans/<id>/{plan,report,nomination}.js` of the plans read from folders, beside
 * the built-in chunks of `/elements/` (and in their place for a plan that replaces a built-in
 * one): same origin, so `<thidua-form>` loads them under `script-src 'self'`. Strong ETag, 304
 * on a match, revalidated on each use as the static files are.
 */
export const planChunkPlugin: FastifyPluginAsync<{ plans: Map<string, PlanChunks> }> = async (app, opts) => {
  for (const [id, chunks] of opts.plans) {
    for (const [file, { body, etag }] of chunks) {
      app.get(`/elements/plans/${id}/${file}`, async (req, reply) => {
        reply.header('etag', etag).header('cache-control', 'public, max-age=0').header('x-content-type-options', 'nosniff');
        if (etagMatches(req.headers['if-none-match'], etag)) return reply.code(304).send();
        return reply.type('text/javascript; charset=utf-8').send(body);
      });
    }
  }
};
