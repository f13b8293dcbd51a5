import { formatNumber, type ErrorCode, type Lang, type ValidationIssue } from '@thidua/core';
import { MESSAGES, TERMS, interpolate } from '@thidua/core/messages';
import { describePath, fieldPhrase } from './labels.js';

export interface IssueContext {
  schema: Record<string, unknown>;
  data: unknown;
  lang: Lang;
}

export interface IssueInput {
  path: string;
  code: ErrorCode;
  params?: Record<string, unknown>;
  clause?: string;
  severity?: 'error' | 'warning';
  /** Appended to the message (a format hint from the schema). */
  suffix?: string;
  /** Path whose label names the field, when it differs from `path` (an unknown key is named by its parent). */
  labelPath?: string;
}

/** Builds the localised issue: the message names the field by its label and cites the clause. */
export function makeIssue(ctx: IssueContext, input: IssueInput): ValidationIssue {
  const d = describePath(ctx.schema, ctx.data, input.labelPath ?? input.path, ctx.lang);
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input.params ?? {})) params[k] = typeof v === 'number' ? formatNumber(v, ctx.lang) : v;
  let message = interpolate(MESSAGES[ctx.lang][input.code], { ...params, field: fieldPhrase(d, ctx.lang) });
  if (input.suffix) message += ` ${input.suffix}`;
  if (input.clause) message += ` (${TERMS[ctx.lang].clause}: ${input.clause})`;
  return {
    path: input.path,
    code: input.code,
    message,
    ...(input.clause ? { clause: input.clause } : {}),
    severity: input.severity ?? 'error',
    field: d.label,
    ...(input.params ? { params: input.params } : {}),
  };
}
