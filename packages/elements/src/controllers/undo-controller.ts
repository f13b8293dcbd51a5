// The one step back the form offers after something the user removed in one click (an entry
// of a list, the whole draft by "Bắt đầu lại"), as mail clients do: a bar that says what went
// and offers "Hoàn tác". It stays until the next change, or long enough for someone working
// by keyboard or with a screen reader to reach it, and never takes focus.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ThiduaChangeEvent } from '../events/thidua-change.js';

/** How long the bar stays when nothing else changes: WCAG 2.2.1 asks for ten times the usual 2 s. */
export const UNDO_MS = 30_000;

export interface UndoOffer {
  /** What was removed, as the bar says it. */
  readonly message: string;
  /** Puts back what was removed. */
  readonly undo: () => void;
  /** The data right after the removal: undo applies only while it is still the data. */
  readonly after: unknown;
}

export class UndoController implements ReactiveController {
  private _offer: UndoOffer | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** The bar has focus or the pointer: it does not go away under the user's hand. */
  private _held = false;
  private _expired = false;

  /** `data` reads the form's data now (an immutable value: a change makes a new one). */
  constructor(private readonly _host: ReactiveControllerHost & HTMLElement, private readonly _data: () => unknown) {
    _host.addController(this);
  }

  /** What the bar shows now. */
  get current(): UndoOffer | undefined {
    return this._offer;
  }

  hostConnected(): void {
    // Any later change (typing, another removal) makes the removed thing final.
    this._host.addEventListener(ThiduaChangeEvent.type, this._onChange);
  }

  hostDisconnected(): void {
    this._host.removeEventListener(ThiduaChangeEvent.type, this._onChange);
    this.dismiss();
  }

  /** Shows the bar for what was just removed (after the change that removed it was announced). */
  offer(message: string, undo: () => void): void {
    this.dismiss();
    this._offer = { message, undo, after: this._data() };
    this._expired = false;
    this._timer = setTimeout(() => {
      this._expired = true;
      if (!this._held) this.dismiss();
    }, UNDO_MS);
    this._host.requestUpdate();
  }

  /** "Hoàn tác": puts back what was removed, unless the data changed since; the bar goes. */
  take(): void {
    const o = this._offer;
    this.dismiss();
    if (o && this._data() === o.after) o.undo();
  }

  dismiss(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    if (!this._offer) return;
    this._offer = undefined;
    this._held = false;
    this._host.requestUpdate();
  }

  /** Focus or the pointer came to the bar (true) or left it (false). */
  hold(held: boolean): void {
    this._held = held;
    if (!held && this._expired) this.dismiss();
  }

  private readonly _onChange = (): void => {
    this.dismiss();
  };
}
