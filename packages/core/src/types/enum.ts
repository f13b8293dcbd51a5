import { Type, type TUnsafe } from '@sinclair/typebox';
import { label } from './label.js';

export interface EnumOption {
  value: string;
  label: string;
  labelEn: string;
}

/**
 * A string enum with labels. Built as `{type, enum}` rather than a union of literals so a
 * wrong value gives one error, not one per branch (ajv reports each failed branch of an anyOf).
 */
export function StringEnum(vi: string, en: string, options: readonly EnumOption[], extra: Record<string, unknown> = {}): TUnsafe<string> {
  return Type.Unsafe<string>({
    type: 'string',
    enum: options.map((o) => o.value),
    'x-enum-labels': options.map((o) => o.label),
    'x-enum-labels-en': options.map((o) => o.labelEn),
    ...label(vi, en),
    ...extra,
  });
}
