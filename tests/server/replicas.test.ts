// Two `thidua serve` processes behind a round-robin reverse proxy written here, as a province
// would run replicas behind its load balancer: nothing a request needs is kept in one process,
// and every cacheable file has the same ETag on both, so a conditional GET is a 304 from either.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, PLAN, ROOT, VALIDATE, example } from './helpers.js';

const BIN = path.join(ROOT, 'packages/cli/dist/bundle/thidua.js');
const PLAN_DIR = path.join(ROOT, 'packages/plans/src/lam-dong', PLAN);
const children: ChildProcess[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-replicas-'));
let proxy: http.Server;
let base: string;

/** A replica with its own copy of the portal, unpacked at its own time, as on another machine. */
async function replica(n: number): Promise<string> {
  const portal = path.join(tmp, `portal-${n}`);
  fs.cpSync(path.join(ROOT, 'examples/portal-html'), portal, { recursive: true });
  const when = new Date(Date.UTC(2026, 0, 1 + n * 7));
  for (const f of fs.readdirSync(portal, { recursive: true }) as string[]) fs.utimesSync(path.join(portal, f), when, when);
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--pdf-threads', '1', '--quiet', '--portal', portal, '--plans', PLAN_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /http:\/\/[^\s]+\//.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`replica exited ${code}`)));
  });
}

/** Round robin, nothing else: no stickiness, so any state kept in one replica would show. */
function roundRobin(upstreams: URL[]): http.Server {
  let next = 0;
  return http.createServer((req, res) => {
    const i = next++ % upstreams.length;
    const u = upstreams[i]!;
    const up = http.request({ host: u.hostname, port: u.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode!, { ...r.headers, 'x-replica': String(i) });
      r.pipe(res);
    });
    up.on('error', () => { res.writeHead(502).end(); });
    req.pipe(up);
  });
}

beforeAll(async () => {
  const urls = await Promise.all([replica(1), replica(2)]);
  proxy = roundRobin(urls.map((u) => new URL(u)));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  proxy?.close();
  await Promise.all(children.map((c) => new Promise((resolve) => { c.once('exit', resolve); c.kill('SIGTERM'); })));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const post = (url: string, body: unknown) => fetch(base + url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('two replicas behind a round-robin proxy', () => {
  it('validate, and make PDFs, on both', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const r = await post(VALIDATE, example());
      expect(r.status).toBe(200);
      expect((await r.json()).ok).toBe(true);
      seen.add(r.headers.get('x-replica')!);
    }
    expect(seen).toEqual(new Set(['0', '1']));
    const pdfs = await Promise.all([post(PDF, example()), post(PDF, example())]);
    expect(new Set(pdfs.map((r) => r.headers.get('x-replica')))).toEqual(new Set(['0', '1']));
    const bytes = await Promise.all(pdfs.map(async (r) => { expect(r.status).toBe(200); return Buffer.from(await r.arrayBuffer()); }));
    expect(bytes[0]!.subarray(0, 5).toString()).toBe('%PDF-');
    // Each replica renders the same dossier to the same bytes.
    expect(Buffer.compare(bytes[0]!, bytes[1]!)).toBe(0);
  }, 120_000);

  for (const file of [`/schemas/${PLAN}/nomination.json`, `/elements/plans/${PLAN}/plan.js`, '/elements/thidua-elements.js', '/index.html']) {
    it(`${file}: one ETag from both, and 304 from either on If-None-Match`, async () => {
      const first = await fetch(base + file);
      const second = await fetch(base + file);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(new Set([first.headers.get('x-replica'), second.headers.get('x-replica')]).size).toBe(2);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(second.headers.get('etag')).toBe(etag);
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      expect(await first.text()).toBe(await second.text());
      const replicas = new Set<string>();
      for (let i = 0; i < 2; i++) {
        const r = await fetch(base + file, { headers: { 'if-none-match': etag } });
        expect(r.status).toBe(304);
        expect(r.headers.get('etag')).toBe(etag);
        replicas.add(r.headers.get('x-replica')!);
      }
      expect(replicas.size).toBe(2);
    });
  }
});
