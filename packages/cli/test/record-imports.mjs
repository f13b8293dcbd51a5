// Preloaded (`node --import`) into a child `thidua` by the tests: writes the URL of every module
// it loads to the file named by THIDUA_IMPORTS_FILE — ES modules through the resolution hooks,
// CommonJS packages (which the bundle loads with `createRequire` when first used) as they are
// required.
import fs from 'node:fs';
import Module, { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const file = process.env.THIDUA_IMPORTS_FILE;
register('./record-imports-hooks.mjs', import.meta.url, { data: { file } });

const load = Module._load;
Module._load = function recorded(request, parent, isMain) {
  if (file && !request.startsWith('node:')) {
    try {
      const resolved = Module._resolveFilename(request, parent, isMain);
      if (path.isAbsolute(resolved)) fs.appendFileSync(file, `${pathToFileURL(resolved).href}\n`);
    } catch {
      // Unresolvable: `load` below reports it as the program would see it.
    }
  }
  return load.apply(this, arguments);
};

// Node's own modules, as `node:<name>` lines: those the run loaded beyond what Node itself
// starts with.
const atStart = new Set(process.moduleLoadList);
process.on('exit', () => {
  const own = process.moduleLoadList.filter((m) => !atStart.has(m) && m.startsWith('NativeModule '));
  if (file && own.length) fs.appendFileSync(file, own.map((m) => `node:${m.slice('NativeModule '.length)}\n`).join(''));
});
