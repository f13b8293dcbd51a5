import { en, enTerms } from './en.js';
import type { Lang } from './lang.js';
import { vi, viTerms } from './vi.js';

export type { Lang } from './lang.js';
export type Terms = typeof viTerms;

export const MESSAGES = { vi, en } as const;
export const TERMS: Record<Lang, Terms> = { vi: viTerms, en: enTerms };
