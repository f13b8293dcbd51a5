import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { badUrl, notFound, toHttpError } from './errors.js';

/**
 * The error handler: every error becomes `{ error: { code, message, messageEn } }` with its
 * status. Client errors are logged at info with their code only; a 500 is logged with its
 * stack frames (see LOG_SERIALIZERS) and says nothing about the request to the client.
 */
export function makeErrorHandler(bodyLimit: number) {
  return function thiduaErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
    const e = toHttpError(err, bodyLimit);
    if (e.code === 'THIDUA_INTERNAL') req.log.error({ err }, 'request failed');
    // Busy, out of time or shutting down: the server's state, not a bug, and no stack to show.
    else if (e.statusCode >= 500) req.log.warn({ error: { code: e.code, statusCode: e.statusCode } }, 'refused');
    else req.log.info({ error: { code: e.code, statusCode: e.statusCode } }, 'client error');
    if (e.details.retryAfter !== undefined) reply.header('retry-after', String(e.details.retryAfter));
    return reply.code(e.statusCode).header('cache-control', 'no-store').send(e.toBody());
  };
}

/** 404 `{ error: { code: 'THIDUA_NOT_FOUND', … } }` for any path the routes do not know. */
export function thiduaNotFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send(notFound(req.method, req.url).toBody());
}

/**
 * Fastify's `frameworkErrors` (a server option, so for the host app to set): a malformed URL
 * (400) or an over-long path parameter (414) answered in the same shape, without echoing the URL.
 */
export function thiduaFrameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const e = badUrl(err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400);
  req.log.info({ error: { code: e.code, statusCode: e.statusCode } }, 'client error');
  return reply.code(e.statusCode).header('cache-control', 'no-store').send(e.toBody());
}
