import type { DocumentKind } from '@thidua/core';
import { addPlanFolders, checkPlan, folderLocator, type PlanIssue } from '@thidua/plans';
import * as validation from '@thidua/validate';
import { fixtureResults } from './fixture-results.js';
import { planPdfs } from './plan-pdfs.js';
import { problemOf } from './problem.js';
import type { FixtureResult, PdfResult, StudioProblem } from './studio-state.js';

/** The slow half of a reading: the checker, every fixture validated, both PDFs printed. */
export interface FolderCheck {
  issues: PlanIssue[];
  fixtures: FixtureResult[];
  pdfs: PdfResult[];
  /** The PDFs' bytes by kind, for those printed. */
  pdfBytes: Partial<Record<DocumentKind, Uint8Array>>;
}

/** Reads and checks the folder; a folder that cannot be read or checked is a problem to show. */
export async function checkFolder(dir: string): Promise<FolderCheck | { problem: StudioProblem }> {
  try {
    const { id, folder } = addPlanFolders([dir])[0]!;
    const { definition, examples, invalid, sourceText } = folder;
    const issues = checkPlan({ definition, examples, invalid, sourceText, locate: folderLocator(folder), validation });
    const fixtures = fixtureResults(id, folder);
    const pdfs = await planPdfs(id, folder, fixtures);
    const pdfBytes: FolderCheck['pdfBytes'] = {};
    for (const [kind, pdf] of pdfs) if (pdf.bytes) pdfBytes[kind] = pdf.bytes;
    return { issues, fixtures, pdfs: [...pdfs.values()].map((p) => p.result), pdfBytes };
  } catch (e) {
    return { problem: problemOf(e) };
  }
}
