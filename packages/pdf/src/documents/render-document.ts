import type { DocumentKind, NominationSubmission, PlanDefinition, ReportSubmission } from '@thidua/core';
import { buildNominationSchema, buildReportSchema } from '@thidua/plans';
import type { Block } from '../layout/blocks.js';
import { typeset, type TypesetContext, type TypesetOptions } from '../layout/typeset.js';
import { draftNotes } from './draft-notes.js';
import { shapeDraft, type DraftNote } from './draft-shape.js';
import { nominationBlocks } from './nomination.js';
import { reportBlocks } from './report.js';

export interface RenderOptions extends Omit<TypesetOptions, 'title' | 'author'> {
  /** The plan's JSON Schema of this kind, which a draft is shaped by (built from the plan when absent). */
  schema?: object;
}

/**
 * The official PDF of a submission. The data must be valid (validate it first); with
 * `draft: true` any JSON prints under a "BẢN NHÁP" watermark: missing or wrong-shaped parts
 * as "…", with a note at the top for what could not be printed.
 */
export async function renderDocument(plan: PlanDefinition, kind: DocumentKind, data: unknown, opts: RenderOptions): Promise<Uint8Array> {
  let input = data;
  let notes: DraftNote[] = [];
  if (opts.draft) {
    const schema = opts.schema ?? (kind === 'report' ? buildReportSchema(plan) : buildNominationSchema(plan));
    ({ value: input, notes } = shapeDraft(schema, data));
  }
  const header = (input as { header?: { agency?: unknown } }).header;
  const author = typeof header?.agency === 'string' && header.agency ? { author: header.agency } : {};
  const build = (blocks: (ctx: TypesetContext) => Block[]) => (ctx: TypesetContext) => [...draftNotes(notes), ...blocks(ctx)];
  if (kind === 'report') {
    return typeset(build((ctx) => reportBlocks(ctx, plan, input as ReportSubmission)), { ...opts, title: `Báo cáo — ${plan.outline.summary}`, ...author });
  }
  return typeset(build((ctx) => nominationBlocks(ctx, plan, input as NominationSubmission)), { ...opts, title: `Hồ sơ đề nghị khen thưởng — ${plan.title}`, ...author });
}
