import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DocumentKind } from '@thidua/core';
import { validate } from '@thidua/validate';
import { requireJson } from '../json-body.js';
import { pickLanguage } from '../language.js';
import type { ResolvedPluginOptions } from '../options.js';
import type { PdfPool } from '../pdf-pool.js';
import { PlanKindParams, requirePlanKind } from '../plan-params.js';
import { pdfFileName, personal, verdict } from './submissions.js';

/**
 * `POST /submissions/:plan/:kind/pdf`: validated here, on the event loop (a verdict costs
 * little), rendered in the pool's threads, so a long PDF never holds up a validation. A client
 * that disconnects cancels its job.
 */
export const pdfRoutes: FastifyPluginAsyncTypebox<Pick<ResolvedPluginOptions, 'bodyLimit' | 'limits' | 'maxIssues'> & { pool: PdfPool }> = async (app, opts) => {
  const route = { schema: { params: PlanKindParams }, onRequest: [requirePlanKind, requireJson], bodyLimit: opts.bodyLimit };
  const { limits, maxIssues, pool } = opts;

  app.post('/submissions/:plan/:kind/pdf', route, async (req, reply) => {
    const lang = pickLanguage(req.headers['accept-language']);
    const { plan, kind } = req.params;
    const r = validate(plan, kind, req.body, { lang, limits, maxIssues });
    if (!r.ok) return personal(reply, lang).code(422).send(verdict(r).body);
    // The response closes before it is finished only when the connection went away.
    const gone = new AbortController();
    const onClose = () => { if (!reply.raw.writableFinished) gone.abort(); };
    reply.raw.once('close', onClose);
    try {
      const out = await pool.render({ plan, kind: kind as DocumentKind, value: r.value, lang }, gone.signal);
      return personal(reply, lang)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${pdfFileName(plan, kind)}"`)
        .send(Buffer.from(out.pdf.buffer, out.pdf.byteOffset, out.pdf.byteLength));
    } finally {
      reply.raw.off('close', onClose);
    }
  });
};
