// What applies to an entry, as the schema says with `x-ui-applies` (a field asked only when
// its sibling fields hold one of the listed values: the commune's "Phân loại" only for the
// commune group) and `x-ui-enum-applies` (which options of a choice can be picked: a group's
// own criteria). The form shows only what applies; a change that makes chosen values stop
// applying sets them aside, and they come back when the change is undone.

import { branches, childSchema, info, variantFor, type JsonSchema } from './schema-model.js';
import { getIn, isObject, setIn, toPointer, type Path } from './value-path.js';

/** `{ sibling: [values…] }`: holds when every named sibling holds one of its values. */
type Condition = Record<string, readonly unknown[]>;

const conditionOf = (c: unknown): Condition | undefined => (isObject(c) ? (c as Condition) : undefined);

function holds(cond: Condition | undefined, siblings: Readonly<Record<string, unknown>>): boolean {
  if (!cond) return true;
  return Object.entries(cond).every(([k, values]) => !Array.isArray(values) || values.includes(siblings[k]));
}

/** The field is asked, given the other fields of its object. */
export function applies(s: JsonSchema, siblings: Readonly<Record<string, unknown>>): boolean {
  return holds(conditionOf(s['x-ui-applies']), siblings);
}

/** The schema whose `enum` a choice picks from: the field's own, or its items' (checkboxes). */
const enumSchema = (s: JsonSchema): JsonSchema => (Array.isArray(s['enum']) ? s : isObject(s['items']) ? (s['items'] as JsonSchema) : s);

/**
 * The enum values that can be picked now. `s` is the field (a select, radios or checkboxes);
 * the conditions name its siblings. Undefined when every value can.
 */
export function applicableValues(s: JsonSchema, siblings: Readonly<Record<string, unknown>>): ReadonlySet<unknown> | undefined {
  const when = s['x-ui-enum-applies'];
  if (!Array.isArray(when)) return undefined;
  const values = (enumSchema(s)['enum'] as unknown[] | undefined) ?? [];
  return new Set(values.filter((_, n) => holds(conditionOf(when[n]), siblings)));
}

/** The sibling fields, still empty, on which the options of `s` wait (none chosen yet can apply). */
export function waitingOn(s: JsonSchema, siblings: Readonly<Record<string, unknown>> | undefined): string[] {
  const when = s['x-ui-enum-applies'];
  if (!siblings || !Array.isArray(when)) return [];
  const keys = new Set(when.flatMap((c) => Object.keys(conditionOf(c) ?? {})));
  return [...keys].filter((k) => siblings[k] === undefined || siblings[k] === '');
}

/** Filters a choice's options to those that apply; a value already chosen stays, so it can be unpicked. */
export function applicableOptions<T extends { value: string }>(s: JsonSchema, siblings: Readonly<Record<string, unknown>> | undefined, options: T[], chosen: (value: string) => boolean): T[] {
  const ok = siblings && applicableValues(s, siblings);
  return ok ? options.filter((o) => ok.has(o.value) || chosen(o.value)) : options;
}

/** Keys of an object schema whose presence or options depend on other keys. */
const DEPENDENT = new WeakMap<JsonSchema, readonly string[]>();
function dependentKeys(s: JsonSchema): readonly string[] {
  let keys = DEPENDENT.get(s);
  if (!keys) {
    const p = isObject(s['properties']) ? (s['properties'] as Record<string, JsonSchema>) : {};
    keys = info(s).keys.filter((k) => p[k] && (isObject(p[k]['x-ui-applies']) || Array.isArray(p[k]['x-ui-enum-applies'])));
    DEPENDENT.set(s, keys);
  }
  return keys;
}

/** What a change set aside of one object: by key, the value or the options that stopped applying. */
export type SetAside = Record<string, unknown>;

/**
 * The object `value` of schema `s` after an edit: fields and chosen options that no longer
 * apply move into `aside`; what `aside` holds that applies again comes back (when the field
 * is empty, or as options added to a list of choices). Returns `value` itself when nothing
 * moved, and the keys that moved out.
 */
export function settle(s: JsonSchema, value: Record<string, unknown>, aside: SetAside): { value: Record<string, unknown>; hidden: string[] } {
  // hidden: the keys whose value, or some of whose chosen options, went aside.
  const keys = dependentKeys(s);
  if (!keys.length) return { value, hidden: [] };
  const p = s['properties'] as Record<string, JsonSchema>;
  let out = value;
  const hidden: string[] = [];
  const set = (k: string, v: unknown) => {
    if (out === value) out = { ...value };
    if (v === undefined) delete out[k];
    else out[k] = v;
  };
  // Two rounds: a field that comes back may itself decide what else applies.
  for (let round = 0; round < 2; round++) {
    for (const k of keys) {
      const c = p[k]!;
      let cur = out[k];
      if (!applies(c, out)) {
        if (cur !== undefined) {
          aside[k] = cur;
          hidden.push(k);
          set(k, undefined);
        }
        continue;
      }
      // A field asked again gets back what it held.
      if (cur === undefined && aside[k] !== undefined) {
        cur = aside[k];
        delete aside[k];
        set(k, cur);
      }
      const ok = applicableValues(c, out);
      if (!ok || cur === undefined) continue;
      if (Array.isArray(cur)) {
        const list = cur;
        const earlier = Array.isArray(aside[k]) ? (aside[k] as unknown[]) : [];
        const dropped = list.filter((x) => !ok.has(x));
        const returning = earlier.filter((x) => ok.has(x) && !list.includes(x));
        if (!dropped.length && !returning.length) continue;
        const order = (enumSchema(c)['enum'] as unknown[] | undefined) ?? [];
        const rest = [...earlier.filter((x) => !returning.includes(x)), ...dropped];
        if (rest.length) aside[k] = rest;
        else delete aside[k];
        if (dropped.length) hidden.push(k);
        set(k, Object.freeze([...list.filter((x) => ok.has(x)), ...returning].sort((a, b) => order.indexOf(a) - order.indexOf(b))));
      } else if (!ok.has(cur)) {
        aside[k] = cur;
        hidden.push(k);
        set(k, undefined);
      }
    }
  }
  return { value: out, hidden: [...new Set(hidden)] };
}

/** What one list entry set aside, by the JSON pointer (within the entry) of the object it came from. */
const ASIDE = new WeakMap<object, Map<string, SetAside>>();

/**
 * The set-aside values of the object at `objectPath`, kept with the list entry around it
 * (`entry` is that entry's lasting record, which goes when the entry is removed or the data
 * replaced); a fresh record outside any list.
 */
export function asideOf(entry: object | undefined, objectPath: Path, entryPath: Path): SetAside {
  if (!entry) return {};
  let byObject = ASIDE.get(entry);
  if (!byObject) ASIDE.set(entry, (byObject = new Map()));
  const at = toPointer(objectPath.slice(entryPath.length));
  let aside = byObject.get(at);
  if (!aside) byObject.set(at, (aside = {}));
  return aside;
}

/** The path of the list entry `path` lies in (its last index), if any. */
export function entryOf(path: Path): Path | undefined {
  for (let n = path.length - 1; n >= 0; n--) if (typeof path[n] === 'number') return path.slice(0, n + 1);
  return undefined;
}

/**
 * After an edit at `path`: settles the object holding the edited field and, when the edit
 * replaced a whole object (a nominee's type switched), that object. Returns the new data and
 * the schemas of the fields something went aside from.
 */
export function settleEdit(root: JsonSchema, data: unknown, path: Path, aside: (objectPath: Path) => SetAside): { value: unknown; hidden: JsonSchema[] } {
  let value = data;
  const hidden: JsonSchema[] = [];
  const paths = path.length ? [path.slice(0, -1), path] : [path];
  for (const objectPath of paths) {
    const obj = getIn(value, objectPath);
    if (!isObject(obj)) continue;
    let s: JsonSchema | undefined = root;
    let d: unknown = value;
    for (const seg of objectPath) {
      s = s && childSchema(s, seg, d);
      d = isObject(d) || Array.isArray(d) ? (d as Record<string, unknown>)[seg as string] : undefined;
    }
    const os = s && (branches(s).length ? variantFor(s, obj) : s);
    if (!os) continue;
    const r = settle(os, obj, aside(objectPath));
    if (r.value !== obj) value = setIn(value, objectPath, Object.freeze(r.value));
    hidden.push(...r.hidden.map((k) => (os['properties'] as Record<string, JsonSchema>)[k]!));
  }
  return { value, hidden };
}
