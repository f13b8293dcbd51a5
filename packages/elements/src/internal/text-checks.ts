// The engine's text checks, TCVN3/VNI detection and the printable repertoire, are most of a
// page of tables. The single-file bundle leaves them out of thidua-elements.js and takes them
// from plans/runtime.js, which the plan loader imports with every form's chunk, so before any
// validation: scripts/build.mjs points @thidua/core's two text modules at the functions
// installed here. In the module build the engine has its own copy and this stays unused.

import type { detectLegacyEncoding, findUnprintable } from '@thidua/core';

export interface TextChecks {
  detectLegacyEncoding: typeof detectLegacyEncoding;
  findUnprintable: typeof findUnprintable;
}

let installed: TextChecks | undefined;

/** Takes the checks from the loaded plans/runtime.js module. */
export function installTextChecks(runtime: Partial<TextChecks>): void {
  if (typeof runtime.detectLegacyEncoding === 'function' && typeof runtime.findUnprintable === 'function') installed ??= runtime as TextChecks;
}

export function textChecks(): TextChecks {
  if (!installed) throw new Error('thidua-form: plans/runtime.js is not loaded, or is of another version than the element');
  return installed;
}
