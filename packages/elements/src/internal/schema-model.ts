// What the form reads from a plan's JSON Schema: which control each node gets, its labels and
// hints in the page's language, property order, nominee variants (the `oneOf` on `type`), the
// empty value a new form or a new list entry starts from, and where an issue is shown.

import type { Lang } from '@thidua/core';
import { isObject, type Path, type Segment } from './value-path.js';

/** A JSON Schema node as the plans publish it (draft-07 plus the x-* UI vocabulary). */
export type JsonSchema = Record<string, unknown>;

/**
 * The control a schema node is drawn with.
 * - `hidden`: a constant (plan id, kind, schema version) or a generated key: filled in, never shown
 * - `variant`: a tagged union (a nominee): the tag picks the branch
 * - `list`: a repeatable text; `repeat`: repeatable groups; `cards`: repeatable variants,
 *   shown collapsed (nominees); `table`: rows of a year series or an award list
 * - `outline`: a report's numbered sections
 */
export type Widget =
  | 'hidden' | 'text' | 'textarea' | 'number' | 'percent' | 'money' | 'year' | 'date' | 'time'
  | 'radio' | 'select' | 'checkbox' | 'checkboxes' | 'list' | 'table' | 'repeat' | 'cards'
  | 'group' | 'outline' | 'variant';

export interface SchemaInfo {
  widget: Widget;
  /** `type: integer`. */
  integer: boolean;
  /** Object properties in form order. */
  keys: readonly string[];
  required: ReadonlySet<string>;
}

/** Form order of a nominee's fields: who it is first, then the criteria, then the paperwork. */
const VARIANT_ORDER = [
  'type', 'id', 'name', 'group', 'category', 'criteriaMet', 'summary', 'votesAgree', 'profile', 'report',
  'evidence', 'figures', 'pastAwards', 'confirmations', 'reportPlace', 'reportDate', 'note',
];

const CACHE = new WeakMap<JsonSchema, SchemaInfo>();

const props = (s: JsonSchema) => (isObject(s['properties']) ? (s['properties'] as Record<string, JsonSchema>) : undefined);
const items = (s: JsonSchema) => (isObject(s['items']) ? (s['items'] as JsonSchema) : undefined);
export const branches = (s: JsonSchema): JsonSchema[] => (Array.isArray(s['oneOf']) ? (s['oneOf'] as JsonSchema[]) : []);

export function info(s: JsonSchema): SchemaInfo {
  let i = CACHE.get(s);
  if (!i) {
    const p = props(s);
    let keys = p ? Object.keys(p) : [];
    const order = Array.isArray(s['x-ui-order']) ? (s['x-ui-order'] as string[]) : s['x-nominee-type'] ? VARIANT_ORDER : undefined;
    if (order) {
      const rank = (k: string) => { const r = order.indexOf(k); return r < 0 ? order.length : r; };
      keys = keys.map((k, n) => ({ k, n })).sort((a, b) => rank(a.k) - rank(b.k) || a.n - b.n).map((x) => x.k);
    }
    i = {
      widget: widgetOf(s),
      integer: s['type'] === 'integer',
      keys,
      required: new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []),
    };
    CACHE.set(s, i);
  }
  return i;
}

function widgetOf(s: JsonSchema): Widget {
  // Keys the form makes itself (a nominee's key in the dossier) are never asked either.
  if ('const' in s || s['x-ui-widget'] === 'generated') return 'hidden';
  if (branches(s).length) return 'variant';
  const w = s['x-ui-widget'];
  switch (s['type']) {
    case 'string':
      if (Array.isArray(s['enum'])) return w === 'radio' || (s['enum'] as unknown[]).length <= 4 ? 'radio' : 'select';
      if (w === 'date' || w === 'time' || w === 'textarea') return w;
      return 'text';
    case 'integer':
    case 'number':
      return w === 'year' || w === 'percent' || w === 'money' ? w : 'number';
    case 'boolean':
      return 'checkbox';
    case 'array': {
      const it = items(s);
      if (!it) return 'list';
      if (Array.isArray(it['enum'])) return 'checkboxes';
      if (branches(it).length) return 'cards';
      if (it['type'] === 'object') return w === 'table' ? 'table' : 'repeat';
      return 'list';
    }
    case 'object': {
      const p = props(s);
      if (p && Object.values(p).some((c) => c['x-outline-number'] !== undefined)) return 'outline';
      return 'group';
    }
    default:
      return 'text';
  }
}

/** Leaf controls: one input (or one radio/checkbox group) each. */
export function isLeaf(w: Widget): boolean {
  return !(w === 'group' || w === 'outline' || w === 'variant' || w === 'list' || w === 'table' || w === 'repeat' || w === 'cards');
}

export function isNumeric(w: Widget): boolean {
  return w === 'number' || w === 'percent' || w === 'money' || w === 'year';
}

// ---- Labels ----

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

// A section the outline marks optional gets the form's own "(nếu có)"; its printed title may
// already end with one ("Đề xuất, kiến nghị (nếu có)"), which would then show twice.
const IF_ANY = /\s*\((?:nếu có|if any)\)$/u;

export function labelOf(s: JsonSchema | undefined, lang: Lang): string {
  if (!s) return '';
  const label = (lang === 'en' ? str(s['x-title-en']) : undefined) ?? str(s['title']) ?? '';
  return s['x-outline-optional'] ? label.replace(IF_ANY, '') : label;
}

/**
 * True when nothing inside `s` is ever required: only then is a group marked "(không bắt
 * buộc)". A group that may be left out but, once begun, needs some of its fields is not
 * optional in full, and the mark would tell the officer those fields may be skipped.
 */
export function optionalInFull(s: JsonSchema): boolean {
  if (info(s).required.size || (typeof s['minItems'] === 'number' && s['minItems'] > 0) || branches(s).length) return false;
  // A list may be left empty; its rows say what each needs.
  return Object.values(props(s) ?? {}).every(optionalInFull);
}

export function hintOf(s: JsonSchema, lang: Lang): string | undefined {
  return lang === 'en' ? str(s['x-ui-hint-en']) : str(s['x-ui-hint']);
}

export function unitOf(s: JsonSchema, lang: Lang): string | undefined {
  return (lang === 'en' ? str(s['x-unit-en']) : undefined) ?? str(s['x-unit']);
}

export interface EnumOption { value: string; label: string }

export function enumOptions(s: JsonSchema, lang: Lang): EnumOption[] {
  const values = (s['enum'] as string[] | undefined) ?? [];
  const labels = (s[lang === 'en' ? 'x-enum-labels-en' : 'x-enum-labels'] ?? s['x-enum-labels']) as string[] | undefined;
  return values.map((value, n) => ({ value, label: labels?.[n] ?? value }));
}

/** The label of an enum value, for the review list. */
export function enumLabel(s: JsonSchema, value: unknown, lang: Lang): string {
  return enumOptions(s, lang).find((o) => o.value === value)?.label ?? String(value);
}

// ---- Variants (tagged unions) ----

export function discriminatorOf(s: JsonSchema): string {
  const d = s['discriminator'];
  return isObject(d) && typeof d['propertyName'] === 'string' ? d['propertyName'] : 'type';
}

export interface VariantOption { tag: string; label: string; schema: JsonSchema }

export function variantOptions(s: JsonSchema, lang: Lang): VariantOption[] {
  const tagKey = discriminatorOf(s);
  return branches(s).map((b) => {
    const tagSchema = props(b)?.[tagKey] ?? {};
    const tag = String(tagSchema['const'] ?? '');
    const label = ((tagSchema[lang === 'en' ? 'x-enum-labels-en' : 'x-enum-labels'] as string[] | undefined)?.[0]) || labelOf(b, lang) || tag;
    return { tag, label, schema: b };
  });
}

/** The branch of a union the value's tag names, if any. */
export function variantFor(s: JsonSchema, value: unknown): JsonSchema | undefined {
  if (!isObject(value)) return undefined;
  const tagKey = discriminatorOf(s);
  return branches(s).find((b) => props(b)?.[tagKey]?.['const'] === value[tagKey]);
}

/** The schema of a child: an object property, an array item, or a property of the value's branch. */
export function childSchema(s: JsonSchema, seg: Segment, value: unknown): JsonSchema | undefined {
  if (branches(s).length) {
    const b = variantFor(s, value) ?? branches(s).find((x) => props(x)?.[seg as string]);
    return b ? childSchema(b, seg, value) : undefined;
  }
  if (typeof seg === 'number') return items(s);
  const p = props(s);
  return p && Object.hasOwn(p, seg) ? p[seg] : undefined;
}

// ---- Values ----

/**
 * The value a new form (or a new entry) starts from: constants, required groups as empty
 * objects, required lists as empty lists (one blank line for a list of texts that needs
 * entries), unticked checkboxes. Required texts and numbers stay absent.
 */
export function skeleton(s: JsonSchema): unknown {
  if ('const' in s) return s['const'];
  const i = info(s);
  switch (i.widget) {
    case 'group':
    case 'outline': {
      const out: Record<string, unknown> = {};
      for (const k of i.keys) {
        if (!i.required.has(k)) continue;
        const v = skeleton(props(s)![k]!);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'list':
    case 'table':
    case 'repeat': {
      const n = Number(s['minItems'] ?? 0);
      if (n <= 0) return [];
      const it = items(s)!;
      return Array.from({ length: Math.min(n, 5) }, () => (i.widget === 'list' ? '' : skeleton(it)));
    }
    case 'cards':
    case 'checkboxes':
      return [];
    case 'checkbox':
      return false;
    default:
      return undefined;
  }
}

/** A new entry of a union list, of the given branch. */
export function newVariant(s: JsonSchema, tag: string): Record<string, unknown> {
  const b = branches(s).find((x) => props(x)?.[discriminatorOf(s)]?.['const'] === tag) ?? branches(s)[0]!;
  return skeleton(b) as Record<string, unknown>;
}

/**
 * `value` moved onto another branch: what the new branch also has is kept (shared fields,
 * and fields of the same name in nested groups), what it lacks is dropped, and missing
 * required groups and lists start empty. `earlier` is what this entry held when it last had
 * that branch; its fields come back under the kept ones.
 */
export function conformTo(value: Record<string, unknown>, branch: JsonSchema, earlier?: Record<string, unknown>): Record<string, unknown> {
  const kept = keep(value, branch) as Record<string, unknown>;
  const merged = earlier ? merge(keep(earlier, branch) as Record<string, unknown>, kept) : kept;
  return fill(merged, branch) as Record<string, unknown>;
}

function keep(v: unknown, s: JsonSchema): unknown {
  const p = props(s);
  if (!p || !isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (Object.hasOwn(p, k)) out[k] = keep(x, p[k]!);
  return out;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Record<string, unknown>, v) : v;
  return out;
}

function fill(v: unknown, s: JsonSchema): unknown {
  const p = props(s);
  if (!p || !isObject(v)) return v;
  const out: Record<string, unknown> = { ...v };
  const i = info(s);
  for (const k of i.keys) {
    if (out[k] === undefined) {
      if (i.required.has(k) || 'const' in p[k]!) {
        const sk = skeleton(p[k]!);
        if (sk !== undefined) out[k] = sk;
      }
    } else out[k] = fill(out[k], p[k]!);
  }
  return out;
}

/** True when `key` is required in the object schema `s` (or in the branch `value` selects). */
export function isRequired(s: JsonSchema, key: string, value: unknown): boolean {
  const b = branches(s).length ? variantFor(s, value) : s;
  return b ? requiredKeys(b, value).has(key) : false;
}

/** True when the data satisfies an `if` of the simple kind the plans use: required keys, enum or const values. */
function conditionHolds(cond: JsonSchema, value: Record<string, unknown>): boolean {
  const req = Array.isArray(cond['required']) ? (cond['required'] as string[]) : [];
  if (!req.every((k) => value[k] !== undefined)) return false;
  return Object.entries(props(cond) ?? {}).every(([k, c]) => {
    if (value[k] === undefined) return true;
    if (Array.isArray(c['enum'])) return (c['enum'] as unknown[]).includes(value[k]);
    return 'const' in c ? c['const'] === value[k] : true;
  });
}

/**
 * The keys required of `value` now: the object's own `required`, plus those of each `then`
 * whose `if` holds (an official's workplace is required, a citizen's is not), so the form marks
 * a field required only once the choice that makes it so is made.
 */
export function requiredKeys(s: JsonSchema, value: unknown): ReadonlySet<string> {
  const base = info(s).required;
  const allOf = Array.isArray(s['allOf']) ? (s['allOf'] as JsonSchema[]) : [];
  const obj = isObject(value) ? value : {};
  const extra = allOf.flatMap((e) => {
    const cond = e['if'];
    const then = e['then'];
    if (!isObject(cond) || !isObject(then) || !conditionHolds(cond as JsonSchema, obj)) return [];
    return Array.isArray(then['required']) ? (then['required'] as string[]) : [];
  });
  return extra.length ? new Set([...base, ...extra]) : base;
}

/**
 * Where an issue at `path` is shown: the deepest node the form draws on that path. A
 * constant (plan id…) or an unknown key is shown at its parent; an entry of a checkbox
 * group at the group; the root (`[]`) means "the whole document".
 */
export function anchorOf(root: JsonSchema, data: unknown, path: Path, onCard?: (item: Segment[]) => void): Segment[] {
  const out: Segment[] = [];
  let s = root;
  let d = data;
  for (const seg of path) {
    const w = info(s).widget;
    if (isLeaf(w)) break;
    if (w === 'cards' && typeof seg === 'number') onCard?.([...out, seg]);
    if (w === 'variant' && seg === discriminatorOf(s)) { out.push(seg); break; }
    const c = childSchema(s, seg, d);
    if (!c || info(c).widget === 'hidden') break;
    out.push(seg);
    s = c;
    d = d !== null && typeof d === 'object' ? (d as Record<string, unknown>)[seg as string] : undefined;
  }
  return out;
}
