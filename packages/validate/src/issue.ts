import { formatNumber, type ErrorCode, type Lang, type ValidationIssue } from '@thidua/core';
import { MESSAGES, TERMS, interpolate, type MessageVariant } from '@thidua/core/messages';
import { describePath, fieldPhrase, type FieldDescription } from './labels.js';

export interface IssueContext {
  schema: Record<string, unknown>;
  data: unknown;
  lang: Lang;
}

export interface IssueInput {
  path: string;
  code: ErrorCode;
  /** The catalogue's wording of `code` for this case, when it has one. */
  variant?: MessageVariant;
  params?: Record<string, unknown>;
  clause?: string;
  severity?: 'error' | 'warning';
  /** Appended to the message (a format hint from the schema). */
  suffix?: string;
  /** Path whose label names the field, when it differs from `path` (an unknown key is named by its parent). */
  labelPath?: string;
}

/** Danh sách đề nghị khen thưởng › mục 3 – Nguyễn Văn A › I. Sơ lược lý lịch › Họ và tên */
function placeOf(d: FieldDescription): string {
  return [...d.context, d.label].filter(Boolean).join(' › ');
}

/**
 * Builds the localised issue. The catalogue's text says what to do and is shown under the
 * field (`inline`); the field's place goes before it in `message`, for lists, terminals and
 * logs, and the plan clause after it.
 */
export function makeIssue(ctx: IssueContext, input: IssueInput): ValidationIssue {
  const d = describePath(ctx.schema, ctx.data, input.labelPath ?? input.path, ctx.lang);
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input.params ?? {})) params[k] = typeof v === 'number' ? formatNumber(v, ctx.lang) : v;
  let inline = interpolate(MESSAGES[ctx.lang][input.variant ?? input.code], params);
  if (input.suffix) inline += ` ${input.suffix}`;
  const named = input.path === '' && input.labelPath === undefined ? inline : `${fieldPhrase(d, ctx.lang)}: ${inline}`;
  return {
    path: input.path,
    code: input.code,
    message: input.clause ? `${named} (${TERMS[ctx.lang].clause}: ${input.clause})` : named,
    inline,
    where: input.path === '' && input.labelPath === undefined ? '' : placeOf(d),
    ...(input.clause ? { clause: input.clause } : {}),
    severity: input.severity ?? 'error',
    field: d.label,
    ...(input.params ? { params: input.params } : {}),
  };
}
