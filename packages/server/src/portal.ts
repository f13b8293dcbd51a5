import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { landingPage } from './landing-page.js';

export interface PortalOptions {
  /** Existing folder served at `/`, or undefined for the landing page. */
  portalDir: string | undefined;
  /** Existing folder served at `/elements/`, or undefined. */
  elementsDir: string | undefined;
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The demo portal's pages run under the policy a strict provincial portal would set: scripts
 * and styles from this origin only, no eval. Sent as a header (stronger than the pages' meta).
 */
export const PORTAL_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/** The demo portal: static files at `/` (or the landing page) and the elements bundle at `/elements/`. */
export const portalPlugin: FastifyPluginAsync<PortalOptions> = async (app, opts) => {
  if (opts.elementsDir) {
    await app.register(fastifyStatic, { root: opts.elementsDir, prefix: '/elements/', decorateReply: false, index: false });
  }
  if (opts.portalDir) {
    await app.register(fastifyStatic, {
      root: opts.portalDir,
      prefix: '/',
      decorateReply: false,
      // @fastify/static 10 passes the Fastify reply here.
      setHeaders: (reply, file) => {
        if (file.endsWith('.html')) reply.header('content-security-policy', PORTAL_CSP);
        reply.header('x-content-type-options', 'nosniff');
      },
    });
    return;
  }
  const html = landingPage();
  app.get('/', async (_req, reply) => reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .send(html));
};
