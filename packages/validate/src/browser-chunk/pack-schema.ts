// A plan's schema repeats whole subtrees (each nominee type carries the same criteria, figures
// and honours tables), further apart than gzip's 32 KB window reaches. A chunk ships each
// repeated subtree once, in a table, and unpacks it on load: the same object in 30–70 % of the bytes.
import { ChunkWriteError } from './chunk-write-error.js';

/** Subtrees smaller than this (as JSON) stay in place: a reference would not pay for itself. */
const MIN_SHARED = 120;

/** A schema packed by packSchema: the root and the table of shared subtrees it refers to. */
export interface PackedSchema {
  root: unknown;
  table: unknown[];
}

/**
 * `{ root, table }`: `root` is `schema` with every subtree that occurs more than once (and is
 * at least MIN_SHARED characters of JSON) replaced by `{ "$s": i }`, `table[i]` being that
 * subtree, itself packed against the entries before it.
 */
export function packSchema(schema: unknown): PackedSchema {
  const counts = new Map<string, number>();
  const count = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const json = JSON.stringify(node);
    if (json.length >= MIN_SHARED) counts.set(json, (counts.get(json) ?? 0) + 1);
    for (const v of Array.isArray(node) ? node : Object.values(node)) count(v);
  };
  count(schema);
  if (JSON.stringify(schema).includes('"$s"')) throw new ChunkWriteError('reserved-key', 'packSchema');
  const index = new Map<string, number>();
  const table: unknown[] = [];
  const pack = (node: unknown, top: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const json = JSON.stringify(node);
    if (!top && (counts.get(json) ?? 0) > 1) {
      let i = index.get(json);
      if (i === undefined) {
        const packed = pack(node, true);
        i = table.length;
        table.push(packed);
        index.set(json, i);
      }
      return { $s: i };
    }
    if (Array.isArray(node)) return node.map((v) => pack(v, false));
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pack(v, false)]));
  };
  const root = pack(schema, true);
  return { root, table };
}

/**
 * The inverse of packSchema; shipped in each chunk as source (`unpackSchema.toString()`), so it
 * uses nothing from outside. Entries are unpacked in order: an entry refers only to earlier ones.
 */
export function unpackSchema(root: unknown, table: readonly unknown[]): unknown {
  const out: unknown[] = [];
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(walk);
    const o = node as Record<string, unknown>;
    if (typeof o.$s === 'number' && Object.keys(o).length === 1) return out[o.$s];
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(o)) copy[k] = walk(o[k]);
    return copy;
  };
  for (const t of table) out.push(walk(t));
  return walk(root);
}
