// Every endpoint of the reference server through fastify.inject.
import { availableParallelism } from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { catalog, getSchema, planIds } from '@thidua/plans';
import { validate } from '@thidua/validate';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfInfo, isA4, isA4Portrait } from '../pdf/tools.js';
import { blankFreeText } from '../validate/helpers.js';
import { PDF, PLAN, ROOT, VALIDATE, example, post, server } from './helpers.js';

const app = server();
afterAll(() => app.close());

describe('GET /health', () => {
  it('answers ok with the version, the number of plans and the PDF pool', async () => {
    const r = await app.inject('/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', name: '@thidua/server', version: '0.1.0', plans: planIds().length, pdf: { threads: Math.max(1, availableParallelism() - 1), running: 0, queued: 0 } });
    expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /plans', () => {
  it('is the catalogue, the same array as `thidua plans --json`', async () => {
    const r = await app.inject('/plans');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual(catalog().map(({ id, title, province, kinds }) => ({ id, title, province, kinds })));
  });
});

describe('GET /schemas/:plan/:kind.json', () => {
  for (const id of planIds()) {
    for (const kind of ['report', 'nomination'] as const) {
      it(`${id} ${kind}: byte for byte the published file, with ETag and Cache-Control`, async () => {
        const r = await app.inject(`/schemas/${id}/${kind}.json`);
        expect(r.statusCode).toBe(200);
        expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(r.json()).toEqual(JSON.parse(JSON.stringify(getSchema(id, kind))));
        const file = path.join(ROOT, `packages/plans/dist/schemas/${id}/${kind}.schema.json`);
        if (fs.existsSync(file)) expect(r.body).toBe(fs.readFileSync(file, 'utf8'));
        expect(r.headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
        expect(r.headers['cache-control']).toBe('public, max-age=300');
      });
    }
  }

  it('answers 304 with no body to a matching If-None-Match (also weak, in a list, or *)', async () => {
    const first = await app.inject(`/schemas/${PLAN}/nomination.json`);
    const etag = first.headers.etag as string;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const r = await app.inject({ url: `/schemas/${PLAN}/nomination.json`, headers: { 'if-none-match': inm } });
      expect(r.statusCode, inm).toBe(304);
      expect(r.body).toBe('');
      expect(r.headers.etag).toBe(etag);
      expect(r.headers['cache-control']).toBe('public, max-age=300');
    }
    const stale = await app.inject({ url: `/schemas/${PLAN}/nomination.json`, headers: { 'if-none-match': '"stale"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('gives each schema its own ETag', async () => {
    const tags = new Set<string>();
    for (const id of planIds()) for (const k of ['report', 'nomination']) tags.add((await app.inject(`/schemas/${id}/${k}.json`)).headers.etag as string);
    expect(tags.size).toBe(planIds().length * 2);
  });

  it('honours schemaMaxAge', async () => {
    const other = server({ schemaMaxAge: 60 });
    expect((await other.inject(`/schemas/${PLAN}/report.json`)).headers['cache-control']).toBe('public, max-age=60');
    await other.close();
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await app.inject({ method: 'HEAD', url: `/schemas/${PLAN}/report.json` });
    expect(r.statusCode).toBe(200);
    expect(r.body).toBe('');
    expect(r.headers.etag).toBeTruthy();
  });
});

describe('POST /submissions/:plan/:kind/validate', () => {
  for (const id of planIds()) {
    for (const kind of ['report', 'nomination'] as const) {
      it(`${id} ${kind}: the example → 200 { ok, value, warnings }, exactly validate()'s`, async () => {
        const data = example(kind, id);
        const r = await post(app, `/submissions/${id}/${kind}/validate`, data);
        expect(r.statusCode).toBe(200);
        const body = r.json();
        const expected = validate(id, kind, data);
        expect(body).toEqual(JSON.parse(JSON.stringify({ ok: true, value: expected.value, warnings: expected.warnings })));
        expect(r.headers['cache-control']).toBe('no-store');
        expect(r.headers['content-language']).toBe('vi');
        expect(r.headers.vary).toContain('Accept-Language');
      });
    }
  }

  it('returns the NFC-normalised value', async () => {
    const data = example();
    data.header.agency = data.header.agency.normalize('NFD');
    const r = await post(app, VALIDATE, data);
    expect(r.statusCode).toBe(200);
    expect(r.json().value.header.agency).toBe(data.header.agency.normalize('NFC'));
  });

  it('a blanked dossier → 422 with Vietnamese messages, exactly the errors of validate()', async () => {
    const data = blankFreeText(example(), getSchema(PLAN, 'nomination'));
    const r = await post(app, VALIDATE, data);
    expect(r.statusCode).toBe(422);
    const body = r.json();
    expect(body.ok).toBe(false);
    expect(body).not.toHaveProperty('value');
    const expected = validate(PLAN, 'nomination', data);
    expect(body.errors).toEqual(JSON.parse(JSON.stringify(expected.errors)));
    expect(body.warnings).toEqual(JSON.parse(JSON.stringify(expected.warnings)));
    expect(body.errors.length).toBeGreaterThan(5);
    expect(body.errors.some((e: any) => /: Nhập thông tin vào ô này\.$/.test(e.message) && e.inline === 'Nhập thông tin vào ô này.')).toBe(true);
    expect(r.headers['content-language']).toBe('vi');
  });

  it('Accept-Language: en → English messages; vi, unknown or absent → Vietnamese', async () => {
    const data = blankFreeText(example(), getSchema(PLAN, 'nomination'));
    const en = await post(app, VALIDATE, data, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.statusCode).toBe(422);
    expect(en.json().errors).toEqual(JSON.parse(JSON.stringify(validate(PLAN, 'nomination', data, { lang: 'en' }).errors)));
    expect(en.json().errors.some((e: any) => /: Enter this information\.$/.test(e.message))).toBe(true);
    expect(en.headers['content-language']).toBe('en');
    for (const al of ['vi-VN,vi;q=0.9,en;q=0.8', 'fr-FR', 'en;q=0.4, vi;q=0.6', '']) {
      const r = await post(app, VALIDATE, data, al ? { 'accept-language': al } : {});
      expect(r.headers['content-language'], al).toBe('vi');
      expect(r.json().errors[0].message).toBe(validate(PLAN, 'nomination', data).errors[0]!.message);
    }
    expect((await post(app, VALIDATE, data, { 'accept-language': 'fr, en;q=0.5' })).headers['content-language']).toBe('en');
  });

  it('a plan rule fires with its clause (quota)', async () => {
    const data = example();
    data.nominees = [...data.nominees, ...data.nominees.map((n: any, i: number) => ({ ...n, id: `extra-${i}` }))];
    const r = await post(app, VALIDATE, data);
    expect(r.statusCode).toBe(422);
    const expected = validate(PLAN, 'nomination', data);
    expect(r.json().errors).toEqual(JSON.parse(JSON.stringify(expected.errors)));
  });

  it('valid JSON that is not an object → 422 not-object', async () => {
    for (const payload of ['[]', '42', '"x"', 'null']) {
      const r = await post(app, VALIDATE, payload);
      expect(r.statusCode, payload).toBe(422);
      expect(r.json().errors.map((e: any) => e.code)).toEqual(['not-object']);
    }
  });
});

describe('POST /submissions/:plan/:kind/pdf', () => {
  it('the example → 200 application/pdf, A4, with an ASCII file name', async () => {
    const r = await post(app, PDF, example());
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="${PLAN}-nomination.pdf"`);
    expect(r.headers['content-disposition']).toMatch(/^[\x20-\x7e]+$/);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(new Uint8Array(r.rawPayload));
    expect(info.pages).toBeGreaterThanOrEqual(1);
    // Portrait, but for the danh sách turned landscape when its columns ask for it.
    for (const p of info.pageSizes) expect(isA4(p)).toBe(true);
    expect(info.pageSizes.filter((p) => isA4Portrait(p)).length).toBeGreaterThan(info.pageSizes.length / 2);
  });

  it('a report too', async () => {
    const r = await post(app, `/submissions/${PLAN}/report/pdf`, example('report'));
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('an invalid dossier → 422 with the errors and no PDF', async () => {
    const data = blankFreeText(example(), getSchema(PLAN, 'nomination'));
    const r = await post(app, PDF, data, { 'accept-language': 'en' });
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.body.startsWith('%PDF')).toBe(false);
    expect(r.headers['content-disposition']).toBeUndefined();
    expect(r.json().errors).toEqual(JSON.parse(JSON.stringify(validate(PLAN, 'nomination', data, { lang: 'en' }).errors)));
  });
});

describe('GET / (no portal folder)', () => {
  it('is a bilingual page listing every plan, its schemas and the API', async () => {
    const r = await app.inject('/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.body).toContain('<html lang="vi">');
    for (const p of catalog()) {
      expect(r.body).toContain(p.id);
      expect(r.body).toContain(`/schemas/${p.id}/report.json`);
      expect(r.body).toContain(`/schemas/${p.id}/nomination.json`);
    }
    for (const s of ['/health', '/plans', '/submissions/:plan/:kind/validate', '/submissions/:plan/:kind/pdf', 'Kế hoạch', 'Plans']) expect(r.body).toContain(s);
  });
});

describe('demo portal security headers', () => {
  it('serves the portal pages with a Content-Security-Policy header without unsafe-eval', async () => {
    const { createServer } = await import('@thidua/server');
    const path = await import('node:path');
    const app = await createServer({ portalDir: path.resolve(__dirname, '../../examples/portal-html'), logger: false } as never);
    try {
      const r = await app.inject({ method: 'GET', url: '/' });
      expect(r.statusCode).toBe(200);
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    } finally {
      await app.close();
    }
  });
});
