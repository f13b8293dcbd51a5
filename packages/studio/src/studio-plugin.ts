// The studio's part of the Vite dev server: the plan's state, PDFs and form page under
// `/studio/`, the element and the plan's chunks under `/elements/`, and the plan folder watched
// with Vite's watcher, each burst of writes read once and announced on Vite's socket.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { isDocumentKind } from '@thidua/core';
import type { Plugin } from 'vite';
import { elementsFile } from './elements-files.js';
import { FORM_PAGE_CSP, formPage } from './form-page.js';
import type { WatchedPlan } from './watched-plan.js';

/** The event the page listens for on Vite's socket; its data is the new state's revision. */
export const PLAN_EVENT = 'thidua:plan';

/** Editors write a file in several steps (truncate, write, rename): one reading after the last. */
export const SAVE_DEBOUNCE_MS = 80;

const FORM_FILES: Record<string, { file: string; type: string }> = {
  '/studio/form.js': { file: 'form.js', type: 'text/javascript; charset=utf-8' },
  '/studio/form.css': { file: 'form.css', type: 'text/css; charset=utf-8' },
};

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

export function studioPlugin(watched: WatchedPlan, elementsDir: string, clientDir: string): Plugin {
  return {
    name: 'thidua-studio',
    configureServer(server) {
      let timer: NodeJS.Timeout | undefined;
      const folder = path.resolve(watched.dir);
      server.watcher.add(folder);
      server.watcher.on('all', (_event, file) => {
        if (path.relative(folder, path.resolve(file)).startsWith('..')) return;
        clearTimeout(timer);
        timer = setTimeout(() => void watched.read(), SAVE_DEBOUNCE_MS);
        // The server keeps the process alive; a save just before closing does not.
        timer.unref();
      });

      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://studio');
        const p = url.pathname;
        if (p === '/' || p === '/index.html') {
          const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
          server.transformIndexHtml(p, html).then((page) => send(res, 200, 'text/html; charset=utf-8', page), next);
          return;
        }
        if (p === '/studio/drawn' && req.method === 'POST') {
          watched.drawn();
          return send(res, 204, 'text/plain; charset=utf-8', '');
        }
        if (p === '/studio/state.json') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(watched.state));
        const pdf = /^\/studio\/pdf\/([a-z]+)\.pdf$/.exec(p);
        if (pdf) {
          const bytes = isDocumentKind(pdf[1]!) ? watched.pdfs.get(pdf[1]) : undefined;
          if (bytes) return send(res, 200, 'application/pdf', bytes, { 'content-disposition': `inline; filename="${watched.state.plan?.id ?? 'ke-hoach'}-${pdf[1]}.pdf"` });
          return send(res, 404, 'text/plain; charset=utf-8', 'Chưa có PDF này. / No such PDF yet.');
        }
        // The form's frame takes its files as they are, not through Vite: nothing there to transform.
        const own = FORM_FILES[p];
        if (own) return send(res, 200, own.type, fs.readFileSync(path.join(clientDir, own.file)));
        if (p === '/studio/form.html') {
          const id = watched.state.plan?.id;
          if (!id) return send(res, 404, 'text/plain; charset=utf-8', 'Chưa có biểu mẫu: định nghĩa kế hoạch chưa đọc được. / No form yet: the plan definition could not be read.');
          return send(res, 200, 'text/html; charset=utf-8', formPage(id, url.searchParams.get('lang') === 'en' ? 'en' : 'vi'), { 'content-security-policy': FORM_PAGE_CSP });
        }
        if (p.startsWith('/elements/')) {
          // `/elements/v/<version>/…`: the same files, in a folder per plan version (client/form.js).
          const rel = p.slice('/elements/'.length).replace(/^v\/[^/]+\//, '');
          const chunk = rel.startsWith('plans/') ? watched.chunk(rel.slice('plans/'.length)) : undefined;
          if (chunk !== undefined) return send(res, 200, 'text/javascript; charset=utf-8', chunk);
          const file = elementsFile(elementsDir, rel);
          if (file && req.headers['if-none-match'] === file.etag) return send(res, 304, file.type, '', { etag: file.etag, 'cache-control': 'no-cache' });
          if (file) return send(res, 200, file.type, file.body, { etag: file.etag, 'cache-control': 'no-cache' });
          return send(res, 404, 'text/plain; charset=utf-8', 'Không có tệp này. / Not found.');
        }
        next();
      });
    },
  };
}

/** Tells the page a new state is there. */
export function announce(server: { ws: { send(payload: { type: 'custom'; event: string; data: unknown }): void } }, revision: number): void {
  server.ws.send({ type: 'custom', event: PLAN_EVENT, data: { revision } });
}
