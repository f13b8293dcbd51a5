// The entries of the form's lists (nominees, rows, repeated groups) as the user sees them:
// each entry has a key that follows it when entries are added, removed or moved, so an open
// nominee card stays open and a card's data under another nominee type comes back when the
// user switches back. Entries are addressed by the JSON pointer of their list.

import type { ReactiveControllerHost } from 'lit';
import { TrackedMap, TrackedSet } from '../internal/tracked.js';

/** What a card held under each nominee type it had, by type. */
export type Stash = Record<string, Record<string, unknown>>;

// No listeners or timers to set up or take down: it changes only when the user acts, and
// then asks its host to update. So it takes no part in the host's lifecycle.
export class ListController {
  private readonly _host: ReactiveControllerHost;
  private readonly _keys: TrackedMap<string, number[]>;
  private readonly _open: TrackedSet<number>;
  private readonly _stash = new Map<number, Stash>();
  private _next = 1;

  /** `changed` is called on every change the templates show (a key given, a card opened). */
  constructor(host: ReactiveControllerHost, changed: () => void) {
    this._host = host;
    this._keys = new TrackedMap(changed);
    this._open = new TrackedSet(changed);
  }

  /** Forgets every list: the data was replaced. */
  reset(): void {
    this._keys.clear();
    this._open.clear();
    this._stash.clear();
  }

  /** Stable keys of the `length` entries of the list at `pointer`. */
  keysOf(pointer: string, length: number): readonly number[] {
    let keys = this._keys.get(pointer);
    if (!keys || keys.length !== length) {
      keys = Array.from({ length }, () => this._next++);
      this._keys.set(pointer, keys);
      // A single nominee opens by itself; many start closed, so a long dossier stays fast.
      if (length === 1) this._open.add(keys[0]!);
    }
    return keys;
  }

  isExpanded(key: number): boolean {
    return this._open.has(key);
  }

  expand(key: number): void {
    this._open.add(key);
  }

  toggle(key: number): void {
    if (this._open.has(key)) this._open.delete(key);
    else this._open.add(key);
    this._host.requestUpdate();
  }

  /** Opens or closes every entry of the list at `pointer`. */
  setAll(pointer: string, length: number, expanded: boolean): void {
    for (const k of this.keysOf(pointer, length)) {
      if (expanded) this._open.add(k);
      else this._open.delete(k);
    }
    this._host.requestUpdate();
  }

  /** An entry was appended to the list of `length` entries; a card opens. Returns its key. */
  added(pointer: string, length: number, open: boolean): number {
    const keys = [...this.keysOf(pointer, length)];
    const key = this._next++;
    keys.push(key);
    this._keys.set(pointer, keys);
    if (open) this._open.add(key);
    return key;
  }

  /** The entry at `index` was removed; what it held goes with it. */
  removed(pointer: string, length: number, index: number): void {
    const keys = [...this.keysOf(pointer, length)];
    const [gone] = keys.splice(index, 1);
    if (gone !== undefined) {
      this._open.delete(gone);
      this._stash.delete(gone);
    }
    this._keys.set(pointer, keys);
  }

  /** An entry came back at `index` of the list of `length` entries (an undone removal). */
  inserted(pointer: string, length: number, index: number, open: boolean): void {
    const keys = [...this.keysOf(pointer, length)];
    const key = this._next++;
    keys.splice(index, 0, key);
    this._keys.set(pointer, keys);
    if (open) this._open.add(key);
  }

  /** Pointers of the open entries (`/nominees/2`), for the draft to bring back. */
  openPointers(): string[] {
    const out: string[] = [];
    for (const [pointer, keys] of this._keys) keys.forEach((k, i) => this._open.has(k) && out.push(`${pointer}/${i}`));
    return out;
  }

  /** Opens the entries at these pointers; `lengthOf` tells how long the list at a pointer is now. */
  reopen(pointers: readonly string[], lengthOf: (listPointer: string) => number): void {
    for (const p of pointers) {
      const slash = p.lastIndexOf('/');
      const list = p.slice(0, slash);
      const index = Number(p.slice(slash + 1));
      const key = this.keysOf(list, lengthOf(list))[index];
      if (key !== undefined) this._open.add(key);
    }
    this._host.requestUpdate();
  }

  /** The entries at `index` and `to` swapped places. */
  swapped(pointer: string, length: number, index: number, to: number): void {
    const keys = [...this.keysOf(pointer, length)];
    [keys[index], keys[to]] = [keys[to]!, keys[index]!];
    this._keys.set(pointer, keys);
  }

  /** Entries of the list at `pointer` moved: the lists inside them get new keys. */
  forgetInside(pointer: string): void {
    const prefix = `${pointer}/`;
    for (const k of [...this._keys.keys()]) if (k.startsWith(prefix)) this._keys.delete(k);
  }

  /** What the entry with `key` held under its other types (an empty record the first time). */
  stashOf(key: number | undefined): Stash {
    const stash = (key !== undefined && this._stash.get(key)) || {};
    if (key !== undefined) this._stash.set(key, stash);
    return stash;
  }
}
