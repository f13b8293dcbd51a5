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

/** Deeper than this, a value is copied by the browser (which also keeps cycles) rather than here. */
const COPY_DEPTH = 64;

/**
 * A private, frozen copy of a JSON-like value set from outside. Plain objects and arrays are
 * copied and frozen in one pass (a 300-nominee dossier in a third of the time structuredClone
 * and a second walk take); anything else, and anything nested deeper than a form ever is, goes
 * to structuredClone, so dates stay dates and cycles are kept rather than followed.
 */
export function frozenCopy<T>(v: T): T {
  const copy = copyPlain(v, 0);
  return (copy === DEEP ? deepFreeze(structuredClone(v)) : copy) as T;
}

const DEEP = Symbol('deep');

function copyPlain(v: unknown, depth: number): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (depth > COPY_DEPTH) return DEEP;
  if (Array.isArray(v)) {
    const a: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = copyPlain(v[i], depth + 1);
      if (x === DEEP) return DEEP;
      a[i] = x;
    }
    return Object.freeze(a);
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return deepFreeze(structuredClone(v));
  const o: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = copyPlain((v as Record<string, unknown>)[k], depth + 1);
    if (x === DEEP) return DEEP;
    // JSON may carry a "__proto__" key: it stays data, never becomes the copy's prototype.
    if (k === '__proto__') Object.defineProperty(o, k, { value: x, enumerable: true, writable: true, configurable: true });
    else o[k] = x;
  }
  return Object.freeze(o);
}
