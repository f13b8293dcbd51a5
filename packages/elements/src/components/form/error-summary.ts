// The error summary at the top of the form (GOV.UK pattern): a heading and one link per
// problem inside a `role="alert"` child, so that moving focus to the summary and announcing
// it do not race. Each link names where the field is and what to do there, scrolls the
// field's label into view and focuses the field.

import type { ValidationIssue } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import { html, nothing } from 'lit';
import type { Translation } from '../../translations/index.js';
import { placedIssue } from './issue-text.js';

/** The summary lists at most this many problems, then says how many more there are. */
export const SUMMARY_LIMIT = 50;

export function errorSummary(t: Translation, errors: readonly ValidationIssue[], pick: (issue: ValidationIssue) => void) {
  if (!errors.length) return nothing;
  const shown = errors.slice(0, SUMMARY_LIMIT);
  const title = errors.length === 1 ? t.summaryTitleOne : interpolate(t.summaryTitle, { n: errors.length });
  return html`<div class="error-summary" part="error-summary" role="region" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 class="error-summary-title" id="error-summary-title">${title}</h2>
      <ul class="error-summary-list">
        ${shown.map((e) => html`<li><a href=${`#${e.path || 'top'}`} @click=${(ev: Event) => { ev.preventDefault(); pick(e); }}>${placedIssue(e)}</a></li>`)}
        ${errors.length > shown.length ? html`<li class="more">${interpolate(t.summaryMore, { n: errors.length - shown.length })}</li>` : nothing}
      </ul>
    </div>
  </div>`;
}
