import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { contentEtagHook } from './content-etag.js';
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

/**
 * Static files are revalidated on each use (`max-age=0`), by a CDN as by a browser: a release
 * changes the elements bundle and the plan chunks together, and a page must not mix them.
 */
export const STATIC_CACHE_CONTROL = 'public, max-age=0';

/** The demo portal: static files at `/` (or the landing page) and the elements bundle at `/elements/`. */
export const portalPlugin: FastifyPluginAsync<PortalOptions> = async (app, opts) => {
  // ETags from content (contentEtagHook), so that every replica gives a file the same one.
  const own = { etag: false, lastModified: false, cacheControl: false, decorateReply: false } as const;
  if (opts.elementsDir) {
    const root = opts.elementsDir;
    await app.register(async (scope) => {
      scope.addHook('onRequest', contentEtagHook(root, '/elements/', STATIC_CACHE_CONTROL));
      await scope.register(fastifyStatic, { root, prefix: '/elements/', index: false, ...own });
    });
  }
  if (opts.portalDir) {
    const root = opts.portalDir;
    await app.register(async (scope) => {
      scope.addHook('onRequest', contentEtagHook(root, '/', STATIC_CACHE_CONTROL));
      await scope.register(fastifyStatic, {
        root,
        prefix: '/',
        ...own,
        // @fastify/static 10 passes the Fastify reply here.
        setHeaders: (reply, file) => {
          if (file.endsWith('.html')) reply.header('content-security-policy', PORTAL_CSP);
          reply.header('x-content-type-options', 'nosniff');
        },
      });
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
