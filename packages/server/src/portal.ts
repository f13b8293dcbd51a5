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

/** The demo portal: static files at `/` (or the landing page) and the elements bundle at `/elements/`. */
export const portalPlugin: FastifyPluginAsync<PortalOptions> = async (app, opts) => {
  if (opts.elementsDir) {
    await app.register(fastifyStatic, { root: opts.elementsDir, prefix: '/elements/', decorateReply: false, index: false });
  }
  if (opts.portalDir) {
    await app.register(fastifyStatic, { root: opts.portalDir, prefix: '/', decorateReply: false });
    return;
  }
  const html = landingPage();
  app.get('/', async (_req, reply) => reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .send(html));
};
