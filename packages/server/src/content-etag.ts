import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** True when an `If-None-Match` header names this ETag (weak comparison, `*` matches). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}
/** A strong ETag from the bytes: the same in every process, on every replica, after every restart. */
export const contentEtag = (body: string | Uint8Array): string => `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

interface Known { size: number; mtimeMs: number; etag: string }

/**
 * An `onRequest` hook for a folder served by @fastify/static (with its own ETags off): the
 * file's ETag from its content, not from its size and modification time, which differ between
 * two machines that unpacked the same release; a matching `If-None-Match` is answered 304
 * here. A file is hashed once, and again only when its size or time changes.
 */
export function contentEtagHook(root: string, prefix: string, cacheControl: string) {
  const known = new Map<string, Known>();
  const base = path.resolve(root);
  return async function contentEtagOnRequest(req: FastifyRequest, reply: FastifyReply) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    let rel: string;
    try {
      rel = decodeURIComponent(req.url.split('?')[0]!.slice(prefix.length));
    } catch {
      return;
    }
    let file = path.resolve(base, `.${path.posix.sep}${rel}`);
    if (file !== base && !file.startsWith(base + path.sep)) return;
    let stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = await fs.stat(file).catch(() => undefined);
    }
    if (!stat?.isFile()) return;
    let k = known.get(file);
    if (!k || k.size !== stat.size || k.mtimeMs !== stat.mtimeMs) {
      k = { size: stat.size, mtimeMs: stat.mtimeMs, etag: contentEtag(await fs.readFile(file)) };
      known.set(file, k);
    }
    reply.header('etag', k.etag).header('cache-control', cacheControl);
    if (etagMatches(req.headers['if-none-match'], k.etag)) return reply.code(304).send();
  };
}
