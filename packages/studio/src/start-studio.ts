import fs from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { elementsDist } from './elements-files.js';
import { WatchedPlan } from './watched-plan.js';
import { StudioOptionError } from './studio-option-error.js';
import { announce, studioPlugin } from './studio-plugin.js';

/** The port `thidua studio` listens at unless told (`--port`). */
export const DEFAULT_STUDIO_PORT = 5178;
/** The address it listens at unless told (`--host`): this machine only. */
export const DEFAULT_STUDIO_HOST = '127.0.0.1';

/** Where the studio reads its plan and where it listens. */
export interface StudioOptions {
  /** The plan folder: the one that holds `definition.yaml`. */
  folder: string;
  /** Default 5178; 0 takes any free port. */
  port?: number;
  /** Default 127.0.0.1, this machine only. */
  host?: string;
}

/** A running studio. */
export interface Studio {
  /** The studio page, e.g. `http://127.0.0.1:5178/`. */
  url: string;
  /** Stops watching and closes the server. */
  close(): Promise<void>;
}

/** The page's own files (index.html, studio.js, the styles), shipped beside `dist/`. */
const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client');

/**
 * Starts the plan studio: a Vite dev server whose page shows the plan folder's form, its report
 * and dossier PDFs, its fixture results and the checker's messages, and updates them on every
 * save of a file in the folder. A folder whose definition does not read still starts: the page
 * says what is wrong and where, and recovers on the next good save. Throws `StudioOptionError`
 * when the folder does not exist, the port or address cannot be used, or `@thidua/elements` is
 * not built.
 */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const folder = path.resolve(options.folder);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new StudioOptionError('folder', options.folder, {
      vi: `không có thư mục kế hoạch ${folder}. Hãy chỉ đường dẫn tới thư mục chứa definition.yaml.`,
      en: `there is no plan folder ${folder}. Give the path of the folder that holds definition.yaml.`,
    });
  }
  const port = options.port ?? DEFAULT_STUDIO_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StudioOptionError('port', port, { vi: `cổng phải là số nguyên từ 0 đến 65535, nhận được ${port}.`, en: `the port must be a whole number from 0 to 65535, got ${port}.` });
  }
  const host = options.host ?? DEFAULT_STUDIO_HOST;
  const elements = elementsDist();

  // Vite in middleware mode on a server of our own: it listens where it is told, port 0 included.
  const http = createHttpServer();
  // Readings start once the server listens, so the socket is there to announce them on.
  const watched = new WatchedPlan(folder, (state) => announce(vite, state.revision));
  const vite: ViteDevServer = await createServer({
    configFile: false,
    root: CLIENT_DIR,
    appType: 'custom',
    logLevel: 'warn',
    clearScreen: false,
    // The page imports nothing to pre-bundle: no dependency scan.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: { server: http } },
    plugins: [studioPlugin(watched, elements, CLIENT_DIR)],
  });
  http.on('request', vite.middlewares);
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => { http.off('error', reject); resolve(); });
    });
  } catch (e) {
    await vite.close();
    const code = (e as NodeJS.ErrnoException).code;
    throw new StudioOptionError('port', port, {
      vi: code === 'EADDRINUSE' ? `cổng ${port} đang được dùng. Hãy chọn cổng khác (--port).` : `không mở được ${host}:${port} (${code ?? (e as Error).message}). Hãy chọn địa chỉ hoặc cổng khác.`,
      en: code === 'EADDRINUSE' ? `port ${port} is in use. Choose another port (--port).` : `cannot listen at ${host}:${port} (${code ?? (e as Error).message}). Choose another address or port.`,
    }, e);
  }
  // The page is there at once; the plan follows (a page opened before says it is reading).
  const first = watched.read();
  const address = http.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}/`,
    close: async () => {
      await watched.close();
      await first;
      await vite.close();
      await new Promise<void>((resolve) => { http.closeAllConnections(); http.close(() => resolve()); });
    },
  };
}
