import type { FastifyReply, FastifyRequest } from 'fastify';
import sjson from 'secure-json-parse';
import { emptyBody, forbiddenKey, malformedJson, unsupportedMediaType } from './errors.js';

/**
 * The plugin's only body parser: JSON text, already bounded by the body limit before it gets
 * here (Fastify stops reading at the limit). `__proto__` anywhere, or `constructor.prototype`,
 * is refused whatever the host application's own poisoning options say.
 */
export function parseJsonBody(_req: FastifyRequest, body: string | Buffer, done: (err: Error | null, value?: unknown) => void): void {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.trim() === '') return done(emptyBody());
  let value: unknown;
  try {
    value = sjson.parse(text, null, { protoAction: 'error', constructorAction: 'error' });
  } catch (e) {
    // secure-json-parse parses first, then scans: its own refusal is the only message of this form.
    return done(/^Object contains forbidden/.test((e as Error).message) ? forbiddenKey() : malformedJson());
  }
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
export async function requireJson(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!isJsonContentType(req.headers['content-type'])) throw unsupportedMediaType();
}
