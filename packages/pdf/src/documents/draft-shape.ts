// A draft (BẢN NHÁP) prints whatever is there, however incomplete or wrong-shaped. Rather
// than guard every field in every builder, one pass beside the plan's JSON Schema turns any
// JSON value into the shape the builders expect: a missing text prints as "…", a missing
// figure as "…" (NaN here, see format.ts), a missing list as empty. What is there but cannot
// be printed in its place (a list where a text belongs, a nominee of an unknown kind) prints
// as "…" too, with a note saying where and what. The walk follows the schema, so junk nested
// in the data is never descended into, and lists and texts are cut at the form's own limits.

import { PLACEHOLDER } from './format.js';

type Schema = Record<string, unknown>;
type Json = Record<string, unknown>;

export interface DraftNote {
  /** Where, in the form's own words: "Tờ trình › Kính gửi", "Danh sách đề nghị khen thưởng (thứ 2)". */
  where: string;
  /** What could not be printed there. */
  what: string;
}

export interface ShapedDraft {
  value: Json;
  notes: DraftNote[];
}

/** Limits where the schema gives none: a draft is never laid out without bounds. */
const MAX_TEXT = 20_000;
const MAX_ITEMS = 2_000;
const EXCERPT = 30;

/** Left out of a list: a nominee of no known kind. */
const LEFT_OUT = Symbol('left out');

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Json, k: string) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

function excerpt(s: string): string {
  const head = Array.from(s.slice(0, EXCERPT * 2)).slice(0, EXCERPT).join('');
  return head.normalize('NFC') + (head.length < s.length ? PLACEHOLDER : '');
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'một danh sách';
  if (typeof v === 'string') return `văn bản “${excerpt(v)}”`;
  if (typeof v === 'number') return `số ${v}`;
  if (typeof v === 'boolean') return v ? 'giá trị “đúng”' : 'giá trị “sai”';
  return 'một nhóm thông tin';
}

const NEEDS: Record<string, string> = { string: 'văn bản', number: 'một số', integer: 'một số', boolean: 'có/không', array: 'một danh sách', object: 'một nhóm thông tin' };

class Shaper {
  readonly notes: DraftNote[] = [];

  private note(where: string, what: string): void {
    this.notes.push({ where: where || 'Hồ sơ', what });
  }

  private wrong(s: Schema, v: unknown, where: string): void {
    this.note(where, `cần ${NEEDS[String(s['type'])] ?? 'giá trị khác'}, có ${describe(v)}`);
  }

  /** The value shaped as `s` asks; undefined where an optional part is absent. */
  shape(s: Schema, v: unknown, where: string, required: boolean): unknown {
    if ('const' in s) return s['const'];
    if (Array.isArray(s['oneOf'])) return this.branch(s['oneOf'] as Schema[], v, where);
    const missing = v === undefined || v === null;
    switch (s['type']) {
      case 'string': return this.text(s, v, where, required, missing);
      case 'number': case 'integer': return this.figure(s, v, where, required, missing);
      case 'boolean':
        if (typeof v === 'boolean') return v;
        if (!missing) this.wrong(s, v, where);
        return required ? false : undefined;
      case 'array': return this.list(s, v, where, required, missing);
      default: return this.group(s, v, where, required, missing);
    }
  }

  private text(s: Schema, v: unknown, where: string, required: boolean, missing: boolean): string | undefined {
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') {
      if (!missing) this.wrong(s, v, where);
      return required || !missing ? PLACEHOLDER : undefined;
    }
    const max = typeof s['maxLength'] === 'number' ? s['maxLength'] : MAX_TEXT;
    if (v.length <= max) return v.normalize('NFC');
    const cps = Array.from(v.slice(0, max * 2));
    if (cps.length <= max) return v.normalize('NFC');
    this.note(where, `dài quá, chỉ in ${max} ký tự đầu`);
    return cps.slice(0, max).join('').normalize('NFC') + PLACEHOLDER;
  }

  private figure(s: Schema, v: unknown, where: string, required: boolean, missing: boolean): number | undefined {
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
    if (!missing) this.wrong(s, v, where);
    return required || !missing ? Number.NaN : undefined;
  }

  private list(s: Schema, v: unknown, where: string, required: boolean, missing: boolean): unknown[] | undefined {
    const items = (s['items'] ?? {}) as Schema;
    // One text where a list of texts belongs ("to": "Sở Nội vụ"): the list of that text.
    const xs = Array.isArray(v) ? v : typeof v === 'string' && items['type'] === 'string' ? [v] : undefined;
    if (!xs) {
      if (!missing) this.wrong(s, v, where);
      return required || !missing ? [] : undefined;
    }
    const max = typeof s['maxItems'] === 'number' ? s['maxItems'] : MAX_ITEMS;
    if (xs.length > max) this.note(where, `${xs.length} mục, chỉ in ${max} mục đầu`);
    const out: unknown[] = [];
    const n = Math.min(xs.length, max);
    for (let i = 0; i < n; i++) {
      const x = this.shape(items, xs[i], `${where} (thứ ${i + 1})`, true);
      if (x !== LEFT_OUT) out.push(x);
    }
    return out;
  }

  private group(s: Schema, v: unknown, where: string, required: boolean, missing: boolean): Json | undefined {
    if (!isObject(v)) {
      if (!missing) this.wrong({ ...s, type: 'object' }, v, where);
      if (!required) return undefined;
    }
    const o = isObject(v) ? v : {};
    const props = (s['properties'] ?? {}) as Record<string, Schema>;
    const req = new Set((s['required'] as string[] | undefined) ?? []);
    const out: Json = {};
    for (const [k, ps] of Object.entries(props)) {
      const title = typeof ps['title'] === 'string' ? ps['title'] : k;
      const x = this.shape(ps, own(o, k), where ? `${where} › ${title}` : title, req.has(k));
      if (x !== undefined) out[k] = x;
    }
    return out;
  }

  /** A nominee: the branch its `type` names; of no known type, it is left out with a note. */
  private branch(branches: Schema[], v: unknown, where: string): unknown {
    const tag = isObject(v) ? own(v, 'type') : undefined;
    const b = branches.find((x) => ((x['properties'] as Record<string, Schema> | undefined)?.['type'] as Schema | undefined)?.['const'] === tag);
    if (b) return this.shape(b, v, where, true);
    if (v === undefined || v === null) return LEFT_OUT;
    const o = isObject(v) ? v : {};
    const profile = own(o, 'profile');
    const name = [own(o, 'name'), isObject(profile) ? own(profile, 'fullName') : undefined, isObject(profile) ? own(profile, 'householder') : undefined].find((x) => typeof x === 'string' && x.trim());
    const kinds = branches.map((x) => x['title']).filter((t) => typeof t === 'string').join(', ');
    const what = !isObject(v) ? `cần một nhóm thông tin, có ${describe(v)}`
      : typeof tag === 'string' ? `loại “${excerpt(tag)}” không có trong mẫu${kinds ? ` (${kinds})` : ''}`
      : 'không rõ loại (tập thể, cá nhân hay hộ gia đình)';
    this.note(where, `${what}${name ? `: “${excerpt(name as string)}”` : ''}`);
    return LEFT_OUT;
  }
}

/** Any JSON value as the schema's shape, with notes on what could not be printed. */
export function shapeDraft(schema: object, value: unknown): ShapedDraft {
  const shaper = new Shaper();
  const out = shaper.shape({ ...(schema as Schema), type: 'object' }, value, '', true) as Json;
  return { value: out, notes: shaper.notes };
}
