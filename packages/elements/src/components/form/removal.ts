// What the form says and where focus goes when an entry of a list is removed, and where it
// goes when the entry comes back. Focus never lands on another "Xóa": a second Enter must
// not remove a second nominee.

import type { Lang } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import { childSchema, info, labelOf, type JsonSchema } from '../../internal/schema-model.js';
import { fieldId, type Path } from '../../internal/value-path.js';
import type { Translation } from '../../translations/index.js';
import { entryName } from './field-renderer.js';

/** The schema of the value at `path`, following the data through unions. */
export function schemaAt(root: JsonSchema, data: unknown, path: Path): JsonSchema | undefined {
  let s: JsonSchema | undefined = root;
  let d = data;
  for (const seg of path) {
    s = s && childSchema(s, seg, d);
    d = d !== null && typeof d === 'object' ? (d as Record<string, unknown>)[seg as string] : undefined;
  }
  return s;
}

/** The control that stands for the entry at `index` of the list at `path`: a card's summary button, else its first field. */
export function entryFocusId(list: JsonSchema | undefined, path: Path, index: number): string {
  const ip = [...path, index];
  const w = list ? info(list).widget : 'list';
  if (w === 'cards') return `${fieldId(ip)}-toggle`;
  const first = w === 'list' || !list ? undefined : info(list['items'] as JsonSchema).keys[0];
  return fieldId(first === undefined ? ip : [...ip, first]);
}

/** After the entry at `index` went: the entry before it, or the list's heading when it was the first. */
export function removalFocusId(list: JsonSchema | undefined, path: Path, index: number): string {
  return index > 0 ? entryFocusId(list, path, index - 1) : `${fieldId(path)}-legend`;
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** "Đã xóa đề nghị của Nguyễn Văn A.", "Đã xóa đề nghị số 3.", "Đã xóa danh hiệu 2." */
export function removalMessage(list: JsonSchema | undefined, item: unknown, index: number, t: Translation, lang: Lang): string {
  const n = index + 1;
  if (list && info(list).widget === 'cards') {
    const name = entryName(item);
    return name ? interpolate(t.undoRemovedNominee, { name }) : interpolate(t.undoRemovedUnnamed, { n });
  }
  const label = labelOf(list?.['items'] as JsonSchema | undefined, lang) || t.row.replace(/\s*\{n\}\s*/, '');
  return interpolate(t.undoRemovedItem, { label: lang === 'vi' ? lowerFirst(label) : label, n });
}
