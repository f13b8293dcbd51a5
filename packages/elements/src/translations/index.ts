import type { Lang } from '@thidua/core';
import en from './en.js';
import vi, { type Translation } from './vi.js';

export type { Translation };
export const TRANSLATIONS: Record<Lang, Translation> = { vi, en };
