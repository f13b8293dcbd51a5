// Which parts of the form draw their controls now (internal/near-view-drawing.ts says how):
// nominee cards, by key, and the document's top-level groups, by property name. "Mở tất cả" on
// a 300-nominee dossier would otherwise build some 15 000 controls at once (seconds) before the
// next frame; instead the cards it opens wait until they come near the view. A card the user
// opens, or a card or group that focus is sent to (the error summary, "Sửa" in the review, a
// restored draft), draws at once. Top-level groups draw at first and wait once they are found
// far from the view (the minutes of the council, below 300 nominees, at once).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NearViewDrawing } from '../internal/near-view-drawing.js';

export class DrawingController implements ReactiveController {
  /** Changes whenever a card or a group is to draw or to wait: what holds them is drawn again. */
  version = 0;
  readonly cards: NearViewDrawing<number>;
  readonly parts: NearViewDrawing<string>;
  private readonly _host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    const changed = () => {
      this.version++;
      this._host.requestUpdate();
    };
    this.cards = new NearViewDrawing(changed);
    this.parts = new NearViewDrawing(changed, true);
    host.addController(this);
  }

  /** The data was replaced: nothing waits. */
  reset(): void {
    this.cards.reset();
    this.parts.reset();
  }

  hostConnected(): void {
    this.cards.connect();
    this.parts.connect();
  }

  hostDisconnected(): void {
    this.cards.disconnect();
    this.parts.disconnect();
  }
}
