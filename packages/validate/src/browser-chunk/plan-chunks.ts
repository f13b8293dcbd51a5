// The browser chunks of one plan, as ES module sources: written the same way by the elements
// build (which then minifies them) and by a server that serves plans read from folders at start,
// so the two cannot drift. Each chunk imports only its neighbours: `./plan.js` and
// `../runtime.js`, the validators' runtime every page loads once.
import { DOCUMENT_KINDS, type DocumentKind, type PlanDefinition } from '@thidua/core';
import { DOC_NUMBER_PATTERN } from '@thidua/core/text';
import { standaloneSource } from '../standalone.js';
import { packSchema, unpackSchema } from './pack-schema.js';
import { ChunkWriteError } from './chunk-write-error.js';

/** The sources of a plan's chunks: `plan.js` (the definition) and one per document kind. */
export type PlanChunkSources = { plan: string } & Record<DocumentKind, string>;

/** What a standalone validator `require`s, and the name `plans/runtime.js` exports it under. */
const RUNTIME_IMPORTS: Record<string, string> = {
  'ajv/dist/runtime/ucs2length': '{ default: __runtime.ucs2length }',
  'ajv/dist/runtime/equal': '{ default: __runtime.equal }',
  'ajv-formats/dist/formats': '{ fullFormats: __runtime.fullFormats }',
};

/** JSON.parse of a string literal parses faster than the same object as JS. */
const literal = (value: unknown): string => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * The schema the element reads for labels, hints, widgets and messages; the precompiled
 * validator holds the constraints. Patterns (the upper-case one spells out a thousand letters)
 * and descriptions (for people reading the published file) are left out, but for the document
 * number's, by which a message recognises a number not given yet.
 */
function schemaForElement(schema: object): unknown {
  return JSON.parse(JSON.stringify(schema), (k, v: unknown) => ((k === 'pattern' && v !== DOC_NUMBER_PATTERN) || k === 'description' || k === 'x-description-en' ? undefined : v));
}

/** ajv's standalone module with its `require`s read from the runtime chunk and no default export. */
function validatorSource(id: string, kind: DocumentKind, schema: object): string {
  const names = Object.keys(RUNTIME_IMPORTS);
  const code = standaloneSource(schema)
    .replace(/require\("([^"]+)"\)/g, (_, m: string) => `__rt_${names.indexOf(m)}`)
    .replace(/export default validate\d+;/, '');
  if (!/export const validate = validate\d+;/.test(code) || /__rt_-1\b/.test(code)) {
    throw new ChunkWriteError('ajv-output', `${id} ${kind}`);
  }
  return [
    "import * as __runtime from '../runtime.js';",
    ...names.map((m, i) => `const __rt_${i} = ${RUNTIME_IMPORTS[m]};`),
    code,
  ].join('\n');
}

/**
 * The ES module sources of a plan's browser chunks: `plans/<id>/plan.js` exports `plan`, the
 * definition; `plans/<id>/<kind>.js` re-exports it and exports that kind's `schema` and
 * `validate`, its precompiled validator (no eval: it runs under `script-src 'self'`). One chunk
 * per kind whose schema is given: a tool that shows one kind at a time compiles only that one.
 */
export function planChunkSources<K extends DocumentKind = DocumentKind>(plan: PlanDefinition, schemas: Readonly<Record<K, object>>): { plan: string } & Record<K, string> {
  const sources: Record<string, string> = { plan: `// ${plan.id}: the plan definition for <thidua-form>.\nexport const plan = ${literal(plan)};\n` };
  for (const kind of DOCUMENT_KINDS.filter((k): k is K => k in schemas)) {
    const schema = schemas[kind];
    const packed = packSchema(schemaForElement(schema));
    sources[kind] = [
      `// ${plan.id} ${kind}: JSON Schema and precompiled validator for <thidua-form>.`,
      "export { plan } from './plan.js';",
      `const __unpack = ${unpackSchema.toString()};`,
      `export const schema = __unpack(${literal(packed.root)}, ${literal(packed.table)});`,
      validatorSource(plan.id, kind, schema),
      '',
    ].join('\n');
  }
  return sources as { plan: string } & Record<K, string>;
}
