// Which of the validator's issues the user sees. An issue shows at its field once the field
// was touched (left, chosen, or its list changed), and everywhere after a submit attempt,
// except in entries added since: they stay quiet until touched or the next attempt. The
// error summary lists what the last refused attempt found, and takes focus then.

import type { ValidationIssue } from '@thidua/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TrackedSet } from '../internal/tracked.js';
import { visibleItemCounts, type IndexedResult, type ItemCount } from '../internal/validator.js';
import { isWithin, toPointer, type Path } from '../internal/value-path.js';
import type { UiVersionController } from './ui-version-controller.js';

export interface VisibleIssues {
  errors: readonly ValidationIssue[];
  warnings: readonly ValidationIssue[];
}

const NO_ISSUES: VisibleIssues = Object.freeze({ errors: [], warnings: [] });
const issueKey = (i: ValidationIssue) => `${i.path}\u0000${i.code}`;

export class IssueController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  private readonly _ui: UiVersionController;
  private readonly _result: () => IndexedResult | undefined;
  private _touched: TrackedSet<string>;
  private _submitted = false;
  /** Entries added after the last refused attempt: not part of it. */
  private _quiet: string[] = [];
  private _summary: Set<string> | undefined;
  private _focusSummary = false;
  private _counts: { v: IndexedResult; ui: number; map: Map<string, ItemCount> } | undefined;

  /** `result` is the validation of the data now, if there is one. */
  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, ui: UiVersionController, result: () => IndexedResult | undefined) {
    this._host = host;
    this._ui = ui;
    this._result = result;
    this._touched = new TrackedSet<string>(ui.changed);
    host.addController(this);
  }

  /** The data was replaced: nothing is touched and no attempt was made. */
  reset(): void {
    this._touched.clear();
    this._submitted = false;
    this._quiet = [];
    this._summary = undefined;
  }

  /** An entry was added at `pointer`: after a refused attempt, it stays quiet until touched or the next one. */
  added(pointer: string): void {
    if (!this._submitted) return;
    this._quiet.push(pointer);
    this._ui.changed();
  }

  /** Marks the field at `path` and every group around it; true when one was new. */
  touch(path: Path): boolean {
    let added = false;
    for (let n = path.length; n >= 0; n--) {
      const ptr = toPointer(path.slice(0, n));
      if (!this._touched.has(ptr)) {
        this._touched.add(ptr);
        added = true;
      }
    }
    return added;
  }

  /** Entries of the list at `pointer` moved (`to` gives an entry's new index, none when it went): its touched marks move along. */
  remap(pointer: string, to: (index: number) => number | undefined): void {
    const prefix = `${pointer}/`;
    const move = (p: string): string | undefined => {
      if (!p.startsWith(prefix)) return p;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      const n = to(Number(slash < 0 ? rest : rest.slice(0, slash)));
      return n === undefined ? undefined : `${prefix}${n}${slash < 0 ? '' : rest.slice(slash)}`;
    };
    const moved = (ps: Iterable<string>) => [...ps].map(move).filter((p): p is string => p !== undefined);
    this._touched = new TrackedSet(this._ui.changed, moved(this._touched));
    this._quiet = moved(this._quiet);
  }

  /** A submission was refused: every issue shows, and the summary lists these errors and takes focus. */
  refused(v: IndexedResult): void {
    this._submitted = true;
    this._quiet = [];
    this._ui.changed();
    this._summary = new Set(v.result.errors.map(issueKey));
    this._focusSummary = true;
  }

  closeSummary(): void {
    this._summary = undefined;
  }

  /** The errors the summary lists: those of the refused attempt that are still there. */
  summaryErrors(): ValidationIssue[] {
    const keys = this._summary;
    const v = this._result();
    if (!keys || !v) return [];
    return v.result.errors.filter((e) => keys.has(issueKey(e)));
  }

  /** Issues shown at the control or group at `pointer` now. */
  visible(pointer: string): VisibleIssues {
    const list = this._result()?.at.get(pointer);
    if (!list || !this._shown(pointer)) return NO_ISSUES;
    const errors: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    for (const i of list) (i.severity === 'warning' ? warnings : errors).push(i);
    return { errors, warnings };
  }

  /** The control or group at `pointer` shows its issues now (it was touched, or a submit attempt included it). */
  shows(pointer: string): boolean {
    return this._shown(pointer);
  }

  /** Counts of the issues shown inside the collapsible entry at `pointer`. */
  itemIssues(pointer: string): ItemCount | undefined {
    const v = this._result();
    if (!v) return undefined;
    const ui = this._ui.version;
    if (this._counts?.v !== v || this._counts.ui !== ui) this._counts = { v, ui, map: visibleItemCounts(v, (a) => this._shown(a)) };
    return this._counts.map.get(pointer);
  }

  hostUpdated(): void {
    if (!this._focusSummary) return;
    this._focusSummary = false;
    this._host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private _shown(pointer: string): boolean {
    return this._touched.has(pointer) || (this._submitted && !this._quiet.some((q) => isWithin(pointer, q)));
  }
}
