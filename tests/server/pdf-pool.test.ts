// The PDF thread pool behind POST /submissions/:plan/:kind/pdf: same bytes as rendering in
// process, a bounded queue (503 + Retry-After), a time limit, cancellation by the client, and
// validations answered while PDFs render. Real threads, real PDFs, real sockets where needed.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSubmission } from '@thidua/pdf/node';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { PDF, VALIDATE, example, expectErrorBody, post, server, type App } from './helpers.js';

// 300 nominees fit no sơ-kết quota: the yearly Giấy khen form of the same dossier is valid.
const LARGE = JSON.stringify(largeDamRongGiayKhen(300));
const apps: App[] = [];
const make = (pdf: Parameters<typeof server>[0]['pdf']) => { const a = server({ pdf }); apps.push(a); return a; };
afterAll(async () => { await Promise.all(apps.map((a) => a.close())); });

const health = async (app: App) => (await app.inject('/health')).json().pdf as { threads: number; running: number; queued: number };

async function until(test: () => Promise<boolean>, ms: number, what: string) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

describe('PDFs rendered in the thread pool', () => {
  it('are byte for byte what renderSubmission makes in process', async () => {
    const app = make({ threads: 1 });
    for (const kind of ['nomination', 'report'] as const) {
      const r = await post(app, `/submissions/lam-dong-2022-2025/${kind}/pdf`, example(kind));
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      const own = await renderSubmission('lam-dong-2022-2025', kind, example(kind), { lang: 'vi' });
      expect(Buffer.compare(r.rawPayload, Buffer.from(own))).toBe(0);
    }
  }, 60_000);

  it.runIf(process.platform === 'linux')('render in threads of lower priority than the event loop, which alone keeps the process\'s', async () => {
    const nice = () => fs.readdirSync('/proc/self/task').map((t) => Number(fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
    const base = Number(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);
    const lowered = Math.min(19, base + 10);
    const before = nice().filter((n) => n === lowered).length;
    const app = make({ threads: 2 });
    expect((await post(app, `/submissions/lam-dong-2022-2025/report/pdf`, example('report'))).statusCode).toBe(200);
    const after = nice();
    // Two more threads 10 steps below the process's own priority, whatever the runner was started with.
    expect(after.filter((n) => n === lowered).length - before).toBe(2);
    expect(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16]).toBe(String(base));
  }, 60_000);

  it('report the pool on /health: its threads, and nothing running or queued when idle', async () => {
    const app = make({ threads: 3, queue: 5 });
    const r = await app.inject('/health');
    expect(r.statusCode).toBe(200);
    expect(r.json().pdf).toEqual({ threads: 3, running: 0, queued: 0 });
  });

  it('a full queue answers 503 with Retry-After and a Vietnamese-first body; the running PDF still comes', async () => {
    const app = make({ threads: 1, queue: 1 });
    const first = post(app, PDF, LARGE);
    const second = post(app, PDF, LARGE);
    await until(async () => (await health(app)).queued === 1, 20_000, 'one PDF queued behind one running');
    expect(await health(app)).toEqual({ threads: 1, running: 1, queued: 1 });
    const third = await post(app, PDF, example());
    expect(third.statusCode).toBe(503);
    expectErrorBody(third.json(), 'THIDUA_PDF_BUSY');
    const wait = Number(third.headers['retry-after']);
    expect(Number.isInteger(wait) && wait >= 1).toBe(true);
    expect(third.json().error.retryAfter).toBe(wait);
    expect(third.json().error.message).toMatch(/^Máy chủ đang bận in/);
    expect(third.headers['cache-control']).toBe('no-store');
    expect((await first).statusCode).toBe(200);
    expect((await second).statusCode).toBe(200);
    expect(await health(app)).toEqual({ threads: 1, running: 0, queued: 0 });
  }, 120_000);

  it('a PDF over its time limit is stopped and answered 503; its thread is free for the next', async () => {
    const app = make({ threads: 1, queue: 0, timeoutMs: 150 });
    const r = await post(app, PDF, LARGE);
    expect(r.statusCode).toBe(503);
    expectErrorBody(r.json(), 'THIDUA_PDF_TIMEOUT');
    expect(r.json().error.timeLimit).toBe(0.2);
    expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await health(app)).toEqual({ threads: 1, running: 0, queued: 0 });
    // With no queue, a slot still held would refuse the next job as busy: it gets its own time instead.
    const next = await post(app, PDF, LARGE);
    expectErrorBody(next.json(), 'THIDUA_PDF_TIMEOUT');
  }, 60_000);

  it('a validation answers while PDFs render, long before they finish', async () => {
    // Three large PDFs one after the other may take over the default 30 s on a busy machine.
    const app = make({ threads: 1, queue: 4, timeoutMs: 110_000 });
    let done = 0;
    const pdfs = [0, 1, 2].map(() => post(app, PDF, LARGE).then((r) => { done++; return r; }));
    await until(async () => (await health(app)).running === 1, 20_000, 'a PDF rendering');
    expect((await health(app)).queued).toBe(2);
    const t0 = performance.now();
    const v = await post(app, VALIDATE, example());
    const ms = performance.now() - t0;
    expect(v.statusCode).toBe(200);
    expect(done).toBe(0);
    // Generous: a validation takes about a millisecond; one 300-nominee PDF more than a second.
    expect(ms).toBeLessThan(500);
    for (const r of await Promise.all(pdfs)) expect(r.statusCode).toBe(200);
  }, 120_000);
});

describe('a client that disconnects cancels its PDF', () => {
  it('frees the thread at once: with no queue, the next PDF is rendered instead of refused', async () => {
    const app = make({ threads: 1, queue: 0 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    // Warm the thread, and time a large PDF to set the bound below.
    let t0 = performance.now();
    const warm = await fetch(`http://127.0.0.1:${port}${PDF}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LARGE });
    expect(warm.status).toBe(200);
    // Read to the end: a response left unread keeps its connection busy, and closing the app waits for it.
    await warm.arrayBuffer();
    const full = performance.now() - t0;

    const req = http.request({ host: '127.0.0.1', port, path: PDF, method: 'POST', headers: { 'content-type': 'application/json' } });
    req.on('error', () => {});
    req.end(LARGE);
    await until(async () => (await health(app)).running === 1, 20_000, 'the large PDF rendering');
    t0 = performance.now();
    req.destroy();
    await until(async () => (await health(app)).running === 0, full / 2, 'the slot freed');
    const small = await fetch(`http://127.0.0.1:${port}${PDF}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example()) });
    expect(small.status).toBe(200);
    expect((await small.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    // The aborted job would have held the only thread for `full` ms; the small PDF came before.
    expect(performance.now() - t0).toBeLessThan(full);
  }, 120_000);
});

describe('a client that stops reading its PDF', () => {
  it('is cut after pdf.stallMs: neither its connection nor the megabytes queued on it stay', async () => {
    const stallMs = 400;
    const app = make({ threads: 1, stallMs });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    let closedAt = Infinity;
    app.server.once('connection', (s: net.Socket) => s.once('close', () => { closedAt = performance.now(); }));
    // 650 nominees: a 4 MB PDF, more than the kernel holds for a socket nobody reads, so most
    // of it stays queued in the server. The raw socket sends the request and never reads.
    const body = JSON.stringify(largeDamRongGiayKhen(650));
    const client = net.connect(port, '127.0.0.1');
    client.pause();
    client.on('error', () => {});
    client.write(`POST ${PDF} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await until(async () => (await health(app)).running === 1, 20_000, 'the large PDF rendering');
    await until(async () => (await health(app)).running === 0, 100_000, 'the large PDF rendered');
    const rendered = performance.now();
    // The server closes the connection itself, soon after the PDF stopped moving.
    await until(async () => closedAt < Infinity, stallMs + 10_000, 'the stalled connection closed by the server');
    expect(closedAt - rendered).toBeGreaterThanOrEqual(0);
    client.destroy();
  }, 150_000);

  it('keeps a connection that reads slowly but steadily: the whole PDF arrives', async () => {
    const app = make({ threads: 1, stallMs: 1_000 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const body = await new Promise<Buffer>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: PDF, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        const parts: Buffer[] = [];
        // 64 KB every 100 ms: slower than the server writes, never idle as long as the stall.
        res.on('data', (c: Buffer) => { parts.push(c); res.pause(); setTimeout(() => res.resume(), 100); });
        res.on('end', () => resolve(Buffer.concat(parts)));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(LARGE);
    });
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.subarray(-6).toString()).toContain('%%EOF');
  }, 120_000);
});
