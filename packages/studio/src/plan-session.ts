// One plan folder, read again on every save: what the studio page shows of it, and the files it
// serves for it (the form's chunks, the PDFs). A reading that fails keeps the last good form and
// PDFs and says why; the next good save brings everything back.
import crypto from 'node:crypto';
import { DOCUMENT_KINDS, isThiduaError, type DocumentKind } from '@thidua/core';
import { addPlanFolders, checkPlan, folderLocator, getSchema, loadPlanFolder, type PlanFolder } from '@thidua/plans';
import * as validation from '@thidua/validate';
import { fixtureResults } from './fixture-results.js';
import { planPdfs } from './plan-pdfs.js';
import type { StudioProblem, StudioState } from './studio-state.js';

const DEFINITION_FILE = 'definition.yaml';

/** A thrown error as the page shows it: `PlanFileError`s know their file and line. */
function problemOf(e: unknown): StudioProblem {
  if (isThiduaError(e, 'THIDUA_PLAN_FILE')) {
    const { file, line, column } = e.details as { file: string; line?: number; column?: number };
    // The message starts with the place, which the page shows apart.
    const strip = (m: string) => m.replace(/^[^:]*(?::\d+){0,2}: /, '');
    return { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), message: strip(e.messageVi), messageEn: strip(e.messageEn) };
  }
  if (isThiduaError(e)) return { file: DEFINITION_FILE, message: e.messageVi, messageEn: e.messageEn };
  const m = (e as Error).message;
  // A field of the wrong shape (a number where a list belongs) trips the code that reads it.
  return {
    file: DEFINITION_FILE,
    message: `Định nghĩa kế hoạch không đúng định dạng (${m}). Hãy đối chiếu từng trường với lược đồ định nghĩa kế hoạch (plan-definition.schema.json) và hướng dẫn định nghĩa kế hoạch.`,
    messageEn: `The plan definition does not have the format's shape (${m}). Compare each field with the plan-definition schema (plan-definition.schema.json) and the plan-definition guide.`,
  };
}

export class PlanSession {
  state: StudioState;
  /** The form's chunks by path under `/elements/plans/`: `<id>/plan.js`, `<id>/report.js`, … */
  readonly chunks = new Map<string, string>();
  readonly pdfs = new Map<DocumentKind, Uint8Array>();
  private reading = 0;

  constructor(readonly dir: string, private readonly onChange: (state: StudioState) => void) {
    this.state = { revision: 0, folder: dir, issues: [], fixtures: [], pdfs: [], pending: true };
  }

  /**
   * Reads the folder. The form comes first (its chunks are what a person waits for after a
   * save), then the checker, the fixtures and the PDFs; `onChange` is called after each. A
   * reading overtaken by a newer one stops where it is.
   */
  async read(): Promise<void> {
    const reading = ++this.reading;
    const current = () => reading === this.reading;
    const publish = (patch: Partial<StudioState>) => {
      this.state = { ...this.state, ...patch, revision: this.state.revision + 1 };
      this.onChange(this.state);
    };
    let folder: PlanFolder;
    let id: string;
    try {
      folder = loadPlanFolder(this.dir);
      id = addPlanFolders([this.dir])[0]!.id;
      this.writeChunks(id, folder);
    } catch (e) {
      return publish({ problem: problemOf(e), issues: [], pending: false });
    }
    const d = folder.definition;
    publish({
      plan: { id, title: d.title, ...(d.titleEn ? { titleEn: d.titleEn } : {}), province: d.province.name },
      formVersion: crypto.createHash('sha256').update([...this.chunks.values()].join('\n')).digest('base64url').slice(0, 16),
      problem: undefined,
      pending: true,
    });
    // Let the page hear of the form before the slower work starts.
    await new Promise((resolve) => setImmediate(resolve));
    if (!current()) return;
    try {
      const issues = checkPlan({ definition: d, examples: folder.examples, invalid: folder.invalid, sourceText: folder.sourceText, locate: folderLocator(folder), validation });
      const fixtures = fixtureResults(id, folder);
      const pdfs = await planPdfs(id, folder, fixtures);
      if (!current()) return;
      this.pdfs.clear();
      for (const [kind, pdf] of pdfs) if (pdf.bytes) this.pdfs.set(kind, pdf.bytes);
      publish({ issues, fixtures, pdfs: [...pdfs.values()].map((p) => p.result), pending: false });
    } catch (e) {
      if (current()) publish({ problem: problemOf(e), issues: [], pending: false });
    }
  }

  /** The chunks `<thidua-form plan="<id>">` loads, the same sources the server writes for a plan folder. */
  private writeChunks(id: string, folder: PlanFolder): void {
    const schemas = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, getSchema(id, k)])) as Record<DocumentKind, object>;
    const sources = validation.planChunkSources(folder.definition, schemas);
    this.chunks.clear();
    for (const [part, body] of Object.entries(sources)) this.chunks.set(`${id}/${part}.js`, body);
  }
}
