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
 * The format as a draft-07 JSON Schema, with two rules on `unknowns` that TypeBox types cannot
 * carry: `at` must point at an optional field of the format, and a field it names must be
 * absent. The second holds for every optional field reached through objects alone
 * (`/document/number`, `/slogan`), with the error on the field itself; a pointer into a list
 * (`/indicators/2/target`) is beyond what JSON Schema can tie to an entry of another list.
 */
export function planDefinitionJsonSchema(): Json {
  const body = JSON.parse(JSON.stringify(PlanDefinition)) as Json;
  const definitions: Json = {};
  const lifted = liftNamed(body, definitions, true) as Json;
  const at = ((lifted.properties as Json).unknowns as Json & { items: Json & { properties: Json } }).items.properties;
  at.at = { ...(at.at as Json), pattern: `^${alternatives(optionalFieldPatterns(lifted, definitions))}$` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: PLAN_DEFINITION_SCHEMA_ID,
    title: 'Định nghĩa kế hoạch thi đua, khen thưởng',
    ...lifted,
    allOf: optionalPaths(lifted).map(absentWhenUnknown),
    definitions,
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern per optional field of the format, a list's index written `[0-9]+` and a nested
 * outline node's `/children/N` any number of times: the only places `unknowns` may name, so a
 * misspelt or required field there is an error too.
 */
function optionalFieldPatterns(root: Json, definitions: Json): string[][] {
  const out: string[][] = [];
  const walk = (schema: unknown, prefix: string[], inside: string[], top = false): void => {
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/definitions/', '');
      if (inside.includes(name)) return;
      const loop = selfPaths(definitions[name], name, definitions);
      walk(definitions[name], loop.length ? [...prefix, `(?:${loop.join('|')})*`] : prefix, [...inside, name]);
      return;
    }
    for (const branch of [schema.anyOf, schema.oneOf]) if (Array.isArray(branch)) branch.forEach((b) => walk(b, prefix, inside));
    if (schema.type === 'array' && isObject(schema.items)) walk(schema.items, [...prefix, '/[0-9]+'], inside);
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    for (const [key, sub] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
      if (top && (key === '$schema' || key === 'unknowns')) continue;
      const here = [...prefix, `/${escapeRegExp(escapePointerToken(key))}`];
      if (!required.has(key)) out.push(here);
      walk(sub, here, inside);
    }
  };
  walk(root, [], [], true);
  return out;
}

/**
 * One pattern matching any of the paths, common beginnings written once (`/document(?:/number|…)`):
 * from each point the next characters decide the branch, so matching never backtracks far.
 */
function alternatives(paths: string[][]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const path of paths) {
    let node = root;
    for (const token of path) {
      if (!node.next.has(token)) node.next.set(token, { end: false, next: new Map() });
      node = node.next.get(token)!;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const branches = [...node.next].map(([token, child]) => token + write(child));
    if (!branches.length) return '';
    const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `${group.startsWith('(?:') ? group : `(?:${group})`}?` : group;
  };
  return write(root);
}

/** Patterns of the paths by which a named schema holds itself (an outline node's `/children/N`). */
function selfPaths(schema: unknown, name: string, definitions: Json, prefix = ''): string[] {
  if (!isObject(schema)) return [];
  if (schema.$ref === `#/definitions/${name}`) return [prefix];
  if (typeof schema.$ref === 'string') return [];
  const out: string[] = [];
  for (const branch of [schema.anyOf, schema.oneOf]) if (Array.isArray(branch)) branch.forEach((b) => out.push(...selfPaths(b, name, definitions, prefix)));
  if (schema.type === 'array' && isObject(schema.items)) out.push(...selfPaths(schema.items, name, definitions, `${prefix}/[0-9]+`));
  for (const [key, sub] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    out.push(...selfPaths(sub, name, definitions, `${prefix}/${escapeRegExp(escapePointerToken(key))}`));
  }
  return out;
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
