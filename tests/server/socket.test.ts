// Over a real socket: the reference server on 127.0.0.1, and `thidua serve` as a user runs it.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { startCluster, startServer } from '@thidua/server';
import { describe, expect, it } from 'vitest';
import { PLAN, ROOT, VALIDATE, example } from './helpers.js';

describe('real socket', () => {
  it('listens on 127.0.0.1:0, answers /health and a validation, closes', async () => {
    const { app, url, host, port } = await startServer({ host: '127.0.0.1', port: 0, portalDir: false });
    try {
      expect(host).toBe('127.0.0.1');
      expect(port).toBeGreaterThan(0);
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      const health = await fetch(new URL('health', url));
      expect(health.status).toBe(200);
      expect((await health.json()).status).toBe('ok');
      const ok = await fetch(new URL(VALIDATE.slice(1), url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example()) });
      expect(ok.status).toBe(200);
      expect((await ok.json()).ok).toBe(true);
      const bad = await fetch(new URL(VALIDATE.slice(1), url), { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{}' });
      expect(bad.status).toBe(422);
      expect(bad.headers.get('content-language')).toBe('en');
    } finally {
      await app.close();
    }
    // Closed: the port no longer accepts connections.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  it('moves on to the next port when asked to and one is busy', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startServer({ port: busy, portalDir: false })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      const s = await startServer({ port: busy, portAttempts: 5, portalDir: false });
      expect(s.port).toBeGreaterThan(busy);
      expect(s.port).toBeLessThan(busy + 5);
      await s.app.close();
    } finally {
      blocker.close();
    }
  });
});

describe('startCluster', () => {
  it('runs 2 worker processes on one port, answers, reports their memory, and closes them', async () => {
    const c = await startCluster({ host: '127.0.0.1', port: 0, workers: 2, portalDir: false });
    try {
      expect(c.url).toBe(`http://127.0.0.1:${c.port}/`);
      for (let i = 0; i < 6; i++) {
        const r = await fetch(new URL(VALIDATE.slice(1), c.url), { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify(example()) });
        expect(r.status).toBe(200);
      }
      const stats = await c.stats();
      expect(stats).toHaveLength(2);
      expect(new Set(stats.map((s) => s.pid)).size).toBe(2);
      for (const s of stats) expect(s.memory.rss).toBeGreaterThan(10 * 1024 * 1024);
    } finally {
      await c.close();
    }
    await expect(fetch(`http://127.0.0.1:${c.port}/health`)).rejects.toThrow();
  });
});

describe('thidua serve', () => {
  const BIN = path.join(ROOT, 'packages/cli/dist/bin.js');

  function serve(args: string[]) {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const url = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL after 20 s: ${out} ${err}`)), 20_000);
      child.stdout.on('data', () => {
        const m = /listening at (http:\/\/\S+)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]!); }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out} ${err}`)));
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, url, exit, output: () => out + err };
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`answers the contract until ${signal}, then closes cleanly with exit 0`, async () => {
      const s = serve(['--port', '0', '--host', '127.0.0.1', '--quiet']);
      const url = await s.url;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      // Every answer is read to its end: an answer left unread (the 211 KB schema overflows the
      // socket buffers) keeps its connection busy, and the drain rightly waits for it until the cut.
      const get = async (p: string) => { const r = await fetch(new URL(p, url)); await r.arrayBuffer(); return r; };
      expect((await get('health')).status).toBe(200);
      expect((await get('plans')).status).toBe(200);
      expect((await get(`schemas/${PLAN}/nomination.json`)).headers.get('etag')).toBeTruthy();
      const v = await fetch(new URL(VALIDATE.slice(1), url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example()) });
      expect(v.status).toBe(200);
      await v.arrayBuffer();
      const hostile = await fetch(new URL(VALIDATE.slice(1), url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":"' + 'x'.repeat(12 * 1024 * 1024) + '"}', signal: AbortSignal.timeout(10_000) }).catch(() => null);
      if (hostile) { expect(hostile.status).toBe(413); await hostile.arrayBuffer(); } // the server may also cut the upload short
      expect((await get('health')).status).toBe(200);
      s.child.kill(signal);
      // On a failure, what the server logged says what held the drain.
      expect(await s.exit, s.output()).toBe(0);
      expect(s.output()).toContain('stopping the server');
    }, 60_000);
  }

  it('--workers 2 serves from two processes and stops them on SIGTERM', async () => {
    const s = serve(['--port', '0', '--workers', '2', '--quiet']);
    const url = await s.url;
    expect(s.output()).toContain('2 tiến trình / workers');
    expect((await fetch(new URL('health', url))).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
    await expect(fetch(new URL('health', url))).rejects.toThrow();
  });

  it('refuses a bad port with exit 2 and one line', async () => {
    const s = serve(['--port', 'http']);
    expect(await s.exit).toBe(2);
    expect(s.output()).toMatch(/Cổng không hợp lệ/);
    await s.url.catch(() => {});
  });

  it('says so when the port is in use (exit 2)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const busy = (blocker.address() as net.AddressInfo).port;
    const s = serve(['--port', String(busy)]);
    expect(await s.exit).toBe(2);
    expect(s.output()).toMatch(/đang được dùng|in use/);
    await s.url.catch(() => {});
    blocker.close();
  });
});
