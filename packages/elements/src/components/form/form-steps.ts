// The two steps of the form below its title: editing (the document-level issues, every field,
// "Kiểm tra lại" and "Gửi") and reviewing (the warnings, every answer read-only, "Gửi",
// "Tải PDF", "Quay lại sửa"). Without a `submitText` the element's "Gửi" is left out: the page
// submits with its own button.

import type { ValidationIssue } from '@thidua/core';
import { html, nothing } from 'lit';
import type { FieldRenderer } from './field-renderer.js';
import type { FormModel } from './form-model.js';
import type { ReviewRenderer } from './review-renderer.js';
import { message } from './user-text.js';

export interface StepActions {
  review(): void;
  submit(): void;
  downloadPdf(): void;
  backToEdit(): void;
}

export function editStep(m: FormModel, fields: FieldRenderer, submitText: string | undefined, a: StepActions): unknown {
  const t = m.t;
  const root = m.visible('');
  return html`
        <div class="form" part="form">
          ${root.errors.length || root.warnings.length ? html`<div class="form-errors" id="f" tabindex="-1">
            <h3 class="heading">${t.formErrors}</h3>
            ${root.errors.map((e) => html`<p class="error-message"><span class="vh">${t.errorPrefix} </span>${message(e.message)}</p>`)}
            ${root.warnings.map((e) => html`<p class="warning-message"><span class="vh">${t.warningPrefix} </span>${message(e.message)}</p>`)}
          </div>` : nothing}
          ${fields.document(m.chunk.schema, m.value)}
        </div>
        <div class="footer" part="footer">
          <button type="button" class="primary" part="button button-primary" ?disabled=${m.controlsDisabled} @click=${() => a.review()}>${t.review}</button>
          ${submitText ? html`<button type="button" class="secondary" part="button button-secondary" ?disabled=${m.controlsDisabled} @click=${() => a.submit()}>${submitText}</button>` : nothing}
        </div>`;
}

export function reviewStep(m: FormModel, review: ReviewRenderer, warnings: readonly ValidationIssue[], submitText: string | undefined, pdfBusy: boolean, a: StepActions): unknown {
  const t = m.t;
  return html`<div class="review" part="review">
      <h2 class="review-title" id="review-title" tabindex="-1">${t.reviewTitle}</h2>
      <p>${t.reviewIntro}</p>
      ${warnings.length ? html`<div class="review-warnings">
        <h3 class="heading">${t.reviewWarnings}</h3>
        <ul>${warnings.map((w) => html`<li class="warning-message"><span class="vh">${t.warningPrefix} </span>${message(w.message)}</li>`)}</ul>
      </div>` : nothing}
      ${review.answers()}
      <div class="footer" part="footer">
        ${submitText ? html`<button type="button" class="primary" part="button button-primary" ?disabled=${m.controlsDisabled} @click=${() => a.submit()}>${submitText}</button>` : nothing}
        <button type="button" class="secondary" part="button button-secondary" ?disabled=${pdfBusy} @click=${() => a.downloadPdf()}>${t.downloadPdf}</button>
        <button type="button" class="secondary" part="button button-secondary" @click=${() => a.backToEdit()}>${t.backToEdit}</button>
      </div>
    </div>`;
}
