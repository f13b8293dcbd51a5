import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Lang } from '@thidua/core';
import { validate } from '@thidua/validate';
import type { FastifyReply } from 'fastify';
import { requireJson } from '../json-body.js';
import { pickLanguage } from '../language.js';
import type { ResolvedPluginOptions } from '../options.js';
import { PlanKindParams, requirePlanKind } from '../plan-params.js';
import { okAnswerBytes } from '../validation-answer.js';
import { verdict } from '../verdict.js';

/** An ASCII file name for `Content-Disposition`: `<plan>-<kind>.pdf`. */
export function pdfFileName(plan: string, kind: string): string {
  return `${plan}-${kind}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120) + '.pdf';
}

export function personal(reply: FastifyReply, lang: Lang): FastifyReply {
  // Answers carry personal data: never stored by a shared cache; their language follows the request.
  const vary = reply.getHeader('vary');
  return reply.header('cache-control', 'no-store').header('content-language', lang)
    .header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language');
}

/**
 * `POST /submissions/:plan/:kind/validate` (and `…/pdf`, in pdf.ts): JSON bodies only (415
 * otherwise, checked before reading), unknown plan or kind 404 (before reading), the body limit 413.
 */
export const submissionRoutes: FastifyPluginAsyncTypebox<Pick<ResolvedPluginOptions, 'bodyLimit' | 'limits' | 'maxIssues'>> = async (app, opts) => {
  const route = { schema: { params: PlanKindParams }, onRequest: [requirePlanKind, requireJson], bodyLimit: opts.bodyLimit };
  const { limits, maxIssues } = opts;
  const check = (plan: string, kind: string, body: unknown, lang: Lang) => validate(plan, kind, body, { lang, limits, maxIssues });

  app.post('/submissions/:plan/:kind/validate', route, async (req, reply) => {
    const lang = pickLanguage(req.headers['accept-language']);
    const r = check(req.params.plan, req.params.kind, req.body, lang);
    const bytes = r.ok ? okAnswerBytes(r.value, r.warnings, r.truncated) : undefined;
    if (bytes) return personal(reply, lang).code(200).type('application/json; charset=utf-8').send(bytes);
    const { status, body } = verdict(r);
    return personal(reply, lang).code(status).send(body);
  });
};
