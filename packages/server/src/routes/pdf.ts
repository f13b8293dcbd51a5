import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DocumentKind } from '@thidua/core';
import { JsonTextError } from '@thidua/validate';
import { refusedJson } from '../errors.js';
import { requireJson } from '../json-body.js';
import { pickLanguage } from '../language.js';
import type { ResolvedPluginOptions } from '../options.js';
import type { PdfPool } from '../pdf-pool.js';
import { PlanKindParams, requirePlanKind } from '../plan-params.js';
import { pdfFileName, personal } from './submissions.js';

/**
 * `POST /submissions/:plan/:kind/pdf`: the body's bytes go to the pool's threads as they came,
 * and a thread reads, validates and renders them, so neither a long PDF nor the parsing and
 * validation of a 0.7 MB dossier holds up a validation request on the event loop. The answers
 * are those of the validation route (400 for a body that is not strict JSON, 422 with the
 * errors) or the PDF. A client that disconnects cancels its job.
 */
export const pdfRoutes: FastifyPluginAsyncTypebox<Pick<ResolvedPluginOptions, 'bodyLimit' | 'limits' | 'maxIssues'> & { pool: PdfPool }> = async (app, opts) => {
  const route = { schema: { params: PlanKindParams }, onRequest: [requirePlanKind, requireJson], bodyLimit: opts.bodyLimit };
  const { limits, maxIssues, pool } = opts;

  // This plugin's own context: the bytes, unread (the body limit still applies).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: opts.bodyLimit }, (_req, body, done) => done(null, body));

  app.post('/submissions/:plan/:kind/pdf', route, async (req, reply) => {
    const lang = pickLanguage(req.headers['accept-language']);
    const { plan, kind } = req.params;
    const body = req.body as Buffer;
    // The response closes before it is finished only when the connection went away.
    const gone = new AbortController();
    const onClose = () => { if (!reply.raw.writableFinished) gone.abort(); };
    reply.raw.once('close', onClose);
    try {
      const out = await pool.render({ plan, kind: kind as DocumentKind, body, lang, limits, maxIssues }, gone.signal);
      if ('refused' in out) {
        const { code, messageVi, messageEn, position } = out.refused;
        throw refusedJson(new JsonTextError(code, messageVi, messageEn, position));
      }
      if ('invalid' in out) return personal(reply, lang).code(422).send(out.invalid);
      return personal(reply, lang)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${pdfFileName(plan, kind)}"`)
        .send(Buffer.from(out.pdf.buffer, out.pdf.byteOffset, out.pdf.byteLength));
    } finally {
      reply.raw.off('close', onClose);
    }
  });
};
