// The way back to the review after a "Sửa", as GOV.UK's check-answers pattern does it: the
// changed question ends with its own "continue" — here "Quay lại phần xem lại", right after
// the field, so it is the next Tab stop — and the review comes back at that answer.

import { html, type TemplateResult } from 'lit';
import type { FormModel } from './form-model.js';

/** `drawn` (the field a "Sửa" led to), followed by the way back. */
export function withReviewReturn(h: FormModel, drawn: unknown): TemplateResult {
  return html`${drawn}<p class="review-return"><button type="button" class="secondary" id="back-to-review" part="button button-secondary"
    ?disabled=${h.controlsDisabled} @click=${() => h.backToReview()}>${h.t.backToReview}</button></p>`;
}
