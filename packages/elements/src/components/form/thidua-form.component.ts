import type { DocumentKind, Lang, ValidationResult } from '@thidua/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
// Imported after Lit so that the bundle keeps Lit first: the order alone costs 0.2 KB of gzip.
import { interpolate } from '@thidua/core/messages';
import { DrawingController } from '../../controllers/drawing-controller.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { FormAssociationController } from '../../controllers/form-association-controller.js';
import { FormModelController } from '../../controllers/form-model-controller.js';
import { HostSubmitController } from '../../controllers/host-submit-controller.js';
import { IssueController } from '../../controllers/issue-controller.js';
import { ListController } from '../../controllers/list-controller.js';
import { PdfController, buildPdf } from '../../controllers/pdf-controller.js';
import { PlaceController } from '../../controllers/place-controller.js';
import { PlanController } from '../../controllers/plan-controller.js';
import { UiVersionController } from '../../controllers/ui-version-controller.js';
import { UndoController } from '../../controllers/undo-controller.js';
import { ThiduaInvalidError } from '../../errors/thidua-invalid-error.js';
import { ThiduaInvalidEvent } from '../../events/thidua-invalid.js';
import { ThiduaSubmitEvent } from '../../events/thidua-submit.js';
import type { IndexedResult } from '../../internal/validator.js';
import { parsePointer } from '../../internal/value-path.js';
import { VERSION } from '../../internal/version.js';
import { TRANSLATIONS, type Translation } from '../../translations/index.js';
import { Contents } from './contents.js';
import { draftNotices } from './draft-notices.js';
import { errorSummary } from './error-summary.js';
import { FieldRenderer } from './field-renderer.js';
import { editStep, reviewStep, type StepActions } from './form-steps.js';
import { ReviewRenderer } from './review-renderer.js';
import { styles } from './thidua-form.styles.js';
import { undoBar } from './undo-bar.js';

/**
 * A plan's report or nomination dossier as a form, drawn from the plan's JSON Schema and
 * checked by its precompiled validator (no eval: works under `script-src 'self'`).
 *
 * @summary Renders, validates and submits one plan's report or nomination dossier.
 * @tag thidua-form
 *
 * @attr lang - `vi` (default) or `en`: the language of labels, hints, buttons and messages.
 *
 * @event thidua-change - After each change by the user (and after a draft is restored or the form reset). `detail: { value, source }`.
 * @event thidua-invalid - A submission was refused. `detail: { errors, warnings }` as the server's validator returns them.
 * @event thidua-submit - A valid submission. `detail: { value, warnings }`; `value` is the NFC-normalised data to post. Cancelable: the default action deletes the draft and submits the host `<form>`, if any.
 * @event thidua-ready - The plan's chunk has loaded and the form is drawn. `detail: { plan, kind, draftRestored }`.
 * @event thidua-error - The plan chunk could not be loaded, or a PDF could not be built. `detail: { operation, error }`.
 *
 * @csspart base - The element's single wrapper.
 * @csspart title - The form's title (the document's name).
 * @csspart draft-notice - A notice about the draft: "Bản nháp đã được khôi phục" with its "Bắt đầu lại" button; a save the browser refused, with "Tải bản nháp"; another tab's save of the same draft, with "Giữ bản ở đây" and "Dùng bản ở thẻ kia".
 * @csspart error-summary - The error summary shown after a refused submission.
 * @csspart contents - A report's contents (Mục lục): a link and a progress word per part.
 * @csspart form - The form's fields.
 * @csspart section - A top-level part (Thông tin văn bản, Tờ trình…) or a report section.
 * @csspart group - A fieldset grouping fields.
 * @csspart legend - A group's legend.
 * @csspart field - One field: label, hint, error and control.
 * @csspart label - A field's label (or a radio/checkbox group's legend).
 * @csspart hint - Help text under a label.
 * @csspart input - A text input, textarea or select.
 * @csspart textarea - A textarea (also has part `input`).
 * @csspart select - A select (also has part `input`).
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox.
 * @csspart error - An inline error message.
 * @csspart issue-clause - The plan clause under a rule's message, on a line of its own.
 * @csspart warning - An inline warning (does not block submission).
 * @csspart counter - A character counter.
 * @csspart table - A table of rows (year series, past awards).
 * @csspart nominee - One nominee's card.
 * @csspart nominee-summary - The button that opens or closes a nominee's card (number, type, name, error count).
 * @csspart button - Every button.
 * @csspart button-primary - The main action ("Kiểm tra lại", "Gửi").
 * @csspart button-secondary - Other actions.
 * @csspart review - The review step.
 * @csspart footer - The row of main actions.
 * @csspart status - Polite status messages (PDF progress, submission).
 * @csspart undo-bar - The bar offering "Hoàn tác" after a nominee (any list entry) was removed or "Bắt đầu lại" deleted the draft.
 *
 * @cssproperty --thidua-font-family - Font of the whole form. Default: system UI font.
 * @cssproperty --thidua-font-size - Base font size; every size in the form follows it, none follows the page's root font size. Default: `16px`.
 * @cssproperty --thidua-line-height - Default: `1.5`.
 * @cssproperty --thidua-color-text - Text colour. Default: `#1b1f24`.
 * @cssproperty --thidua-color-muted - Hints and secondary text. Default: `#505a64`.
 * @cssproperty --thidua-color-background - Background of inputs and cards. Default: `#fff`.
 * @cssproperty --thidua-color-surface - Background of groups and the review list. Default: `#f5f7f9`.
 * @cssproperty --thidua-color-border - Borders of inputs (at least 3:1 against the background). Default: `#5c6670`.
 * @cssproperty --thidua-color-primary - Main buttons and links. Default: `#0a5ca8`.
 * @cssproperty --thidua-color-primary-text - Text on main buttons. Default: `#fff`.
 * @cssproperty --thidua-color-error - Errors. Default: `#b42318`.
 * @cssproperty --thidua-color-warning - Warnings. Default: `#8a4b00`.
 * @cssproperty --thidua-color-focus - Focus ring. Default: `#ffbf47`.
 * @cssproperty --thidua-radius - Corner radius. Default: `4px`.
 * @cssproperty --thidua-space - Base spacing unit. Default: `var(--thidua-font-size)`.
 * @cssproperty --thidua-max-width - Widest a text input grows. Default: `calc(44 * var(--thidua-font-size))`.
 */
export class ThiduaForm extends LitElement {
  /** Version of @thidua/elements that defined this class. */
  static readonly version = VERSION;
  static formAssociated = true;
  static override styles = styles;

  /** Plan id, as in the catalogue: `lam-dong-2022-2025`. */
  @property({ reflect: true }) plan = '';

  /** Document kind: `report` or `nomination`. */
  @property({ reflect: true }) kind: DocumentKind = 'nomination';

  /** Key under which drafts autosave in this browser (with plan and kind); no autosave when empty. Changing it saves what is pending under the old key and restores the new key's draft, if any. */
  @property({ attribute: 'draft-key', reflect: true }) draftKey = '';

  /** Name under which the JSON goes into the host form's FormData. */
  @property({ reflect: true }) name = '';

  /** Disables every control. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The form's own "Gửi" button: `auto` leaves it out inside a host `<form>` that has a submit button of its own, `hide` always, `show` never. "Kiểm tra lại" always stays. */
  @property({ attribute: 'submit-button', reflect: true }) submitButton: 'auto' | 'show' | 'hide' = 'auto';

  // The state lives in controllers, each calling requestUpdate() when it changes. Their order
  // is the order of their hostUpdated(): the validity is set before focus moves (to the error
  // summary, or to the control an action named).
  readonly #ui = new UiVersionController(this);
  readonly #plans = new PlanController(this, {
    opened: (chunk) => this.#model.open(chunk),
    shown: (draftRestored) => {
      if (!draftRestored) return;
      this.#model.announce('draft');
      void this.#place.restore(this.#drafts.restoredPlace);
    },
  });
  readonly #form = new FormAssociationController(this, {
    t: () => this.#t,
    result: () => this.#model.settledResult(),
    settling: () => this.#model.settling,
    value: () => this.#model.value,
    loaded: () => Boolean(this.#plans.chunk),
    refuse: () => this.#refuse(this.#model.validation()),
    submitted: () => this.#drafts.clear(),
  });
  readonly #submitButton = new HostSubmitController(this, () => this.#form.internals.form);
  readonly #issues = new IssueController(this, this.#ui, () => this.#plans.result);
  readonly #lists = new ListController(this, this.#ui.changed);
  readonly #drawing = new DrawingController(this);
  readonly #drafts = new DraftController(this, {
    t: () => this.#t,
    apply: (v) => {
      this.#model.load(v);
      this.#model.announce('draft');
    },
    report: (text) => this.#say(text),
    place: () => this.#place.place(),
  });
  readonly #undo = new UndoController(this, () => this.#model.value);
  readonly #place = new PlaceController(this, {
    lists: this.#lists,
    value: () => this.#model.value,
    focus: (pointer) => this.#model.focusPath(parsePointer(pointer)),
  });
  readonly #model: FormModelController = new FormModelController(this, {
    plans: this.#plans, issues: this.#issues, lists: this.#lists, drawing: this.#drawing, drafts: this.#drafts, form: this.#form, ui: this.#ui, undo: this.#undo,
    lang: () => this.#lang,
    disabled: () => this.disabled,
    review: () => this.review(),
  });
  readonly #fields = new FieldRenderer(this.#model);
  readonly #contents = new Contents(this);
  readonly #review = new ReviewRenderer(this.#model);
  readonly #steps: StepActions = {
    review: () => this.review(),
    submit: () => this.requestSubmit(),
    downloadPdf: () => void this.#pdf.download(),
    backToEdit: () => this.#model.showFields(),
  };
  readonly #pdf = new PdfController(this, {
    t: () => this.#t,
    say: (text) => {
      this.#model.status = text;
    },
  });

  // ---- Public API ----

  /**
   * The form's data. Setting it replaces the whole form state (touched fields, open cards and
   * the error summary are reset); the element keeps a private copy. Reading it returns the
   * current data as a frozen snapshot (copy it before editing), NFC-normalisation not applied:
   * `validate().value` and `thidua-submit` give the normalised form.
   */
  get value(): unknown {
    return this.#model.hostValue;
  }

  set value(v: unknown) {
    this.#model.setHostValue(v);
  }

  /**
   * Resolves once the plan's chunk has loaded and the form is drawn; rejects when it cannot
   * load. A new promise starts when `plan` or `kind` change.
   */
  get ready(): Promise<void> {
    return this.#plans.ready;
  }

  /**
   * Validates the current data and returns the result exactly as the server's validator does:
   * `{ ok, errors, warnings, value? }` (`value`, the NFC-normalised data, only when `ok`).
   * Shows nothing; see `reportValidity()`. Throws before the plan has loaded (await `ready`).
   */
  validate(): ValidationResult {
    return this.#model.validation().result;
  }

  /** True when the data is valid; fires `invalid` (no UI) otherwise, like a native control. */
  checkValidity(): boolean {
    return this.#form.checkValidity();
  }

  /**
   * Like a native control's: when the data is invalid, shows the error summary, moves focus
   * to it, fires `thidua-invalid` and returns false.
   */
  reportValidity(): boolean {
    const v = this.#model.validation();
    if (v.result.ok) return true;
    this.#refuse(v);
    return false;
  }

  /**
   * Submits: when valid, fires `thidua-submit` with the NFC-normalised value (then, unless
   * cancelled, deletes the draft and submits the host form); otherwise shows the error
   * summary and fires `thidua-invalid`. Returns whether the data was valid.
   */
  requestSubmit(): boolean {
    const v = this.#model.validation();
    if (!v.result.ok) {
      this.#refuse(v);
      return false;
    }
    const ev = new ThiduaSubmitEvent({ value: v.result.value, warnings: v.result.warnings });
    if (!this.dispatchEvent(ev)) this.#drafts.handedOver();
    else {
      this.#drafts.clear();
      this.#model.status = this.draftKey ? this.#t.submittedDraftCleared : this.#t.submitted;
      this.requestUpdate();
      this.#form.submitForm();
    }
    return true;
  }

  /**
   * Deletes this form's saved draft, e.g. once the server has accepted a submission whose
   * `thidua-submit` the host cancelled to keep the draft until then.
   */
  clearDraft(): void {
    this.#drafts.clear();
    this.requestUpdate();
  }

  /** Shows the review step ("Kiểm tra lại") when the data is valid, the error summary otherwise. */
  review(): boolean {
    const v = this.#model.validation();
    if (!v.result.ok) {
      this.#refuse(v);
      return false;
    }
    this.#model.showReview();
    return true;
  }

  /**
   * The official PDF of the current data (Decree 30/2020 layout), built in the browser: loads
   * the PDF chunk and the Tinos fonts on first use. Rejects when the data is invalid unless
   * `draft` is set (then prints a "BẢN NHÁP" watermark and placeholders).
   */
  async renderPdf(options: { draft?: boolean } = {}): Promise<Uint8Array> {
    const chunk = this.#model.chunk;
    const v = this.#model.validation();
    if (!v.result.ok && !options.draft) {
      throw new ThiduaInvalidError(v.result.errors);
    }
    return buildPdf(chunk, this.kind, v.result.ok ? v.result.value : this.#model.value, Boolean(options.draft));
  }

  /** The host form, when the element is inside one. */
  get form(): HTMLFormElement | null {
    return this.#form.internals.form;
  }

  get validity(): ValidityState {
    return this.#form.internals.validity;
  }

  get validationMessage(): string {
    return this.#form.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#form.internals.willValidate;
  }

  // ---- Lifecycle ----

  /** @internal Also waits for what was typed to be validated and its issues drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#model.settling) {
      await this.#model.settled;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** @internal */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#langNow = /^en\b/i.test(value ?? '') ? 'en' : 'vi';
    if (name === 'lang' && old !== value && this.#plans.chunk) {
      this.#model.revalidate();
      this.requestUpdate();
    }
  }

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form.associate(form);
    // A new host form may have its own submit button, or none.
    this.requestUpdate();
  }

  /** @internal */
  formResetCallback(): void {
    if (!this.#plans.chunk) return;
    this.#drafts.clear();
    this.#model.restart();
    this.#model.announce('reset');
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    this.#model.restoreState(state);
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.#form.formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('plan') || changed.has('kind')) && this.plan) this.#plans.load();
    else if (changed.has('draftKey') && this.#plans.chunk && changed.get('draftKey') !== undefined) this.#switchDraft();
  }

  // ---- Inside ----

  /**
   * The language of the form: `lang="en…"` switches to English, anything else is Vietnamese.
   * Kept from the attribute's changes: every label of a render asks for it.
   */
  #langNow: Lang = 'vi';

  get #lang(): Lang {
    return this.#langNow;
  }

  get #t(): Translation {
    return TRANSLATIONS[this.#lang];
  }

  /** Says `text` in the status line, and moves focus there. */
  #say(text: string): void {
    this.#model.status = text;
    this.#model.focusAfter('status');
    this.requestUpdate();
  }

  #refuse(v: IndexedResult): void {
    this.#model.mode = 'edit';
    this.#issues.refused(v);
    this.requestUpdate();
    this.dispatchEvent(new ThiduaInvalidEvent({ errors: v.result.errors, warnings: v.result.warnings }));
  }

  /**
   * `draft-key` changed on a drawn form (a portal moving from one unit's dossier to
   * another's): what is pending goes to the old key, and the new key's draft, if any, comes
   * back as on load; without one the form keeps what it shows (the host may be setting it).
   */
  #switchDraft(): void {
    const draft = this.#drafts.switchKey();
    if (!draft) return;
    this.#model.load(draft);
    this.#model.announce('draft');
  }

  /** "Bắt đầu lại": the draft goes, with a way back while nothing else has changed. */
  #discardDraft(): void {
    const before = this.#model.value;
    this.#drafts.clear();
    this.#model.restart();
    this.#place.forget();
    this.#say(this.#t.draftDiscarded);
    this.#model.announce('reset');
    this.#undo.offer(this.#t.undoStartedOver, () => {
      this.#model.load(before);
      this.#drafts.edited(this.#model.value);
      this.#say(this.#t.undone);
      this.#model.announce('user');
    });
  }

  // ---- Rendering ----

  /** @internal */
  protected override render(): unknown {
    const t = this.#t;
    if (this.#plans.error) {
      // A dropped connection is the usual cause: a retry loads again (and brings back the draft).
      return html`<div class="base" part="base"><p class="load-error" role="alert">${interpolate(t.loadFailed, { plan: this.plan, kind: this.kind })}</p>
        <button type="button" class="secondary" part="button button-secondary" @click=${() => { this.#plans.load(); this.requestUpdate(); }}>${t.retry}</button></div>`;
    }
    const chunk = this.#plans.chunk;
    if (!chunk) return html`<div class="base" part="base"><p class="loading" role="status">${t.loading}</p></div>`;
    const lang = this.#lang;
    const schema = chunk.schema;
    const title = (lang === 'en' ? (schema['x-title-en'] as string) : undefined) ?? (schema['title'] as string);
    const submitText = this.#submitButton.shown ? (this.kind === 'report' ? t.submitReport : t.submitNomination) : undefined;
    const model = this.#model;
    const contents = model.mode !== 'review' && Contents.wanted(model);
    return html`<div class="base ${contents ? 'with-contents' : ''}" part="base">
      <h2 class="title" part="title">${title}</h2>
      ${draftNotices(this.#drafts, t, lang, () => this.#discardDraft())}
      ${errorSummary(t, this.#issues.summaryErrors(), (i) => void model.focusPath(parsePointer(i.path)))}
      ${contents ? this.#contents.render(model, this.#plans.result) : nothing}
      ${model.mode === 'review'
        ? reviewStep(model, this.#review, this.#plans.result?.result.warnings ?? [], submitText, this.#pdf.busy, this.#steps)
        : editStep(model, this.#fields, submitText, this.#steps)}
      <p class="status" id="status" part="status" role="status" tabindex="-1">${model.status}</p>
      ${undoBar(this.#undo, t)}
    </div>`;
  }
}
