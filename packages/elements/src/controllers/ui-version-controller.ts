// Which parts of a long form must be drawn again. The templates of each top-level part and of
// each nominee card are kept (Lit's `guard`) until something they show changes: their
// data, their issues, or the UI state (touched fields, typed text, open cards, a submit
// attempt). The UI state has no single owner, so every change of it calls `changed`, and the
// next update hands the renderers a new `version`.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class UiVersionController implements ReactiveController {
  /** Changes on the first update after a change of UI state. */
  version = 0;
  private _dirty = true;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** UI state changed: the next update gives a new `version`. */
  readonly changed = (): void => {
    this._dirty = true;
  };

  hostUpdate(): void {
    if (this._dirty) {
      this._dirty = false;
      this.version++;
    }
  }
}
