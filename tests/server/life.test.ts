// A server's life around its PDF threads and requests: no thread before the first PDF, request
// ids in headers and logs, /health while draining, and `thidua serve` stopping on SIGTERM
// after its running PDF is answered (a real child process).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { PDF, ROOT, VALIDATE, example, logSink, post, server } from './helpers.js';

const LARGE = JSON.stringify(largeDamRongGiayKhen(300));
const BIN = path.join(ROOT, 'packages/cli/dist/bundle/thidua.js');
// Linux lists a process's threads here; a worker thread is one more.
const threadCount = () => fs.readdirSync('/proc/self/task').length;

describe('the PDF threads start with the first PDF', () => {
  it('createServer and validations start none; a PDF starts them; close stops them', async () => {
    const app = server({ pdf: { threads: 2 } });
    await app.ready();
    for (let i = 0; i < 3; i++) expect((await post(app, VALIDATE, example())).statusCode).toBe(200);
    const before = threadCount();
    for (let i = 0; i < 3; i++) expect((await post(app, VALIDATE, example())).statusCode).toBe(200);
    expect(threadCount()).toBe(before);
    expect((await post(app, PDF, example())).statusCode).toBe(200);
    expect(threadCount()).toBeGreaterThanOrEqual(before + 2);
    await app.close();
    expect(threadCount()).toBeLessThanOrEqual(before);
  }, 60_000);
});

describe('request ids', () => {
  it('a sane x-request-id is echoed and on every log line of the request, with the duration on the last', async () => {
    const sink = logSink();
    const app = server({ logger: { level: 'info', stream: sink.stream } });
    const r = await post(app, VALIDATE, example(), { 'x-request-id': 'lb-7f3a.42:x_1' });
    expect(r.headers['x-request-id']).toBe('lb-7f3a.42:x_1');
    const lines = sink.lines.map((l) => JSON.parse(l)).filter((l) => l.reqId === 'lb-7f3a.42:x_1');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const done = lines.find((l) => l.msg === 'request completed');
    expect(done.responseTime).toBeGreaterThan(0);
    expect(done.res.statusCode).toBe(200);
    // Only the lines of this request (no other was made) and no body in them.
    expect(sink.lines.every((l) => JSON.parse(l).reqId === 'lb-7f3a.42:x_1')).toBe(true);
    expect(sink.text()).not.toContain(example().coverLetter.signer.fullName);
    await app.close();
  });

  it('an id that is not a sane token is replaced by a generated one', async () => {
    const sink = logSink();
    const app = server({ logger: { level: 'info', stream: sink.stream } });
    for (const bad of ['a b', 'x'.repeat(129), 'ý', '']) {
      const r = await app.inject({ url: '/health', headers: { 'x-request-id': bad } });
      expect(r.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    const ids = new Set(sink.lines.map((l) => JSON.parse(l).reqId));
    expect(ids.size).toBe(4);
    await app.close();
  });
});

describe('closing', () => {
  it('/health answers 503 draining to a check that arrives while a PDF finishes; the PDF is answered', async () => {
    const app = server({ pdf: { threads: 1 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const pdf = fetch(`http://127.0.0.1:${port}${PDF}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LARGE });
    const health = async () => (await fetch(`http://127.0.0.1:${port}/health`)).json();
    while ((await health()).pdf.running !== 1) await new Promise((r) => setTimeout(r, 10));
    // A health check half sent when closing starts: new connections are refused from then on,
    // but a request already arriving is answered.
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (c) => { answer += c; });
    const ended = new Promise((resolve) => socket.on('close', resolve));
    socket.write('GET /health HTTP/1.1\r\nhost: x\r\n');
    await new Promise((r) => setTimeout(r, 100));
    const closed = app.close();
    await expect(health()).rejects.toThrow();
    socket.write('\r\n');
    await ended;
    expect(answer).toMatch(/^HTTP\/1.1 503/);
    expect(answer.toLowerCase()).toContain('connection: close');
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ status: 'draining', pdf: { threads: 1, running: 1, queued: 0 } });
    const r = await pdf;
    expect(r.status).toBe(200);
    expect(r.headers.get('connection')).toBe('close');
    expect(Buffer.from(await r.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    await closed;
  }, 90_000);
});

describe('thidua serve on SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterEach(() => { child?.kill('SIGKILL'); });

  async function serve(args: string[]) {
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--pdf-threads', '1', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (c) => { err += c; });
    const url = await new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (c) => {
        out += c;
        const m = /http:\/\/[^\s]+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child!.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    return { url, exited, stderr: () => err };
  }

  async function pdfRunning(url: string) {
    const pdf = fetch(new URL(PDF.slice(1), url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: LARGE });
    pdf.catch(() => {});
    while ((await (await fetch(new URL('health', url))).json()).pdf.running !== 1) await new Promise((r) => setTimeout(r, 10));
    return { pdf };
  }

  it('drains: the running PDF is answered in full, then exit 0', async () => {
    // A drain limit far above a 300-nominee PDF even on a busy shared machine.
    const s = await serve(['--drain-timeout', '100']);
    const { pdf } = await pdfRunning(s.url);
    child!.kill('SIGTERM');
    const r = await pdf.catch(async (e) => { throw new Error(`${e}; exit ${await s.exited}; ${s.stderr()}`); });
    expect(r.status).toBe(200);
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toContain('Đang dừng máy chủ (SIGTERM)');
    expect(s.stderr()).not.toContain('--drain-timeout');
    await expect(fetch(new URL('health', s.url))).rejects.toThrow();
  }, 150_000);

  it('past --drain-timeout the PDF is cut, the cut is said, and the exit status is 1', async () => {
    const s = await serve(['--drain-timeout', '0.1']);
    const { pdf } = await pdfRunning(s.url);
    child!.kill('SIGTERM');
    await expect(pdf.then((r) => r.arrayBuffer())).rejects.toThrow();
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toContain('--drain-timeout');
  }, 60_000);
});

describe('thidua serve: PDF and drain options', () => {
  it('a value it cannot use is exit 2 with a Vietnamese-first line, before anything starts', () => {
    for (const [opt, value] of [['--pdf-threads', '0'], ['--pdf-queue', '-1'], ['--pdf-timeout', 'soon'], ['--pdf-stall', '-5'], ['--drain-timeout', '0']] as const) {
      const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', opt, value], { encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^.*(không hợp lệ).*${opt}.*/.*invalid ${opt}`, 's'));
      expect(r.stdout).not.toContain('http://');
    }
  }, 120_000);
});
