import { parsePointer, TERMS, type Lang } from '@thidua/core';
import { userText } from './user-text.js';

type Schema = Record<string, unknown>;

export interface FieldDescription {
  /** The field's own label. */
  label: string;
  /** Labels of the enclosing parts, outermost first (the document itself left out). */
  context: string[];
  /** Schema of the field, when the path leads to one. */
  schema?: Schema;
}

function titleOf(s: Schema | undefined, lang: Lang): string | undefined {
  if (!s) return undefined;
  const t = lang === 'en' ? (s['x-title-en'] ?? s['title']) : s['title'];
  return typeof t === 'string' ? t : undefined;
}

/** The branch of a discriminated union the data selects (first branch when it selects none). */
export function selectBranch(s: Schema, value: unknown): Schema {
  const oneOf = s['oneOf'] as Schema[] | undefined;
  const disc = s['discriminator'] as { propertyName: string } | undefined;
  if (!oneOf?.length) return s;
  if (disc && value && typeof value === 'object') {
    const tag = (value as Record<string, unknown>)[disc.propertyName];
    const hit = oneOf.find((b) => ((b['properties'] as Record<string, Schema> | undefined)?.[disc.propertyName]?.['const']) === tag);
    if (hit) return hit;
  }
  return oneOf[0]!;
}

/** A human name for an array item: the nominee's or unit's name when it has one. */
function itemName(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const p = (v['profile'] ?? {}) as Record<string, unknown>;
  const name = v['name'] ?? p['fullName'] ?? p['householder'] ?? v['fullName'] ?? v['title'];
  return typeof name === 'string' && name.trim() ? userText(name.trim(), 60) : undefined;
}

/** Names a JSON Pointer by the labels of the schema along it, in the requested language. */
export function describePath(root: Schema, data: unknown, pointer: string, lang: Lang): FieldDescription {
  const labels: string[] = [];
  let s: Schema | undefined = root;
  let v: unknown = data;
  for (const seg of parsePointer(pointer)) {
    if (s) s = selectBranch(s, v);
    if (s && (s['type'] === 'array' || s['items'])) {
      const idx = Number(seg);
      const name = itemName(Array.isArray(v) ? v[idx] : undefined);
      labels.push(`${TERMS[lang].item} ${Number.isInteger(idx) ? idx + 1 : seg}${name ? ` – ${name}` : ''}`);
      s = s['items'] as Schema | undefined;
      v = Array.isArray(v) ? v[idx] : undefined;
      continue;
    }
    const props = s?.['properties'] as Record<string, Schema> | undefined;
    // Own properties only: "__proto__" or "constructor" must not resolve to Object.prototype.
    const next = props && Object.hasOwn(props, seg) ? props[seg] : undefined;
    // A key the schema does not have came from the data: quote it as user text.
    labels.push(titleOf(next, lang) ?? (next ? seg : userText(seg, 60)));
    s = next;
    v = v && typeof v === 'object' && Object.hasOwn(v, seg) ? (v as Record<string, unknown>)[seg] : undefined;
  }
  if (s) s = selectBranch(s, v);
  let label = labels.pop() ?? titleOf(root, lang) ?? '';
  // A list entry of plain values ("Kính gửi", "Nơi nhận") is named by the entry's own title.
  const last = parsePointer(pointer).pop();
  if (last !== undefined && /^\d+$/.test(last) && s && s['type'] !== 'object' && titleOf(s, lang)) label = `${titleOf(s, lang)} (${label})`;
  // "«Thuận lợi» (… › 1. Thuận lợi)": the numbered section already names its only text field.
  const parent = labels[labels.length - 1];
  if (parent && parent !== label && parent.endsWith(` ${label}`)) label = labels.pop()!;
  return { label, context: labels, ...(s ? { schema: s } : {}) };
}

/** «Họ và tên» (Danh sách đề nghị khen thưởng › mục 3 – Nguyễn Văn A › I. Sơ lược lý lịch) */
export function fieldPhrase(d: FieldDescription, lang: Lang): string {
  const quoted = lang === 'vi' ? `«${d.label}»` : `“${d.label}”`;
  return d.context.length ? `${quoted} (${d.context.join(' › ')})` : quoted;
}
