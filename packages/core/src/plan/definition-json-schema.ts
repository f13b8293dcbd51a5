// The plan-definition format as a published JSON Schema document: what an editor uses to
// complete and check a plan file, and what `thidua plan check` validates it against. It is
// the `PlanDefinition` TypeBox schema, written out so any JSON Schema tool reads it.
import { escapePointerToken } from '../json-pointer/json-pointer.js';
import { PlanDefinition } from './definition.js';

/** Stable `$id` of the format: a change that refuses a file valid today gets a new number. */
export const PLAN_DEFINITION_SCHEMA_ID = 'https://schemas.thidua.dev/plan-definition/1.json';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The format as a draft-07 JSON Schema. A field that `unknowns` names must be absent: for every
 * optional field reached through objects alone (`/document/number`, `/slogan`) the schema says
 * so, and the error is on the field itself. A pointer into a list (`/indicators/2/target`) is
 * beyond what JSON Schema can tie to an entry of another list.
 */
export function planDefinitionJsonSchema(): Json {
  const body = JSON.parse(JSON.stringify(PlanDefinition)) as Json;
  const definitions: Json = {};
  const lifted = liftNamed(body, definitions, true) as Json;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: PLAN_DEFINITION_SCHEMA_ID,
    title: 'Định nghĩa kế hoạch thi đua, khen thưởng',
    ...lifted,
    allOf: optionalPaths(lifted).map(absentWhenUnknown),
    definitions,
  };
}

/**
 * TypeBox names a recursive schema with a relative `$id` and refers to it by that name; a
 * published document keeps such schemas under `definitions` and refers to them by pointer,
 * which every editor resolves.
 */
function liftNamed(node: unknown, definitions: Json, root = false): unknown {
  if (Array.isArray(node)) return node.map((n) => liftNamed(n, definitions));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) out[k] = liftNamed(v, definitions);
  if (typeof out.$ref === 'string' && !out.$ref.startsWith('#')) out.$ref = `#/definitions/${out.$ref}`;
  if (!root && typeof out.$id === 'string') {
    const { $id, ...named } = out;
    definitions[$id] = named;
    return { $ref: `#/definitions/${$id}` };
  }
  return out;
}

/** Tokens of every optional field reached from the root through object properties only. */
function optionalPaths(schema: Json, at: string[] = []): string[][] {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: string[][] = [];
  for (const [key, sub] of Object.entries(properties)) {
    if (at.length === 0 && (key === '$schema' || key === 'unknowns')) continue;
    const path = [...at, key];
    if (!required.has(key)) out.push(path);
    if (isObject(sub) && sub.type === 'object') out.push(...optionalPaths(sub, path));
  }
  return out;
}

function absentWhenUnknown(path: string[]): Json {
  const pointer = '/' + path.map(escapePointerToken).join('/');
  const absent = path.reduceRight<unknown>((inner, key) => ({ type: 'object', properties: { [key]: inner } }), false);
  const named = { type: 'object', required: ['at'], properties: { at: { type: 'string', const: pointer } } };
  return {
    if: { type: 'object', required: ['unknowns'], properties: { unknowns: { type: 'array', contains: named } } },
    then: absent,
  };
}
