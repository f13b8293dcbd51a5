// Where the user is in the form: the field that had focus last and the entries that are open.
// Kept with the draft, it takes a reload back there: the cards reopen, the field gets focus
// and is scrolled into view, instead of the top of a long dossier.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pointerOfControlId, type DraftPlace } from '../internal/draft-place.js';
import { getIn, parsePointer } from '../internal/value-path.js';
import type { ListController } from './list-controller.js';

export interface PlaceParts {
  readonly lists: ListController;
  /** The data the form holds now. */
  value(): unknown;
  /** Opens what hides the field at this pointer, scrolls to it, focuses it. */
  focus(pointer: string): Promise<void>;
}

export class PlaceController implements ReactiveController {
  private _field: string | undefined;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement, private readonly _p: PlaceParts) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('focusin', this._onFocus);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('focusin', this._onFocus);
  }

  /** The place now, as the draft keeps it. */
  place(): DraftPlace {
    return { open: this._p.lists.openPointers(), ...(this._field !== undefined ? { field: this._field } : {}) };
  }

  /** The data was replaced: the place was in other data. */
  forget(): void {
    this._field = undefined;
  }

  /** Goes back to a place kept with a draft that came back. */
  async restore(place: DraftPlace | undefined): Promise<void> {
    if (!place) return;
    const value = this._p.value();
    this._p.lists.reopen(place.open, (list) => {
      const arr = getIn(value, parsePointer(list));
      return Array.isArray(arr) ? arr.length : 0;
    });
    if (!place.field) return;
    // The browser puts the scroll position of the page before the reload back once the page
    // has loaded: going to the field before that would be undone.
    if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
    await new Promise((r) => requestAnimationFrame(r));
    await this._p.focus(place.field);
  }

  /** Only fields count: a button (a card's summary, "Xóa") is not where one was typing. */
  private readonly _onFocus = (e: FocusEvent): void => {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) return;
    const pointer = pointerOfControlId(target.id);
    if (pointer !== undefined) this._field = pointer;
  };
}
