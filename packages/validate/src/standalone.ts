import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv } from './ajv.js';
import { schemaForCode } from './schema-for-code.js';

// ajv's standalone entry is CommonJS; under NodeNext interop its default may be nested.
const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule }).default ?? standaloneModule) as typeof standaloneModule;

/**
 * ES module source of a standalone validator for `schema` (default export): no ajv compiler
 * and no eval at run time. Compiled from `schemaForCode(schema)`, shared subschemas as their
 * own functions, and without ajv's English messages (ours are made from keyword and params).
 */
export function standaloneSource(schema: object): string {
  const ajv = createAjv({ code: { source: true, esm: true, optimize: true }, inlineRefs: false, messages: false });
  return hoistLongStrings(standaloneCode(ajv, ajv.compile(schemaForCode(schema))));
}

/** A string literal this long, written more than once, is written once as a constant. */
const MIN_HOISTED = 200;

/**
 * ajv writes a pattern's source into each error it can raise (`params: { pattern }`) beside the
 * RegExp itself: the upper-case pattern, a thousand letters long, three times over. Each such
 * literal becomes one `const` at the top of the module.
 */
function hoistLongStrings(code: string): string {
  const seen = new Map<string, number>();
  for (const m of code.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) if (m[0].length >= MIN_HOISTED) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([lit]) => lit);
  if (!repeated.length) return code;
  const names = new Map(repeated.map((lit, i) => [lit, `__longString${i}`]));
  const body = code.replace(/"(?:[^"\\\n]|\\.)*"/g, (lit) => names.get(lit) ?? lit);
  const decls = repeated.map((lit) => `const ${names.get(lit)} = ${lit};`).join('');
  // First in the module (after its "use strict"), before any code that reads them.
  const strict = /^"use strict";/.exec(body)?.[0] ?? '';
  return `${strict}${decls}${body.slice(strict.length)}`;
}
