import type { NominationSubmission, PlanDefinition, ReportSubmission } from '@thidua/core';
import { typeset, type TypesetOptions } from '../layout/typeset.js';
import { fill } from './draft-fill.js';
import { nominationBlocks } from './nomination.js';
import { reportBlocks } from './report.js';

export interface RenderOptions extends Omit<TypesetOptions, 'title' | 'author'> {
  /** The plan's JSON Schema of this kind: with `draft`, missing parts are filled from it. */
  schema?: object;
}

/**
 * The official PDF of a submission. The data must be valid (validate it first); with
 * `draft: true` incomplete data is printed with placeholders under a "BẢN NHÁP" watermark.
 */
export async function renderDocument(plan: PlanDefinition, kind: 'report' | 'nomination', data: unknown, opts: RenderOptions): Promise<Uint8Array> {
  const input = opts.draft && opts.schema ? fill(opts.schema as Record<string, unknown>, data) : data;
  const header = (input as { header?: { agency?: string } }).header;
  if (kind === 'report') {
    return typeset((ctx) => reportBlocks(ctx, plan, input as ReportSubmission), { ...opts, title: `Báo cáo — ${plan.outline.summary}`, ...(header?.agency ? { author: header.agency } : {}) });
  }
  return typeset((ctx) => nominationBlocks(ctx, plan, input as NominationSubmission), { ...opts, title: `Hồ sơ đề nghị khen thưởng — ${plan.title}`, ...(header?.agency ? { author: header.agency } : {}) });
}
