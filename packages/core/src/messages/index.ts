import { en, enTerms } from './en.js';
import type { Lang } from './lang.js';
import type { MessageKey } from './variants.js';
import { vi, viTerms } from './vi.js';

export type { Lang } from './lang.js';
export { MESSAGE_VARIANTS, type MessageKey, type MessageVariant } from './variants.js';
export type Terms = typeof viTerms;

export const MESSAGES: { readonly vi: Record<MessageKey, string>; readonly en: Record<MessageKey, string> } = { vi, en };
export const TERMS: Record<Lang, Terms> = { vi: viTerms, en: enTerms };
