import { escapePointerToken } from '@thidua/core/json-pointer';
import { PlanFileError } from '../errors.js';
import { sharedReferences } from '../shared/references.js';
import type { LocatedFile } from './located-file.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The file's value with every `{ use: name, … }` replaced by the shared fact it names (inner
 * ones first, so a fact's arguments may use facts too). A copied fact keeps its own key order,
 * with the keys written beside `use:` replacing its fields in place or added after them.
 */
export function resolveUses(dir: string, source: LocatedFile): unknown {
  const refs = sharedReferences();
  const fail = (pointer: string, vi: string, en: string): never => {
    throw new PlanFileError(dir, source.locate(pointer), { vi, en });
  };
  const walk = (value: unknown, pointer: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${pointer}/${i}`));
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, `${pointer}/${escapePointerToken(k)}`);
    if (!('use' in out)) return out;
    const { use: name, ...rest } = out;
    const ref = typeof name === 'string' ? refs.get(name) : undefined;
    if (!ref) {
      const known = [...refs.keys()].join(', ');
      return fail(`${pointer}/use`,
        `“use: ${String(name)}” không có trong luật dùng chung. Hãy dùng một trong các tên: ${known}.`,
        `“use: ${String(name)}” is not in the shared law. Use one of: ${known}.`);
    }
    if (ref.kind === 'data') return { ...(ref.data() as Record<string, unknown>), ...rest };
    const unknown = Object.keys(rest).filter((k) => !ref.args.includes(k));
    const missing = ref.required.filter((k) => !(k in rest));
    if (unknown.length > 0 || missing.length > 0) {
      const problem = unknown.length > 0 ? `không nhận khóa ${unknown.join(', ')}` : `thiếu khóa ${missing.join(', ')}`;
      const problemEn = unknown.length > 0 ? `takes no key ${unknown.join(', ')}` : `lacks the key ${missing.join(', ')}`;
      return fail(`${pointer}/use`,
        `“use: ${name as string}” ${problem}; các khóa của nó: ${ref.args.join(', ')} (bắt buộc: ${ref.required.join(', ')}).`,
        `“use: ${name as string}” ${problemEn}; its keys: ${ref.args.join(', ')} (required: ${ref.required.join(', ')}).`);
    }
    try {
      return ref.make(rest);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return fail(`${pointer}/use`, `không tính được “use: ${name as string}”: ${why}`, `cannot compute “use: ${name as string}”: ${why}`);
    }
  };
  return walk(source.value, '');
}
