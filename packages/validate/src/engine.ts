import { TERMS, type Lang, type PlanDefinition, type ValidationIssue, type ValidationResult } from '@thidua/core';
import type { ErrorObject } from 'ajv';
import { makeIssue, type IssueContext } from './issue.js';
import { DEFAULT_LIMITS, normalizeInput, type InputLimits } from './normalize.js';
import { RULES, type DocumentKind, type RuleContext } from './rules/index.js';
import { schemaIssues } from './schema-errors.js';
import { unprintableIssue } from './unprintable.js';
import { userText } from './user-text.js';

/** A compiled JSON Schema check: ajv's runtime or standalone validator. */
export interface CompiledCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface ValidateOptions {
  /** Language of messages; Vietnamese by default. */
  lang?: Lang;
  limits?: Partial<InputLimits>;
  /**
   * At most this many errors and this many warnings (default: all); longer lists are cut and
   * the result says `truncated: true`. JSON Schema errors far past the bound are not even
   * turned into issues: a few hundred KB of `{"type":"individual"}` items raise hundreds of
   * thousands, and labelling each would take seconds.
   */
  maxIssues?: number;
}

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
  check: CompiledCheck,
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

  const max = options.maxIssues ?? Infinity;
  const valid = check(data);
  const raw = valid ? [] : check.errors ?? [];
  let truncated = raw.length > SCHEMA_ERRORS_PER_ISSUE * max;
  const errors: ValidationIssue[] = raw.length ? schemaIssues(ictx, truncated ? raw.slice(0, SCHEMA_ERRORS_PER_ISSUE * max) : raw) : [];
  for (const hit of norm.legacy) {
    errors.push(makeIssue(ictx, { path: hit.path, code: 'legacy-encoding', params: { encoding: TERMS[lang].legacy[hit.encoding] ?? hit.encoding, suggestion: userText(hit.suggestion, 200) } }));
  }
  for (const hit of norm.unprintable) {
    // Each hit becomes a labelled message: past the bound, labelling more is wasted work.
    if (errors.length >= max) { truncated = true; break; }
    errors.push(makeIssue(ictx, unprintableIssue(hit, lang)));
  }
  const warnings: ValidationIssue[] = [];
  const rctx: RuleContext = {
    plan, kind, data, lang, terms: TERMS[lang],
    report: (i) => {
      const issue = makeIssue(ictx, i);
      (issue.severity === 'warning' ? warnings : errors).push(issue);
    },
  };
  for (const rule of RULES[kind]) {
    try {
      rule(rctx);
    } catch (e) {
      // Rules read data defensively; on data the schema already rejected, a rule that
      // still trips adds nothing the schema errors have not said.
      if (valid) throw e;
    }
  }
  const ok = errors.length === 0;
  if (errors.length > max || warnings.length > max) truncated = true;
  const listed = truncated ? { errors: errors.slice(0, max), warnings: warnings.slice(0, max), truncated: true as const } : { errors, warnings };
  return ok ? { ok, ...listed, value: data } : { ok, ...listed };
}

function fail(errors: ValidationIssue[]): ValidationResult {
  return { ok: false, errors, warnings: [] };
}
