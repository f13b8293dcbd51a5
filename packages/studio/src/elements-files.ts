import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StudioOptionError } from './studio-option-error.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.css': 'text/css; charset=utf-8',
};

/** The built `@thidua/elements` (`dist/`: the single-file bundle, `plans/runtime.js`, `pdf.js`, fonts). */
export function elementsDist(): string {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@thidua/elements/package.json')), 'dist');
  if (!fs.existsSync(path.join(dir, 'thidua-elements.js'))) {
    throw new StudioOptionError('elements', dir, {
      vi: `không có bản dựng của <thidua-form> (${path.join(dir, 'thidua-elements.js')}). Hãy dựng các gói (pnpm run build) hoặc cài lại @thidua/studio.`,
      en: `the build of <thidua-form> is missing (${path.join(dir, 'thidua-elements.js')}). Build the packages (pnpm run build) or reinstall @thidua/studio.`,
    });
  }
  return dir;
}

/**
 * A file of the elements build by its path under `/elements/`, or nothing for a path outside it.
 * Its ETag (size and time of the build) lets the browser keep it, and the code it compiled from
 * it, across the form's reloads.
 */
export function elementsFile(dist: string, rel: string): { body: Buffer; type: string; etag: string } | undefined {
  const file = path.resolve(dist, `.${path.posix.normalize(`/${rel}`)}`);
  if (!file.startsWith(dist + path.sep)) return undefined;
  try {
    const stat = fs.statSync(file);
    return { body: fs.readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream', etag: `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"` };
  } catch {
    return undefined;
  }
}
