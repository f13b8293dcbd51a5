import type { DocumentKind, Lang, PlanDefinition, ValidationIssue, ValidationResult } from '@thidua/core';
import { TERMS } from '@thidua/core/messages';
import type { ErrorObject } from 'ajv';
import { makeIssue, type IssueContext, type IssueInput } from './issue.js';
import { cutToCaps } from './length-caps.js';
import { DEFAULT_LIMITS, normalizeInput, type InputLimits } from './normalize.js';
import { RULES, type RuleContext } from './rules/index.js';
import { schemaIssues } from './schema-errors.js';
import { unprintableIssue } from './unprintable.js';
import { userText } from './user-text.js';

/** A compiled JSON Schema check: ajv's runtime or standalone validator. */
export interface CompiledCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The schema check, or two compilations of it: `bmp` with ajv's `unicode: false`, which takes
 * a string's length in UTF-16 units instead of counting its characters one by one (about half
 * of ajv's time on a dossier); it is used only when no string holds a surrogate, where both
 * lengths are the same, and `exact` otherwise.
 */
export type SchemaCheck = CompiledCheck | { exact: CompiledCheck; bmp: CompiledCheck };

export interface ValidateOptions {
  /** Language of messages; Vietnamese by default. */
  lang?: Lang;
  limits?: Partial<InputLimits>;
  /**
   * At most this many errors and this many warnings (default 200; `Infinity` for all); longer
   * lists are cut and the result says `truncated: true`. Issues past the bound are not even
   * written: a few hundred KB of `{"type":"individual"}` items raise hundreds of thousands,
   * and labelling each would take seconds.
   */
  maxIssues?: number;
}

/** The input limits `runValidation` applies unless told otherwise. */
export { DEFAULT_LIMITS, type InputLimits } from './normalize.js';

/**
 * Plan rules per document kind, run after the schema check; a bundler may load them apart
 * from the engine, as the element's single-file build does.
 */
export { RULES } from './rules/index.js';

/** Errors (and, separately, warnings) listed by default: far more than a person reads and fixes in one go. */
export const DEFAULT_MAX_ISSUES = 200;

/**
 * Errors (and, separately, warnings) listed in answers read by programs (the server's 422
 * answer, the `thidua` command line): a whole batch's issues at once, still bounded against
 * hostile input.
 */
export const SERVICE_MAX_ISSUES = 1000;

/** Raw JSON Schema errors kept per issue asked for: a blank field raises up to four, merged into one. */
const SCHEMA_ERRORS_PER_ISSUE = 4;

/**
 * The whole validation, independent of how the schema check was compiled, so the browser
 * (standalone validators, no eval) and the server run the very same steps: NFC, input
 * limits, legacy-encoding detection, JSON Schema, then the plan rules.
 */
export function runValidation(
  plan: PlanDefinition,
  kind: DocumentKind,
  schema: object,
  schemaCheck: SchemaCheck,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctxFor = (data: unknown): IssueContext => ({ schema: schema as Record<string, unknown>, data, lang });

  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([makeIssue(ctxFor(input), { path: '', code: 'not-object' })]);
  }
  const norm = normalizeInput(input, limits);
  if (!norm.ok) return fail([makeIssue(ctxFor(undefined), { path: '', code: norm.code, params: { limit: norm.limit } })]);
  const data = norm.value as Record<string, unknown>;
  const ictx = ctxFor(data);

  const max = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  // The schema reads over-long strings and lists only up to the caps: they fail their
  // maxLength or maxItems all the same, and the rest of a list goes unread (the result says
  // truncated). Messages and rules see them whole.
  const check = typeof schemaCheck === 'function' ? schemaCheck : norm.surrogates || norm.long ? schemaCheck.exact : schemaCheck.bmp;
  const valid = check(norm.long ? cutToCaps(data) : data);
  const raw = valid ? [] : check.errors ?? [];
  const kept = SCHEMA_ERRORS_PER_ISSUE * max;
  let truncated = raw.length > kept || norm.long;
  const errors: ValidationIssue[] = raw.length ? schemaIssues(ictx, raw.slice(0, kept)) : [];
  const warnings: ValidationIssue[] = [];
  let ok = valid;
  // Past the bound an issue is not even written: the work stays bounded too.
  const add = (i: IssueInput) => {
    const list = i.severity === 'warning' ? warnings : ((ok = false), errors);
    if (list.length < max) list.push(makeIssue(ictx, i));
    else truncated = true;
  };
  for (const hit of norm.legacy) {
    add({ path: hit.path, code: 'legacy-encoding', params: { encoding: TERMS[lang].legacy[hit.encoding] ?? hit.encoding, suggestion: userText(hit.suggestion, 200) } });
  }
  for (const hit of norm.unprintable) {
    // Each hit becomes a labelled message: past the bound, labelling more is wasted work.
    if (errors.length >= max) { truncated = true; break; }
    add(unprintableIssue(hit, lang));
  }
  const rctx: RuleContext = { plan, kind, data, lang, terms: TERMS[lang], report: add };
  for (const rule of RULES[kind]) {
    try {
      rule(rctx);
    } catch (e) {
      // Rules read data defensively; on data the schema already rejected, a rule that
      // still trips adds nothing the schema errors have not said.
      if (valid) throw e;
    }
  }
  if (errors.length > max) truncated = true;
  const listed = truncated ? { errors: errors.slice(0, max), warnings, truncated: true as const } : { errors, warnings };
  return ok ? { ok, ...listed, value: data } : { ok, ...listed };
}

function fail(errors: ValidationIssue[]): ValidationResult {
  return { ok: false, errors, warnings: [] };
}
