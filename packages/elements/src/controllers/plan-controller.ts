// The plan behind the form: its chunk (definition, JSON Schema, precompiled validator) loaded
// for the element's `plan` and `kind`, the `ready` promise and the thidua-ready/thidua-error
// events, and the validation of the data through that chunk. A load started later wins over
// one still under way: only the newest settles `ready` and fires events.

import type { DocumentKind, Lang, OutlineNode } from '@thidua/core';
import type { ReactiveControllerHost } from 'lit';
import { ThiduaErrorEvent } from '../events/thidua-error.js';
import { ThiduaReadyEvent } from '../events/thidua-ready.js';
import { loadPlanChunk, type PlanChunk } from '../internal/plan-loader.js';
import { validateValue, type IndexedResult } from '../internal/validator.js';

export interface PlanHost extends ReactiveControllerHost, EventTarget {
  readonly plan: string;
  readonly kind: DocumentKind;
}

export interface PlanOpening {
  /** The chunk is here: the host puts its first data in and says whether a draft came back. */
  opened(chunk: PlanChunk): boolean;
  /** The form is drawn and thidua-ready has gone out. */
  shown(draftRestored: boolean): void;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: unknown) => void;
  settled: boolean;
}

function deferred(): Deferred {
  const d = { settled: false } as Deferred;
  d.promise = new Promise<void>((res, rej) => {
    d.resolve = () => { d.settled = true; res(); };
    d.reject = (e) => { d.settled = true; rej(e); };
  });
  d.promise.catch(() => { /* reported through thidua-error; awaiting code sees the rejection */ });
  return d;
}

// Loading starts from the host's willUpdate (it alone knows which properties changed), so
// this takes no part in the host's lifecycle.
export class PlanController {
  /** The loaded chunk; none while loading or after a failure. */
  chunk: PlanChunk | undefined;
  /** Why the last load failed. */
  error: unknown;
  /** The last validation; kept while a new chunk loads. */
  result: IndexedResult | undefined;
  private _lang: Lang = 'vi';
  private _token = 0;
  private _ready = deferred();

  constructor(private readonly _host: PlanHost, private readonly _opening: PlanOpening) {}

  /** Settles once the current load is drawn; a new one starts with each load after that. */
  get ready(): Promise<void> {
    return this._ready.promise;
  }

  /** The plan's outline, for the numbered sections of a report. */
  get outline(): readonly OutlineNode[] {
    return this.chunk?.plan.outline.sections ?? [];
  }

  /** Loads the chunk of the host's plan and kind, forgetting the one shown. */
  load(): void {
    const token = ++this._token;
    if (this._ready.settled) this._ready = deferred();
    const ready = this._ready;
    const host = this._host;
    const { plan, kind } = host;
    this.chunk = undefined;
    this.error = undefined;
    const failed = (err: unknown) => {
      if (token !== this._token) return;
      this.chunk = undefined;
      this.error = err;
      host.requestUpdate();
      ready.reject(err);
      host.dispatchEvent(new ThiduaErrorEvent({ operation: 'load', error: err }));
    };
    loadPlanChunk(plan, kind).then(async (chunk) => {
      if (token !== this._token) return;
      this.chunk = chunk;
      const draftRestored = this._opening.opened(chunk);
      await host.updateComplete;
      if (token !== this._token) return;
      ready.resolve();
      host.dispatchEvent(new ThiduaReadyEvent({ plan, kind, draftRestored }));
      this._opening.shown(draftRestored);
    }).catch(failed);
  }

  /** Validates `value` with the loaded chunk (call only once `chunk` is set). */
  validate(value: unknown, lang: Lang): IndexedResult {
    this._lang = lang;
    return (this.result = validateValue(this.chunk!, this._host.kind, value, lang));
  }

  /** The data was replaced: the last validation no longer describes it. */
  forget(): void {
    this.result = undefined;
  }

  /** The last validation is of the data now, in this language. */
  isCurrent(lang: Lang): boolean {
    return this.result !== undefined && this._lang === lang;
  }
}
