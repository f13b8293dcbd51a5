// Paths into the form value: segment arrays for code, JSON Pointers (RFC 6901) for issues,
// and immutable updates that copy only the spine, so unchanged parts keep their identity.

import { parsePointer as parseTokens, toPointer } from '@thidua/core/json-pointer';

/** One step into a value: an object key or an array index. */
export type Segment = string | number;
export type Path = readonly Segment[];

type Container = Record<string, unknown> | unknown[];

export { toPointer };

/** `"/nominees/3/name"` → `["nominees", 3, "name"]`: core's tokens, with all-digit ones as indices. */
export function parsePointer(pointer: string): Segment[] {
  return parseTokens(pointer).map((k) => (/^(0|[1-9]\d*)$/.test(k) ? Number(k) : k));
}

/** True when `pointer` is `prefix` or lies inside it. */
export function isWithin(pointer: string, prefix: string): boolean {
  return pointer === prefix || (pointer.startsWith(prefix) && pointer.charCodeAt(prefix.length) === 47 /* / */);
}

/** DOM id of the control (or group) at a path: ids live in the shadow root, so they stay short and local. */
export function fieldId(path: Path): string {
  return 'f' + path.map((s) => '.' + String(s)).join('');
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function getIn(root: unknown, path: Path): unknown {
  let cur = root;
  for (const s of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[s as string];
  }
  return cur;
}

/**
 * A copy of `root` with `value` at `path` (missing objects and arrays on the way are created;
 * `undefined` deletes an object key). Only the containers along the path are copied, and
 * each new one is frozen: the form state is an immutable tree.
 */
export function setIn(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  const src = root !== null && typeof root === 'object' ? (root as Container) : typeof head === 'number' ? [] : {};
  const child = setIn((src as Record<string, unknown>)[head as string], rest, value);
  if (Array.isArray(src)) {
    const copy = src.slice();
    copy[head as number] = child;
    return Object.freeze(copy);
  }
  const copy: Record<string, unknown> = { ...src };
  if (child === undefined) delete copy[head as string];
  else copy[head as string] = child;
  return Object.freeze(copy);
}

/** A copy of `root` with the array at `path` replaced by `fn(array)`. */
export function updateArray(root: unknown, path: Path, fn: (items: unknown[]) => unknown[]): unknown {
  const cur = getIn(root, path);
  return setIn(root, path, Object.freeze(fn(Array.isArray(cur) ? cur.slice() : [])));
}

/** Freezes a whole tree in place (used on a private copy). */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** A private, frozen copy of a JSON-like value set from outside. */
export function frozenCopy<T>(v: T): T {
  return deepFreeze(structuredClone(v));
}
