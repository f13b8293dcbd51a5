import type { Lang } from '@thidua/core';
import en from './en.js';
import vi, { type Translation } from './vi.js';

export type { Translation };
export const TRANSLATIONS: Record<Lang, Translation> = { vi, en };

/** Fills `{name}` placeholders of a UI string. */
export function fmt(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
