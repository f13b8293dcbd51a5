// examples/express-adapter: the Express portal, in process and as a proxy to the reference
// server, answers like the reference server.
import type { AddressInfo } from 'node:net';
import { getSchema } from '@thidua/plans';
import { DEFAULT_MAX_ISSUES as SERVER_MAX_ISSUES, startServer } from '@thidua/server';
import { DEFAULT_MAX_ISSUES, validate } from '@thidua/validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankFreeText, emptyNominees } from '../validate/helpers.js';
import { PLAN, VALIDATE, PDF, example } from './helpers.js';
// @ts-expect-error: a plain-JS example, no declarations
import { createApp } from '../../examples/express-adapter/app.mjs';

async function listen(app: any): Promise<{ base: string; close: () => Promise<void> }> {
  const server = await new Promise<any>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/thidua`, close: () => new Promise((r) => server.close(() => r())) };
}

const postJson = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

let upstream: Awaited<ReturnType<typeof startServer>>;
const modes: Record<string, { base: string; close: () => Promise<void> }> = {};

beforeAll(async () => {
  upstream = await startServer({ port: 0, portalDir: false });
  modes['in process'] = await listen(createApp());
  modes['proxy'] = await listen(createApp({ upstream: upstream.url }));
});
afterAll(async () => {
  for (const m of Object.values(modes)) await m.close();
  await upstream.app.close();
});

for (const mode of ['in process', 'proxy']) {
  describe(`Express adapter, ${mode}`, () => {
    it('valid → 200 with the value; blanked → 422 with validate()\'s errors; English on request', async () => {
      const base = modes[mode]!.base;
      const ok = await postJson(base + VALIDATE, JSON.stringify(example()));
      expect(ok.status).toBe(200);
      expect((await ok.json()).value.planId).toBe(PLAN);
      const data = blankFreeText(example(), getSchema(PLAN, 'nomination'));
      for (const lang of ['vi', 'en'] as const) {
        const bad = await postJson(base + VALIDATE, JSON.stringify(data), { 'accept-language': lang });
        expect(bad.status).toBe(422);
        expect((await bad.json()).errors).toEqual(JSON.parse(JSON.stringify(validate(PLAN, 'nomination', data, { lang }).errors)));
      }
    });

    it('PDF → 200 application/pdf', async () => {
      const r = await postJson(modes[mode]!.base + PDF, JSON.stringify(example()));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.headers.get('content-disposition')).toBe(`attachment; filename="${PLAN}-nomination.pdf"`);
      expect(Buffer.from(await r.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('the issue\'s 2 MB body of empty nominees → a small 422 at once, and a request beside it is not kept waiting', async () => {
      // Before validate() was bounded by default: 14.2 s, a 266 MB answer, 2.07 GB of memory.
      const base = modes[mode]!.base;
      // Just under the adapter's 2 MB limit in UTF-8 bytes, with room for the example to grow.
      const hostile = JSON.stringify(emptyNominees(PLAN, 94_000));
      expect(hostile.length).toBeGreaterThan(2_000_000);
      expect(Buffer.byteLength(hostile)).toBeLessThanOrEqual(2 * 1024 * 1024);
      await postJson(base + VALIDATE, JSON.stringify(example())); // warm: schema compiled
      const t0 = performance.now();
      const [bad, normal] = await Promise.all([
        postJson(base + VALIDATE, hostile).then(async (r) => ({ status: r.status, text: await r.text(), ms: performance.now() - t0 })),
        new Promise((resolve) => setTimeout(resolve, 20)).then(() => postJson(base + VALIDATE, JSON.stringify(example()))).then(async (r) => ({ status: r.status, ms: performance.now() - t0, body: await r.json() })),
      ]);
      expect(bad.status).toBe(422);
      expect(bad.text.length).toBeLessThan(10_000);
      expect(JSON.parse(bad.text).errors.length).toBeLessThanOrEqual(DEFAULT_MAX_ISSUES);
      expect(bad.ms).toBeLessThan(3000);
      expect(normal.status).toBe(200);
      expect(normal.body.ok).toBe(true);
      expect(normal.ms).toBeLessThan(3000);
    });

    it('many errors → the first ones, truncated (validate()\'s default in process, the reference server\'s behind the proxy)', async () => {
      const r = await postJson(modes[mode]!.base + VALIDATE, JSON.stringify(emptyNominees(PLAN, 20_000)));
      expect(r.status).toBe(422);
      const body = await r.json();
      expect(body.truncated).toBe(true);
      expect(body.errors).toHaveLength(mode === 'proxy' ? SERVER_MAX_ISSUES : DEFAULT_MAX_ISSUES);
    });

    it('bad input → the same 4xx codes', async () => {
      const base = modes[mode]!.base;
      const cases: [string, RequestInit, number, string][] = [
        ['malformed', { body: '{"a":' }, 400, 'THIDUA_MALFORMED_JSON'],
        ['empty', { body: '' }, 400, 'THIDUA_EMPTY_BODY'],
        ['invalid UTF-8', { body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) }, 400, 'THIDUA_INVALID_UTF8'],
        ['duplicate key', { body: '{"planId":"a","nested":{"x":1,"x":2}}' }, 400, 'THIDUA_DUPLICATE_KEY'],
        ['lone surrogate', { body: '{"a":"\\ud800"}' }, 400, 'THIDUA_LONE_SURROGATE'],
        ['__proto__', { body: '{"__proto__": {"x": 1}}' }, 400, 'THIDUA_FORBIDDEN_KEY'],
        ['constructor.prototype', { body: '{"constructor": {"prototype": {"x": 1}}}' }, 400, 'THIDUA_FORBIDDEN_KEY'],
        ['3 MB', { body: JSON.stringify({ a: 'x'.repeat(3 * 1024 * 1024) }) }, 413, 'THIDUA_BODY_TOO_LARGE'],
        ['text/plain', { body: '{}', headers: { 'content-type': 'text/plain' } }, 415, 'THIDUA_UNSUPPORTED_MEDIA_TYPE'],
      ];
      for (const [name, init, status, code] of cases) {
        const r = await fetch(base + VALIDATE, { method: 'POST', headers: { 'content-type': 'application/json', ...(init.headers as object) }, body: init.body });
        expect(r.status, name).toBe(status);
        expect((await r.json()).error.code, name).toBe(code);
        expect(({} as any).x).toBeUndefined();
      }
      const unknown = await postJson(`${base}/submissions/nope/nomination/validate`, '{}');
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).error.code).toBe('THIDUA_UNKNOWN_PLAN');
    });
  });
}
