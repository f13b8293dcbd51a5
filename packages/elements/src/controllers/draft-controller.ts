// The drafts of one <thidua-form>: autosaved in this browser under its draft-key, brought back
// on load, and never lost without a word. A save the browser refuses is shown with a way to
// download the draft; a later reload says the draft it finds is older than what was typed;
// another tab saving the same key stops this one from saving over it until the user chooses;
// leaving the page with edits that nothing has kept asks first. The draft also keeps where the
// user was (open cards, the focused field), saved with each edit and again when the page goes.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Debouncer } from '../internal/debouncer.js';
import type { DraftPlace } from '../internal/draft-place.js';
import { downloadFile } from '../internal/download.js';
import {
  draftRecord, draftStorageKey, lastFailedSave, loadDraft, parseDraft, removeDraft, saveDraft, setDraftAside, type Draft,
} from '../internal/drafts.js';
import type { Translation } from '../translations/index.js';

export interface DraftHost extends ReactiveControllerHost {
  readonly plan: string;
  readonly kind: string;
  readonly draftKey: string;
  /** The data the form holds now. */
  readonly value: unknown;
}

export interface DraftActions {
  /** The form's messages, in its language now. */
  t(): Translation;
  /** Puts a draft's data in the form (the other tab's, when the user takes it). */
  apply(value: unknown): void;
  /** Confirms a choice the user made in a notice, where focus can go. */
  report(message: string): void;
  /** Where the user is in the form now. */
  place(): DraftPlace | undefined;
}

/** What the notice above the form says after a draft was looked for. */
export type RestoreNotice =
  /** A draft came back; `older` when a save after it failed, so later edits are not in it. */
  | { kind: 'restored'; savedAt?: number; older: boolean }
  /** No draft came back, though the last save of one failed. */
  | { kind: 'lost' }
  /** The stored draft was too large, too deep or damaged, and was set aside. */
  | { kind: 'set-aside' };

const pad = (n: number) => String(n).padStart(2, '0');

export class DraftController implements ReactiveController {
  /** Shown until the data is replaced or the draft deleted. */
  restoreNotice: RestoreNotice | undefined;
  /** The browser refused the last save. */
  saveFailed = false;
  /** The draft another page saved under this key, when it differs from what this one shows. */
  conflict: Draft | undefined;
  /** What the polite live region says. */
  announcement = '';
  /** Where the user was when the draft that came back was saved. */
  restoredPlace: DraftPlace | undefined;

  /** Edits that neither storage nor the host has yet. */
  private _unsaved = false;
  private _connected = false;
  private _planVersion = '';
  /** A draft of this page's data is in storage (restored or written), with this place. */
  private _stored = false;
  private _storedPlace = '';
  private readonly _saver = new Debouncer(400);

  constructor(private readonly _host: DraftHost, private readonly _actions: DraftActions) {
    _host.addController(this);
  }

  private get _key(): string {
    const { plan, kind, draftKey } = this._host;
    return draftKey && plan ? draftStorageKey(plan, kind, draftKey) : '';
  }

  hostConnected(): void {
    this._connected = true;
    addEventListener('pagehide', this._flush);
    addEventListener('storage', this._onStorage);
    document.addEventListener('visibilitychange', this._onVisibility);
    this._guardUnload();
  }

  hostDisconnected(): void {
    this._saver.flush();
    this._connected = false;
    removeEventListener('pagehide', this._flush);
    removeEventListener('storage', this._onStorage);
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._guardUnload();
  }

  /**
   * The draft stored under the current key, if there is a usable one (its data is returned),
   * and the notice that goes with it. An unusable one is set aside.
   */
  restore(planVersion: string): unknown {
    this._planVersion = planVersion;
    this.restoreNotice = this.conflict = this.restoredPlace = undefined;
    this._stored = false;
    this._setUnsaved(false);
    const key = this._key;
    if (!key) return undefined;
    const read = loadDraft(key);
    if (read && 'unusable' in read) {
      setDraftAside(key);
      this.restoreNotice = { kind: 'set-aside' };
      return undefined;
    }
    const failedAt = lastFailedSave(key);
    if (read) {
      this.restoredPlace = read.draft.place;
      this._stored = true;
      this._storedPlace = JSON.stringify(read.draft.place);
      this.restoreNotice = { kind: 'restored', savedAt: read.draft.savedAt, older: failedAt !== undefined && failedAt > (read.draft.savedAt ?? 0) };
      return read.draft.value;
    }
    if (failedAt) this.restoreNotice = { kind: 'lost' };
    return undefined;
  }

  /** `draft-key` changed: what is pending is saved under the old key, then the new key's draft is looked for. */
  switchKey(): unknown {
    this._saver.flush();
    return this.restore(this._planVersion);
  }

  /** A change by the user, saved 400 ms after the last one (unless another page's draft waits for a choice). */
  edited(value: unknown): void {
    this._setUnsaved(true);
    const key = this._key;
    if (!key || this.conflict) return;
    const version = this._planVersion;
    this._saver.schedule(() => this._write(key, version, value));
  }

  /** The host set the data: nothing typed is pending any more, and no restored draft is shown. */
  replaced(): void {
    this.restoreNotice = undefined;
    this._setUnsaved(false);
  }

  /** The host has the data (a submission it handles itself); the draft stays. */
  handedOver(): void {
    this._setUnsaved(false);
  }

  /** Deletes the stored draft (submitted, reset, started over, or the host says so). */
  clear(): void {
    this._saver.cancel();
    const key = this._key;
    if (key) removeDraft(key);
    this._stored = false;
    this.restoreNotice = this.conflict = undefined;
    this.saveFailed = false;
    this._setUnsaved(false);
  }

  /** The other page's draft is overwritten by this one's, as the user chose. */
  keepMine(): void {
    this.conflict = undefined;
    this.announcement = '';
    const key = this._key;
    if (key) this._write(key, this._planVersion, this._host.value);
    this._actions.report(this._actions.t().draftKept);
  }

  /** This page takes the other page's draft, as the user chose. */
  loadTheirs(): void {
    const theirs = this.conflict;
    if (!theirs) return;
    this.restoreNotice = this.conflict = undefined;
    this.announcement = '';
    this._actions.apply(theirs.value);
    this._setUnsaved(false);
    this._actions.report(this._actions.t().draftLoaded);
  }

  /** The data as a file, `ban-nhap-<plan>-<kind>-<yyyy-mm-dd>.json`: the draft record with the plan and kind. */
  download(): void {
    const { plan, kind, value } = this._host;
    const d = new Date();
    const name = `ban-nhap-${plan}-${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
    downloadFile([JSON.stringify({ plan, kind, ...draftRecord(this._planVersion, value) })], 'application/json', name);
  }

  private _write(key: string, version: string, value: unknown): void {
    const place = this._actions.place();
    const ok = saveDraft(key, version, value, place);
    if (ok) {
      this._stored = true;
      this._storedPlace = JSON.stringify(place);
    }
    if (ok && !this._saver.pending) this._setUnsaved(false);
    if (ok === this.saveFailed) {
      this.saveFailed = !ok;
      this.announcement = ok ? this._actions.t().draftSavedAgain : this._actions.t().draftSaveFailed;
    }
    this._host.requestUpdate();
  }

  private _setUnsaved(unsaved: boolean): void {
    this._unsaved = unsaved;
    this._guardUnload();
  }

  /** The beforeunload listener is there only while it has something to protect: it keeps pages out of the back/forward cache. */
  private _guardUnload(): void {
    if (this._connected && this._unsaved) addEventListener('beforeunload', this._onBeforeUnload);
    else removeEventListener('beforeunload', this._onBeforeUnload);
  }

  /** The page goes (or hides, and may be discarded): what is pending is saved, and where the user is. */
  private readonly _flush = (): void => {
    this._saver.flush();
    const key = this._key;
    if (!key || !this._stored || this.conflict || this.saveFailed) return;
    if (JSON.stringify(this._actions.place()) !== this._storedPlace) this._write(key, this._planVersion, this._host.value);
  };

  private readonly _onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this._flush();
  };

  private readonly _onBeforeUnload = (e: BeforeUnloadEvent): void => {
    this._saver.flush();
    if (!this._unsaved) return;
    e.preventDefault();
    e.returnValue = true; // what browsers before the standard preventDefault() look at
  };

  /** Another page (tab, window, frame) of this origin wrote to localStorage. */
  private readonly _onStorage = (e: StorageEvent): void => {
    if (!e.key || e.key !== this._key) return;
    if (e.newValue === null) {
      // Deleted there (submitted, started over): nothing left to overwrite, so saving resumes.
      this._stored = false;
      if (this.conflict) {
        this.conflict = undefined;
        if (this._unsaved) this.edited(this._host.value);
        this._host.requestUpdate();
      }
      return;
    }
    const read = parseDraft(e.newValue);
    if (!read || !('draft' in read)) return;
    this._saver.cancel();
    if (JSON.stringify(read.draft.value) === JSON.stringify(this._host.value)) {
      // The same data: already saved, nothing to choose.
      this._setUnsaved(false);
      this.conflict = undefined;
    } else {
      if (!this.conflict) this.announcement = this._actions.t().draftConflict;
      this.conflict = read.draft;
    }
    this._host.requestUpdate();
  };
}
