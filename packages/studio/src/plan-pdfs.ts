import { DOCUMENT_KINDS, type DocumentKind } from '@thidua/core';
import type { PlanFolder } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { PDFDocument } from 'pdf-lib';
import type { FixtureResult, PdfResult } from './studio-state.js';

export interface PlanPdf {
  result: PdfResult;
  bytes?: Uint8Array;
}

/**
 * The report and the dossier as they print, each from the plan's first example of its kind. An
 * example that does not validate still prints, as a draft (watermarked), so the layout can be
 * looked at while the example is being fixed.
 */
export async function planPdfs(planId: string, folder: PlanFolder, fixtures: readonly FixtureResult[]): Promise<Map<DocumentKind, PlanPdf>> {
  const out = new Map<DocumentKind, PlanPdf>();
  for (const kind of DOCUMENT_KINDS) {
    const i = folder.examples.findIndex((e) => e.kind === kind);
    if (i < 0) {
      out.set(kind, { result: { kind, missing: true } });
      continue;
    }
    const example = folder.exampleFiles[i]!;
    const draft = !fixtures.find((f) => f.file === example)?.ok;
    try {
      const bytes = await renderSubmission(planId, kind, folder.examples[i]!.data, { draft });
      const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
      out.set(kind, { bytes, result: { kind, example, url: `/studio/pdf/${kind}.pdf`, pages, bytes: bytes.length, draft } });
    } catch (e) {
      const error = e as { messageVi?: string; messageEn?: string; message: string };
      out.set(kind, { result: { kind, error: error.messageVi ?? error.message, errorEn: error.messageEn ?? error.message } });
    }
  }
  return out;
}
