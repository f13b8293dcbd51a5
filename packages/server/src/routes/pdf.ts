import type { ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DocumentKind } from '@thidua/core';
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
 * errors) or the PDF. A client that disconnects cancels its job; one that stops reading its PDF
 * for `stallMs` is cut.
 */
export const pdfRoutes: FastifyPluginAsyncTypebox<Pick<ResolvedPluginOptions, 'bodyLimit' | 'limits' | 'maxIssues'> & { pool: PdfPool; stallMs: number }> = async (app, opts) => {
  const route = { schema: { params: PlanKindParams }, onRequest: [requirePlanKind, requireJson], bodyLimit: opts.bodyLimit };
  const { limits, maxIssues, pool, stallMs } = opts;

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
      if ('refused' in out) throw refusedJson(out.refused);
      if ('invalid' in out) return personal(reply, lang).code(422).send(out.invalid);
      cutWhenStalled(reply.raw, stallMs, app.server.timeout);
      return personal(reply, lang)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${pdfFileName(plan, kind)}"`)
        .send(Buffer.from(out.pdf.buffer, out.pdf.byteOffset, out.pdf.byteLength));
    } finally {
      reply.raw.off('close', onClose);
    }
  });
};

/**
 * A PDF is megabytes: a client that stops reading leaves most of it queued in the server's
 * memory, and its connection open, for as long as the client stays connected. Node cuts a
 * socket idle for its timeout, and writing nothing counts as idle; once the PDF is out, the
 * connection gets back the server's own timeout for its next request.
 */
function cutWhenStalled(res: ServerResponse, stallMs: number, serverTimeout: number): void {
  const socket = res.socket;
  // Only a real connection: an injected request (tests, `app.inject`) has a stand-in.
  if (!(socket instanceof Socket)) return;
  const cut = () => socket.destroy();
  socket.setTimeout(stallMs);
  socket.once('timeout', cut);
  res.once('close', () => {
    socket.off('timeout', cut);
    if (!socket.destroyed) socket.setTimeout(serverTimeout);
  });
}
