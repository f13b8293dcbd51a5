import type { FastifyReply, FastifyRequest } from 'fastify';
import { JsonTextError, parseJsonText } from '@thidua/validate';
import { refusedJson, unsupportedMediaType } from './errors.js';
import { keepRawBody } from './validation-answer.js';

/**
 * The plugin's only body parser, the SDK's strict JSON (`parseJsonText`, as in `thidua validate`):
 * the raw bytes, already bounded by the body limit (Fastify stops reading at the limit), must
 * be UTF-8, with no repeated key and no lone surrogate; `__proto__` anywhere, or
 * `constructor.prototype`, is refused whatever the host application's own poisoning options say.
 * The bytes are kept with the parsed value: a valid dossier's answer repeats them as they are.
 */
export function parseJsonBody(_req: FastifyRequest, body: string | Buffer, done: (err: Error | null, value?: unknown) => void): void {
  let value: unknown;
  try {
    value = parseJsonText(body);
  } catch (e) {
    if (e instanceof JsonTextError) return done(refusedJson(e));
    throw e;
  }
  if (typeof body !== 'string') keepRawBody(value, body);
  done(null, value);
}

/** `application/json`, with no charset or UTF-8. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  for (const p of params) {
    const [k = '', v = ''] = p.split('=');
    if (k.trim().toLowerCase() === 'charset' && !/^"?utf-?8"?$/i.test(v.trim())) return false;
  }
  return true;
}

/** onRequest hook of the submission routes: 415 before a byte of a non-JSON body is read. */
export function requireJson(req: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void): void {
  done(isJsonContentType(req.headers['content-type']) ? undefined : unsupportedMediaType());
}
