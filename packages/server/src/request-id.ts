import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// A token a proxy or the portal might send: letters, digits and . _ : -, at most 128 of them.
// Anything else (spaces, line breaks, a kilobyte of text) would make the logs lie or bloat.
const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: the caller's `x-request-id` when it is a sane token, so one id follows
 * a request through the load balancer and this server's logs; otherwise a new UUID.
 */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE.test(given) ? given : crypto.randomUUID();
}
