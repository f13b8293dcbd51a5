// The notices about drafts, above the form: a draft restored (or set aside, or lost), a save the
// browser refused (with "Tải bản nháp"), another tab's save waiting for a choice; and the
// polite live region that announces the last two as they happen.

import type { Lang } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import { html, nothing } from 'lit';
import type { RestoreNotice } from '../../controllers/draft-controller.js';
import type { Translation } from '../../translations/index.js';

/** What the notices show and the buttons they offer (the draft controller's state). */
export interface DraftNoticeModel {
  readonly restoreNotice: RestoreNotice | undefined;
  readonly saveFailed: boolean;
  readonly conflict: unknown;
  readonly announcement: string;
  download(): void;
  keepMine(): void;
  loadTheirs(): void;
}

function restored(d: DraftNoticeModel, t: Translation, lang: Lang, startOver: () => void) {
  const r = d.restoreNotice;
  if (!r) return nothing;
  let text = r.kind === 'lost' ? t.draftLost : t.draftSetAside;
  if (r.kind === 'restored') {
    const time = r.savedAt && new Date(r.savedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { timeStyle: 'short', dateStyle: 'short' });
    text = `${t.draftRestored}${time ? ` (${interpolate(t.draftSavedAt, { time })})` : ''}.${r.older ? ` ${t.draftOlder}` : ''}`;
  }
  return html`<div class="notice draft-restored" part="draft-notice">
    <p>${text}</p>
    ${r.kind === 'restored' ? html`<button type="button" class="secondary" part="button button-secondary" @click=${startOver}>${t.draftDiscard}</button>` : nothing}
  </div>`;
}

export function draftNotices(d: DraftNoticeModel, t: Translation, lang: Lang, startOver: () => void) {
  return html`${restored(d, t, lang, startOver)}
    ${d.saveFailed ? html`<div class="notice warn draft-failed" part="draft-notice">
      <p>${t.draftSaveFailed}</p>
      <button type="button" class="secondary" part="button button-secondary" @click=${() => d.download()}>${t.draftDownload}</button>
    </div>` : nothing}
    ${d.conflict ? html`<div class="notice warn draft-conflict" part="draft-notice">
      <p>${t.draftConflict}</p>
      <button type="button" class="secondary" part="button button-secondary" @click=${() => d.keepMine()}>${t.draftKeepMine}</button>
      <button type="button" class="secondary" part="button button-secondary" @click=${() => d.loadTheirs()}>${t.draftLoadTheirs}</button>
    </div>` : nothing}
    <p class="vh draft-live" role="status">${d.announcement}</p>`;
}
