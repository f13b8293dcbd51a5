// One plan folder, read again on every save: what the studio page shows of it, and the files it
// serves for it (the form's chunks, the PDFs). A reading that fails keeps the last good form and
// PDFs and says why; the next good save brings everything back.
import crypto from 'node:crypto';
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind, type PlanDefinition } from '@thidua/core';
import { addPlanFolders, getSchema, type PlanFolder } from '@thidua/plans';
import { planChunkSources } from '@thidua/validate';
import { FolderChecker } from './folder-checker.js';
import { problemOf } from './problem.js';
import type { StudioState } from './studio-state.js';

/**
 * How long the checker waits for the page to draw the new form before it starts anyway: on a
 * busy machine its second of CPU would otherwise delay the form a person is waiting for.
 */
export const FORM_FIRST_MS = 3000;

export class WatchedPlan {
  state: StudioState;
  /** The form's chunks by path under `/elements/plans/`: `<id>/plan.js` at once, each kind's when asked. */
  private readonly chunks = new Map<string, string>();
  private form: { id: string; definition: PlanDefinition } | undefined;
  private formDrawn: (() => void) | undefined;
  /** The kind the page showed last: its chunk is written as soon as the plan is read. */
  private shownKind: DocumentKind = 'report';
  readonly pdfs = new Map<DocumentKind, Uint8Array>();
  private readonly checker = new FolderChecker();
  private reading = 0;
  private closed = false;

  constructor(readonly dir: string, private readonly onChange: (state: StudioState) => void) {
    this.state = { revision: 0, folder: dir, issues: [], fixtures: [], pdfs: [], pending: true };
  }

  /**
   * Reads the folder. The form comes first (its chunks are what a person waits for after a
   * save), here; the checker, the fixtures and the PDFs follow from the checking thread once the
   * page has drawn the form (or after FORM_FIRST_MS).
   * `onChange` is called after each. A reading overtaken by a newer one is dropped.
   */
  async read(): Promise<void> {
    if (this.closed) return;
    const reading = ++this.reading;
    const current = () => reading === this.reading;
    const publish = (patch: Partial<StudioState>) => {
      this.state = { ...this.state, ...patch, revision: this.state.revision + 1 };
      this.onChange(this.state);
    };
    let folder: PlanFolder;
    let id: string;
    try {
      ({ id, folder } = addPlanFolders([this.dir])[0]!);
      this.form = { id, definition: folder.definition };
      this.chunks.clear();
      this.chunks.set(`${id}/plan.js`, planChunkSources(folder.definition, {}).plan);
    } catch (e) {
      return publish({ problem: problemOf(e), issues: [], pending: false });
    }
    const d = folder.definition;
    publish({
      plan: { id, title: d.title, ...(d.titleEn ? { titleEn: d.titleEn } : {}), province: d.province.name },
      // The chunks are written from the definition alone: the same definition, the same form.
      formVersion: crypto.createHash('sha256').update(JSON.stringify(d)).digest('base64url').slice(0, 16),
      problem: undefined,
      pending: true,
    });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FORM_FIRST_MS).unref();
      this.formDrawn = () => { clearTimeout(timer); resolve(); };
      // Written now, while the page hears of the new plan, rather than once it asks.
      if (this.form) this.chunk(`${this.form.id}/${this.shownKind}.js`);
    });
    if (!current()) return;
    const checked = await this.checker.check(this.dir, reading);
    if (!current()) return;
    if ('problem' in checked) return publish({ problem: checked.problem, issues: [], pending: false });
    this.pdfs.clear();
    for (const kind of DOCUMENT_KINDS) {
      const bytes = checked.pdfBytes[kind];
      if (bytes) this.pdfs.set(kind, bytes);
    }
    publish({ issues: checked.issues, fixtures: checked.fixtures, pdfs: checked.pdfs, pending: false });
  }

  /** Stops the checking thread. */
  close(): Promise<void> {
    this.closed = true;
    this.reading++;
    return this.checker.close();
  }

  /**
   * A chunk `<thidua-form plan="<id>">` loads, by its path under `/elements/plans/`: the same
   * sources the server writes for a plan folder. A kind's chunk is compiled when first asked for
   * (the page shows one kind at a time), from the plan the registry holds: the last good reading.
   */
  chunk(rel: string): string | undefined {
    const known = this.chunks.get(rel);
    if (known !== undefined || !this.form) return known;
    const [id, file] = rel.split('/');
    const kind = file?.replace(/\.js$/, '');
    if (id !== this.form.id || !kind || !isDocumentKind(kind)) return undefined;
    const source = planChunkSources(this.form.definition, { [kind]: getSchema(id, kind) } as Record<DocumentKind, object>)[kind];
    this.chunks.set(rel, source);
    this.shownKind = kind;
    return source;
  }

  /** The page drew the form of the current reading: the checker may start. */
  drawn(): void {
    this.formDrawn?.();
  }
}
