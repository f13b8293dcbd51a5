// thiduaPlugin mounted in a portal's own Fastify app: under a prefix, whatever the host's
// options; CORS allow-list; the demo portal's static folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { thiduaPlugin, createServer } from '@thidua/server';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAN, VALIDATE, example, expectErrorBody, loadFastify, post, server } from './helpers.js';

describe('mounted under a prefix in a host app', async () => {
  const Fastify = await loadFastify();
  // A host with lax settings of its own: poisoning only stripped, a 50 MB body limit, text parsing.
  const host = Fastify({ onProtoPoisoning: 'remove', onConstructorPoisoning: 'ignore', bodyLimit: 50 * 1024 * 1024 });
  host.get('/', async () => 'portal home');
  host.post('/echo', async (req) => req.body);
  await host.register(thiduaPlugin, { prefix: '/api/thidua', bodyLimit: 64 * 1024 });
  afterAll(() => host.close());
  const P = '/api/thidua';

  it('answers the contract under the prefix', async () => {
    expect((await host.inject(`${P}/health`)).json().status).toBe('ok');
    expect((await host.inject(`${P}/plans`)).statusCode).toBe(200);
    expect((await host.inject(`${P}/schemas/${PLAN}/report.json`)).headers.etag).toBeTruthy();
    expect((await post(host as never, P + VALIDATE, example())).statusCode).toBe(200);
  });

  it('keeps its own rules for poisoning, the body limit and media types, whatever the host says', async () => {
    const poisoned = await post(host as never, P + VALIDATE, '{"__proto__": {"x": 1}}');
    expect(poisoned.statusCode).toBe(400);
    expectErrorBody(poisoned.json(), 'THIDUA_FORBIDDEN_KEY');
    const ctor = await post(host as never, P + VALIDATE, '{"constructor": {"prototype": {"x": 1}}}');
    expect(ctor.statusCode).toBe(400);
    const big = await post(host as never, P + VALIDATE, { a: 'x'.repeat(100 * 1024) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.limit).toBe(64 * 1024);
    const text = await host.inject({ method: 'POST', url: P + VALIDATE, headers: { 'content-type': 'text/plain' }, payload: 'x' });
    expect(text.statusCode).toBe(415);
  });

  it('answers unknown paths under its prefix with its JSON 404, and leaves the host alone', async () => {
    const r = await host.inject(`${P}/nothing`);
    expect(r.statusCode).toBe(404);
    expectErrorBody(r.json(), 'THIDUA_NOT_FOUND');
    expect((await host.inject('/')).body).toBe('portal home');
    // The host's own routes keep the host's parser and options.
    const echo = await host.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(echo.body).toBe('hello');
    expect((await host.inject('/other')).json()).toMatchObject({ statusCode: 404 });
  });

  it('mounts at the root of a host too (the host keeps its 404 handler)', async () => {
    const root = Fastify();
    root.setNotFoundHandler((_req, reply) => reply.code(404).send({ host404: true }));
    await root.register(thiduaPlugin);
    expect((await post(root as never, VALIDATE, example())).statusCode).toBe(200);
    expect((await root.inject('/nothing')).json()).toEqual({ host404: true });
    await root.close();
  });

  it('rejects bad options with a bilingual TypeError', async () => {
    const bad = Fastify();
    bad.register(thiduaPlugin, { corsOrigins: ['https://ok.example/path'] });
    await expect(bad.ready()).rejects.toThrow(/corsOrigins/);
    expect(() => createServer({ bodyLimit: -1 })).toThrow(/bodyLimit/);
  });
});

describe('CORS allow-list', () => {
  const app = server({ corsOrigins: ['https://congthongtin.lamdong.gov.vn', 'http://localhost:5173'] });
  afterAll(() => app.close());

  it('an allowed origin gets Access-Control-Allow-Origin, on preflight and on the request', async () => {
    const pre = await app.inject({ method: 'OPTIONS', url: VALIDATE, headers: { origin: 'https://congthongtin.lamdong.gov.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, accept-language' } });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://congthongtin.lamdong.gov.vn');
    expect(String(pre.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase()).toContain('content-type');
    const r = await post(app, VALIDATE, example(), { origin: 'http://localhost:5173' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(String(r.headers.vary)).toMatch(/Origin/);
    expect(String(r.headers.vary)).toMatch(/Accept-Language/);
    expect(String(r.headers['access-control-expose-headers'])).toContain('Content-Disposition');
  });

  it('a refused origin gets no CORS headers (the browser then blocks the answer)', async () => {
    for (const origin of ['https://evil.example', 'https://congthongtin.lamdong.gov.vn.evil.example', 'null']) {
      const pre = await app.inject({ method: 'OPTIONS', url: VALIDATE, headers: { origin, 'access-control-request-method': 'POST' } });
      expect(pre.headers['access-control-allow-origin'], origin).toBeUndefined();
      const r = await post(app, VALIDATE, example(), { origin });
      expect(r.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it('by default no origin is allowed', async () => {
    const plain = server();
    const r = await post(plain, VALIDATE, example(), { origin: 'https://congthongtin.lamdong.gov.vn' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    await plain.close();
  });
});

describe('the demo portal folders', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-portal-'));
  const portal = path.join(tmp, 'portal');
  const elements = path.join(tmp, 'elements');
  fs.mkdirSync(portal);
  fs.mkdirSync(elements);
  fs.writeFileSync(path.join(portal, 'index.html'), '<!doctype html><title>Cổng mẫu</title><thidua-form plan="lam-dong-2022-2025"></thidua-form>');
  fs.writeFileSync(path.join(portal, 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(elements, 'thidua-elements.js'), 'export {};');
  const app = createServer({ portalDir: portal, elementsDir: elements });
  afterAll(async () => { await app.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

  it('serves the portal at / and the elements bundle at /elements/', async () => {
    const home = await app.inject('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<thidua-form');
    expect((await app.inject('/app.js')).headers['content-type']).toMatch(/javascript/);
    const el = await app.inject('/elements/thidua-elements.js');
    expect(el.statusCode).toBe(200);
    expect(el.body).toBe('export {};');
  });

  it('keeps the API beside it, and 404s in JSON', async () => {
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await post(app, VALIDATE, example())).statusCode).toBe(200);
    const missing = await app.inject('/no-such-file.html');
    expect(missing.statusCode).toBe(404);
    expectErrorBody(missing.json(), 'THIDUA_NOT_FOUND');
    expect((await app.inject('/elements/../../etc/passwd')).statusCode).toBe(404);
  });

  it('falls back to the landing page when the portal folder does not exist', async () => {
    const other = createServer({ portalDir: path.join(tmp, 'missing'), elementsDir: false });
    const r = await other.inject('/');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('/schemas/lam-dong-2022-2025/nomination.json');
    await other.close();
  });
});
