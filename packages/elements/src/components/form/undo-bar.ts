// The bar that offers to put back what one click removed: the message is a polite live region
// (read out without moving focus), "Hoàn tác" the button next to it.

import { html, nothing } from 'lit';
import type { UndoController } from '../../controllers/undo-controller.js';
import type { Translation } from '../../translations/index.js';

export function undoBar(u: UndoController, t: Translation): unknown {
  const offer = u.current;
  // The live region is always in the page, so that a screen reader hears what is put in it.
  return html`<div class="undo-bar ${offer ? 'shown' : ''}" part="undo-bar"
      @focusin=${() => u.hold(true)} @focusout=${() => u.hold(false)}
      @pointerenter=${() => u.hold(true)} @pointerleave=${() => u.hold(false)}>
    <p class="undo-message" role="status">${offer?.message ?? ''}</p>
    ${offer ? html`<button type="button" class="link-button undo-button" part="button" @click=${() => u.take()}>${t.undo}</button>` : nothing}
  </div>`;
}
