import type { DocumentKind, Lang, PlanDefinition } from '@thidua/core';
import type { Terms } from '@thidua/core/messages';
import type { IssueInput } from '../issue.js';

export interface RuleContext {
  plan: PlanDefinition;
  kind: DocumentKind;
  /** The NFC-normalised submission; it may violate the schema, so read it defensively. */
  data: Record<string, unknown>;
  lang: Lang;
  terms: Terms;
  report(issue: IssueInput): void;
}

export type Rule = (ctx: RuleContext) => void;

export const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The label of a labelled item in the requested language. */
export const lbl = (ctx: RuleContext, x: { label: string; labelEn: string } | undefined, fallback = ''): string =>
  x ? inLang(ctx, x.label, x.labelEn) : fallback;

/** Of a plan's text and its English version, the one in the requested language. */
export const inLang = <T>(ctx: RuleContext, vi: T, en: T): T => ({ vi, en })[ctx.lang];

export const nomineeTypeName = (ctx: RuleContext, t: unknown): string =>
  t === 'collective' || t === 'individual' || t === 'household' ? ctx.terms[t] : String(t);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The value when it is an ISO date `YYYY-MM-DD`; a malformed one is the schema's error. */
export const isoDate = (v: unknown): string | undefined => (typeof v === 'string' && ISO_DATE.test(v) ? v : undefined);
/** The year of an ISO date, when it is one. */
export const dateYear = (v: unknown): number | undefined => {
  const d = isoDate(v);
  return d === undefined ? undefined : Number(d.slice(0, 4));
};
