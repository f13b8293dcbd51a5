// Shared helpers for the server tests: the reference server under inject, requests, a host
// Fastify app for mounting the plugin, and a log sink.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer, type ServerOptions } from '@thidua/server';
import { getExample } from '@thidua/plans';

export const ROOT = path.resolve(__dirname, '../..');
export const PLAN = 'lam-dong-2022-2025';
export const VALIDATE = `/submissions/${PLAN}/nomination/validate`;
export const PDF = `/submissions/${PLAN}/nomination/pdf`;
export const JSON_HEADERS = { 'content-type': 'application/json' };

/** Fastify as @thidua/server resolves it (the root package does not depend on it directly). */
export async function loadFastify(): Promise<typeof import('fastify').default> {
  const req = createRequire(path.join(ROOT, 'packages/server/package.json'));
  const mod = await import(pathToFileURL(req.resolve('fastify')).href);
  return (mod.default ?? mod) as typeof import('fastify').default;
}

export type App = ReturnType<typeof createServer>;

/** The reference server with no portal folder (the landing page) unless told otherwise. */
export function server(opts: ServerOptions = {}): App {
  return createServer({ portalDir: false, elementsDir: false, ...opts });
}

export function example(kind: 'report' | 'nomination' = 'nomination', plan = PLAN): Record<string, any> {
  return getExample(plan, kind) as Record<string, any>;
}

export async function post(app: App, url: string, payload: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, ...headers }, payload: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload) });
}

/** A pino destination that keeps every line. */
export function logSink() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => { lines.push(line); } }, text: () => lines.join('') };
}

/** The `{ error: { code, message, messageEn } }` shape every non-verdict error has. */
export function expectErrorBody(body: any, code: string) {
  if (!body?.error || body.error.code !== code || typeof body.error.message !== 'string' || typeof body.error.messageEn !== 'string') {
    throw new Error(`expected error ${code}, got ${JSON.stringify(body).slice(0, 300)}`);
  }
}
