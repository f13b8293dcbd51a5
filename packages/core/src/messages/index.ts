import { en, enTerms } from './en.js';
import { vi, viTerms } from './vi.js';

export type Lang = 'vi' | 'en';
export type Terms = typeof viTerms;

export const MESSAGES = { vi, en } as const;
export const TERMS: Record<Lang, Terms> = { vi: viTerms, en: enTerms };

/** Fills `{name}` placeholders; unknown ones are left visible rather than silently dropped. */
export function interpolate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(n: number, lang: Lang): string {
  return NUMBER_FORMATS[lang].format(n);
}

// Building an Intl.NumberFormat costs tens of microseconds; build each once.
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** dd/mm/yyyy from an ISO date, as on screen and paper. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
