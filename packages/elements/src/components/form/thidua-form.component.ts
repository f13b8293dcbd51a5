import type { Lang, OutlineNode, ValidationIssue, ValidationResult } from '@thidua/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { ThiduaChangeEvent, type ChangeSource } from '../../events/thidua-change.js';
import { ThiduaErrorEvent } from '../../events/thidua-error.js';
import { ThiduaInvalidEvent } from '../../events/thidua-invalid.js';
import { ThiduaReadyEvent } from '../../events/thidua-ready.js';
import { ThiduaSubmitEvent } from '../../events/thidua-submit.js';
import { parseDate, parseTime } from '../../internal/date-format.js';
import { downloadFile } from '../../internal/download.js';
import { parseNumber } from '../../internal/number-format.js';
import { assetBase, loadPlanChunk, type DocumentKind, type PlanChunk } from '../../internal/plan-loader.js';
import {
  anchorOf, branches, childSchema, conformTo, discriminatorOf, info, isRequired, newVariant, skeleton,
  type JsonSchema, type Widget,
} from '../../internal/schema-model.js';
import { validateValue, visibleItemCounts, type IndexedResult, type ItemCount } from '../../internal/validator.js';
import {
  fieldId, frozenCopy, getIn, isObject, parsePointer, setIn, toPointer, updateArray,
  type Path, type Segment,
} from '../../internal/value-path.js';
import { TrackedMap, TrackedSet } from '../../internal/tracked.js';
import { VERSION } from '../../internal/version.js';
import { TRANSLATIONS, fmt, type Translation } from '../../translations/index.js';
import { draftNotices } from './draft-notices.js';
import { errorSummary } from './error-summary.js';
import { FieldRenderer } from './field-renderer.js';
import type { RenderHost, VisibleIssues } from './render-host.js';
import { ReviewRenderer } from './review-renderer.js';
import { styles } from './thidua-form.styles.js';
import { message } from './user-text.js';

const NO_ISSUES: VisibleIssues = Object.freeze({ errors: [], warnings: [] });
const issueKey = (i: ValidationIssue) => `${i.path}\u0000${i.code}`;

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: unknown) => void;
  settled: boolean;
}

function deferred(): Deferred {
  const d = { settled: false } as Deferred;
  d.promise = new Promise<void>((res, rej) => {
    d.resolve = () => { d.settled = true; res(); };
    d.reject = (e) => { d.settled = true; rej(e); };
  });
  d.promise.catch(() => { /* reported through thidua-error; awaiting code sees the rejection */ });
  return d;
}

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
 *
 * @cssproperty --thidua-font-family - Font of the whole form. Default: system UI font.
 * @cssproperty --thidua-font-size - Base font size. Default: `1rem`.
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
 * @cssproperty --thidua-space - Base spacing unit. Default: `1rem`.
 * @cssproperty --thidua-max-width - Widest a text input grows. Default: `44rem`.
 */
export class ThiduaForm extends LitElement implements RenderHost {
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

  // Internal state is in plain fields (no @state): every change calls requestUpdate(), and
  // the build can then shorten these names.
  private _chunk: PlanChunk | undefined;
  private _loadError: unknown;
  private _mode: 'edit' | 'review' = 'edit';
  private _status = '';
  private _pdfBusy = false;

  private readonly _internals: ElementInternals;
  private _value: unknown;
  private _pending: unknown;
  private _hasPending = false;
  /** What a reset or "Bắt đầu lại" returns to: the value the host set, or the empty form. */
  private _initial: unknown;
  private _v: IndexedResult | undefined;
  private _vLang: Lang = 'vi';
  private readonly _dirty = (): void => { this._uiDirty = true; };
  private _touched = new TrackedSet<string>(this._dirty);
  private _submitted = false;
  private _summaryKeys: Set<string> | undefined;
  private _focusSummary = false;
  private _typed = new Map<string, string>();
  private _keys = new TrackedMap<string, number[]>(this._dirty);
  private _nextKey = 1;
  private _expanded = new TrackedSet<number>(this._dirty);
  private _stash = new Map<number, Record<string, Record<string, unknown>>>();
  private _formDisabled = false;
  private _silent = false;
  private _focusAfter: string | undefined;
  private _loadToken = 0;
  private _ready = deferred();
  private _hostForm: HTMLFormElement | null = null;
  private _seq = 0;
  private _ui = 0;
  private _counts: { v: IndexedResult; ui: number; map: Map<string, ItemCount> } | undefined;
  /** Set by every change of UI state; the next render gives parts a new `uiVersion`. */
  private _uiDirty = true;
  private _formValueTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _drafts = new DraftController(this, {
    apply: (v) => {
      this._replace(this._fromOutside(v));
      this.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source: 'draft' }));
    },
    report: (text) => {
      this._status = text;
      this._focusAfter = 'status';
      this.requestUpdate();
    },
  });
  private readonly _fields = new FieldRenderer(this);
  private readonly _review = new ReviewRenderer(this);

  constructor() {
    super();
    this._internals = this.attachInternals();
    this.addEventListener('invalid', this._onInvalid);
  }

  // ---- Public API ----

  /**
   * The form's data. Setting it replaces the whole form state (touched fields, open cards and
   * the error summary are reset); the element keeps a private copy. Reading it returns the
   * current data as a frozen snapshot (copy it before editing), NFC-normalisation not applied:
   * `validate().value` and `thidua-submit` give the normalised form.
   */
  get value(): unknown {
    return this._chunk ? this._value : this._pending;
  }

  set value(v: unknown) {
    if (!this._chunk) {
      this._pending = v;
      this._hasPending = true;
      return;
    }
    const next = this._fromOutside(v);
    this._initial = next;
    this._drafts.replaced();
    this._replace(next);
  }

  /**
   * Resolves once the plan's chunk has loaded and the form is drawn; rejects when it cannot
   * load. A new promise starts when `plan` or `kind` change.
   */
  get ready(): Promise<void> {
    return this._ready.promise;
  }

  /**
   * Validates the current data and returns the result exactly as the server's validator does:
   * `{ ok, errors, warnings, value? }` (`value`, the NFC-normalised data, only when `ok`).
   * Shows nothing; see `reportValidity()`. Throws before the plan has loaded (await `ready`).
   */
  validate(): ValidationResult {
    return this._validation().result;
  }

  /** True when the data is valid; fires `invalid` (no UI) otherwise, like a native control. */
  checkValidity(): boolean {
    this._syncValidity();
    this._silent = true;
    try {
      return this._internals.checkValidity();
    } finally {
      this._silent = false;
    }
  }

  /**
   * Like a native control's: when the data is invalid, shows the error summary, moves focus
   * to it, fires `thidua-invalid` and returns false.
   */
  reportValidity(): boolean {
    const v = this._validation();
    if (v.result.ok) return true;
    this._refuse(v);
    return false;
  }

  /**
   * Submits: when valid, fires `thidua-submit` with the NFC-normalised value (then, unless
   * cancelled, deletes the draft and submits the host form); otherwise shows the error
   * summary and fires `thidua-invalid`. Returns whether the data was valid.
   */
  requestSubmit(): boolean {
    const v = this._validation();
    if (!v.result.ok) {
      this._refuse(v);
      return false;
    }
    const ev = new ThiduaSubmitEvent({ value: v.result.value, warnings: v.result.warnings });
    if (!this.dispatchEvent(ev)) this._drafts.handedOver();
    else {
      this._drafts.clear();
      this._status = this.draftKey ? this.t.submittedDraftCleared : this.t.submitted;
      this.requestUpdate();
      const form = this._internals.form;
      if (form) {
        this._syncFormValue();
        form.requestSubmit();
      }
    }
    return true;
  }

  /**
   * Deletes this form's saved draft, e.g. once the server has accepted a submission whose
   * `thidua-submit` the host cancelled to keep the draft until then.
   */
  clearDraft(): void {
    this._drafts.clear();
    this.requestUpdate();
  }

  /** Shows the review step ("Kiểm tra lại") when the data is valid, the error summary otherwise. */
  review(): boolean {
    const v = this._validation();
    if (!v.result.ok) {
      this._refuse(v);
      return false;
    }
    this._mode = 'review';
    this._uiDirty = true;
    this._summaryKeys = undefined;
    this._focusAfter = 'review-title';
    this.requestUpdate();
    return true;
  }

  /**
   * The official PDF of the current data (Decree 30/2020 layout), built in the browser: loads
   * the PDF chunk and the Tinos fonts on first use. Rejects when the data is invalid unless
   * `draft` is set (then prints a "BẢN NHÁP" watermark and placeholders).
   */
  async renderPdf(options: { draft?: boolean } = {}): Promise<Uint8Array> {
    const chunk = this._requireChunk();
    const v = this._validation();
    if (!v.result.ok && !options.draft) {
      throw Object.assign(new Error(fmt(this.t.invalidSummary, { n: v.result.errors.length })), { name: 'ThiduaInvalidError', code: 'THIDUA_INVALID', errors: v.result.errors });
    }
    const url = new URL('pdf.js', assetBase()).href;
    const mod = (await import(/* @vite-ignore */ /* webpackIgnore: true */ url)) as typeof import('../../pdf/pdf-chunk.js');
    return mod.buildPdf(chunk.plan, this.kind, v.result.ok ? v.result.value : this._value, {
      schema: chunk.schema,
      base: assetBase(),
      ...(options.draft ? { draft: true } : {}),
    });
  }

  /** The host form, when the element is inside one. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  get validity(): ValidityState {
    return this._internals.validity;
  }

  get validationMessage(): string {
    return this._internals.validationMessage;
  }

  get willValidate(): boolean {
    return this._internals.willValidate;
  }

  // ---- RenderHost ----

  /** @internal The language of the form: `lang="en…"` switches to English, anything else is Vietnamese. */
  get language(): Lang {
    return this._lang;
  }

  /** @internal */
  get t(): Translation {
    return TRANSLATIONS[this._lang];
  }

  /** @internal */
  get chunk(): PlanChunk {
    return this._requireChunk();
  }

  /** @internal */
  get controlsDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  /** @internal */
  get renderSeq(): number {
    return this._seq;
  }

  /** @internal */
  get uiVersion(): number {
    return this._ui;
  }

  /** @internal */
  partSignature(key: string): string {
    return this._v?.partSignature.get(key) ?? '';
  }

  /** @internal */
  get outline(): readonly OutlineNode[] {
    return this._chunk?.plan.outline.sections ?? [];
  }

  private get _lang(): Lang {
    return /^en\b/i.test(this.getAttribute('lang') ?? '') ? 'en' : 'vi';
  }

  /** @internal */
  visible(pointer: string): VisibleIssues {
    const list = this._v?.at.get(pointer);
    if (!list || !(this._submitted || this._touched.has(pointer))) return NO_ISSUES;
    const errors: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    for (const i of list) (i.severity === 'warning' ? warnings : errors).push(i);
    return { errors, warnings };
  }

  /** @internal */
  itemIssues(pointer: string): ItemCount | undefined {
    const v = this._v;
    if (!v) return undefined;
    if (this._counts?.v !== v || this._counts.ui !== this._ui) {
      this._counts = { v, ui: this._ui, map: visibleItemCounts(v, (a) => this._submitted || this._touched.has(a)) };
    }
    return this._counts.map.get(pointer);
  }

  /** @internal */
  keysOf(pointer: string, length: number): readonly number[] {
    let keys = this._keys.get(pointer);
    if (!keys || keys.length !== length) {
      keys = Array.from({ length }, () => this._nextKey++);
      this._keys.set(pointer, keys);
      // A single nominee opens by itself; many start closed, so a long dossier stays fast.
      if (length === 1) this._expanded.add(keys[0]!);
    }
    return keys;
  }

  /** @internal */
  isExpanded(key: number): boolean {
    return this._expanded.has(key);
  }

  /** @internal */
  typed(pointer: string): string | undefined {
    return this._typed.get(pointer);
  }

  /** @internal */
  onInput(path: Path, widget: Widget, text: string, inList: boolean): void {
    const ptr = toPointer(path);
    let v: unknown;
    const blank = text.trim() === '';
    switch (widget) {
      case 'number': case 'percent': case 'money': case 'year': {
        this._typed.set(ptr, text);
        const n = parseNumber(text, this._lang);
        v = n === undefined ? undefined : Number.isNaN(n) ? text : n;
        break;
      }
      case 'date':
        this._typed.set(ptr, text);
        v = blank ? undefined : parseDate(text) ?? text;
        break;
      case 'time':
        this._typed.set(ptr, text);
        v = blank ? undefined : parseTime(text) ?? text;
        break;
      default:
        v = text === '' && !inList ? undefined : text;
    }
    this._edit(setIn(this._value, path, v), path);
  }

  /** @internal */
  onBlur(path: Path): void {
    const ptr = toPointer(path);
    const hadTyped = this._typed.delete(ptr);
    if (hadTyped) this._uiDirty = true;
    if (this._touch(path) || hadTyped) this.requestUpdate();
  }

  /** @internal */
  onChoose(path: Path, value: unknown): void {
    this._touch(path);
    this._edit(setIn(this._value, path, value), path);
  }

  /** @internal */
  onCheck(path: Path, schema: JsonSchema, option: string, checked: boolean): void {
    const cur = getIn(this._value, path);
    const chosen = new Set(Array.isArray(cur) ? cur : []);
    if (checked) chosen.add(option);
    else chosen.delete(option);
    // Keep the plan's order of options.
    const order = ((schema['items'] as JsonSchema)['enum'] as string[]) ?? [];
    const next = [...chosen].sort((a, b) => order.indexOf(a as string) - order.indexOf(b as string));
    this._touch(path);
    this._edit(setIn(this._value, path, Object.freeze(next)), path);
  }

  /** @internal */
  addItem(path: Path, schema: JsonSchema): void {
    const it = schema['items'] as JsonSchema;
    const w = info(schema).widget;
    const arr = getIn(this._value, path);
    const n = Array.isArray(arr) ? arr.length : 0;
    let item: unknown;
    if (w === 'cards') {
      const branch = branches(it)[0];
      const first = (branch?.['properties'] as Record<string, JsonSchema> | undefined)?.[discriminatorOf(it)]?.['const'];
      item = this._withNewId(newVariant(it, String(first ?? '')), Array.isArray(arr) ? arr : [], branch);
    } else item = w === 'list' ? '' : skeleton(it);
    const ptr = toPointer(path);
    const keys = [...this.keysOf(ptr, n)];
    const key = this._nextKey++;
    keys.push(key);
    this._keys.set(ptr, keys);
    if (w === 'cards') this._expanded.add(key);
    this._touch(path);
    const ip = [...path, n];
    this._focusAfter = w === 'cards' ? fieldId([...ip, discriminatorOf(it)]) : w === 'list' ? fieldId(ip) : this._firstFieldId(ip, it);
    this._edit(updateArray(this._value, path, (a) => [...a, item]), path);
  }

  /** @internal */
  removeItem(path: Path, index: number): void {
    const ptr = toPointer(path);
    const arr = getIn(this._value, path);
    const n = Array.isArray(arr) ? arr.length : 0;
    const keys = [...this.keysOf(ptr, n)];
    const [gone] = keys.splice(index, 1);
    if (gone !== undefined) { this._expanded.delete(gone); this._stash.delete(gone); }
    this._keys.set(ptr, keys);
    this._remap(ptr, (i) => (i === index ? undefined : i > index ? i - 1 : i));
    this._touch(path);
    // Focus goes to the entry that took its place, else the previous one, else "Thêm …".
    const at = index < n - 1 ? index : index - 1;
    this._focusAfter = at >= 0 ? `${fieldId([...path, at])}-remove` : `${fieldId(path)}-add`;
    this._edit(updateArray(this._value, path, (a) => a.filter((_, i) => i !== index)), path);
  }

  /** @internal */
  moveItem(path: Path, index: number, delta: -1 | 1): void {
    const ptr = toPointer(path);
    const arr = getIn(this._value, path);
    const n = Array.isArray(arr) ? arr.length : 0;
    const to = index + delta;
    if (to < 0 || to >= n) return;
    const keys = [...this.keysOf(ptr, n)];
    [keys[index], keys[to]] = [keys[to]!, keys[index]!];
    this._keys.set(ptr, keys);
    this._remap(ptr, (i) => (i === index ? to : i === to ? index : i));
    const edge = to === 0 || to === n - 1;
    this._focusAfter = `${fieldId([...path, to])}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
    this._edit(updateArray(this._value, path, (a) => {
      [a[index], a[to]] = [a[to], a[index]];
      return a;
    }), path);
  }

  /** @internal */
  toggleItem(_path: Path, key: number): void {
    if (this._expanded.has(key)) this._expanded.delete(key);
    else this._expanded.add(key);
    this.requestUpdate();
  }

  /** @internal */
  setExpanded(path: Path, expanded: boolean): void {
    const arr = getIn(this._value, path);
    for (const k of this.keysOf(toPointer(path), Array.isArray(arr) ? arr.length : 0)) {
      if (expanded) this._expanded.add(k);
      else this._expanded.delete(k);
    }
    this.requestUpdate();
  }

  /** @internal */
  switchVariant(path: Path, union: JsonSchema, tag: string): void {
    const cur = getIn(this._value, path);
    const item = isObject(cur) ? cur : {};
    const tagKey = discriminatorOf(union);
    const parent = path.slice(0, -1);
    const index = path[path.length - 1] as number;
    const arr = getIn(this._value, parent);
    const key = this.keysOf(toPointer(parent), Array.isArray(arr) ? arr.length : 0)[index];
    // What the entry held under its old type comes back if the user switches back.
    const stash = (key !== undefined && this._stash.get(key)) || {};
    if (typeof item[tagKey] === 'string') stash[item[tagKey] as string] = item;
    if (key !== undefined) this._stash.set(key, stash);
    const branch = branches(union).find((b) => (b['properties'] as Record<string, JsonSchema>)[tagKey]?.['const'] === tag);
    if (!branch) return;
    const next = conformTo({ ...item, [tagKey]: tag }, branch, stash[tag]);
    next[tagKey] = tag;
    this._touch([...path, tagKey]);
    this._edit(setIn(this._value, path, Object.freeze(next)), path);
  }

  /** @internal */
  editAt(path: Path): void {
    this._mode = 'edit';
    this._uiDirty = true;
    void this._focusPath(path);
  }

  // ---- Lifecycle ----

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this._chunk) {
      this._revalidate();
      this.requestUpdate();
    }
  }

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this._hostForm?.removeEventListener('submit', this._onHostSubmit);
    this._hostForm?.removeEventListener('formdata', this._onFormData);
    this._hostForm = form;
    form?.addEventListener('submit', this._onHostSubmit);
    form?.addEventListener('formdata', this._onFormData);
    if (form && this._chunk) this._syncFormValue(true);
  }

  /** @internal */
  formResetCallback(): void {
    if (!this._chunk) return;
    this._drafts.clear();
    this._replace(this._initial ?? this._empty());
    this.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source: 'reset' }));
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state);
    } catch {
      /* not ours */
    }
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('plan') || changed.has('kind')) && this.plan) this._load();
    else if (changed.has('draftKey') && this._chunk && changed.get('draftKey') !== undefined) this._switchDraft();
  }

  protected override updated(): void {
    this._syncValidity();
    if (this._focusSummary) {
      this._focusSummary = false;
      const el = this.renderRoot.querySelector<HTMLElement>('.error-summary');
      el?.focus();
    }
    if (this._focusAfter) {
      const id = this._focusAfter;
      this._focusAfter = undefined;
      const el = (this.renderRoot as ShadowRoot).getElementById(id);
      if (el instanceof HTMLElement) {
        if (el.matches(':disabled')) (el.parentElement?.querySelector<HTMLElement>('button:not(:disabled)') ?? el).focus();
        else el.focus();
      }
    }
  }

  private _load(): void {
    const token = ++this._loadToken;
    if (this._ready.settled) this._ready = deferred();
    const ready = this._ready;
    const { plan, kind } = this;
    this._chunk = undefined;
    this._loadError = undefined;
    const failed = (err: unknown) => {
      if (token !== this._loadToken) return;
      this._chunk = undefined;
      this._loadError = err;
      this.requestUpdate();
      ready.reject(err);
      this.dispatchEvent(new ThiduaErrorEvent({ operation: 'load', error: err }));
    };
    loadPlanChunk(plan, kind).then(async (chunk) => {
      if (token !== this._loadToken) return;
      this._chunk = chunk;
      const base = this._hasPending ? this._fromOutside(this._pending) : this._empty();
      this._pending = undefined;
      this._hasPending = false;
      this._initial = base;
      this._replace(base);
      const draft = this._drafts.restore(chunk.plan.version);
      if (draft) this._replace(this._fromOutside(draft));
      await this.updateComplete;
      if (token !== this._loadToken) return;
      ready.resolve();
      this.dispatchEvent(new ThiduaReadyEvent({ plan, kind, draftRestored: Boolean(draft) }));
      if (draft) this.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source: 'draft' }));
    }).catch(failed);
  }

  // ---- State ----

  private _requireChunk(): PlanChunk {
    if (!this._chunk) throw Object.assign(new Error(`thidua-form: ${this.t.notReady} (await element.ready)`), { name: 'ThiduaNotReadyError', code: 'THIDUA_NOT_READY' });
    return this._chunk;
  }

  private _empty(): unknown {
    return frozenCopy(skeleton(this._requireChunk().schema));
  }

  private _fromOutside(v: unknown): unknown {
    if (v === undefined || v === null) return this._empty();
    return frozenCopy(v);
  }

  /** Replaces the whole state (host set, draft, reset): the UI state starts over. */
  private _replace(next: unknown): void {
    this._value = next;
    this._touched.clear();
    this._typed.clear();
    this._keys.clear();
    this._expanded.clear();
    this._stash.clear();
    this._submitted = false;
    this._summaryKeys = undefined;
    this._mode = 'edit';
    this._uiDirty = true;
    this._status = '';
    this._revalidate();
    this.requestUpdate();
  }

  /** A change by the user: prune emptied optional groups, validate, autosave, tell the host. */
  private _edit(next: unknown, path: Path): void {
    this._value = this._prune(next, path);
    this._status = '';
    this._revalidate();
    this.requestUpdate();
    this._drafts.edited(this._value);
    this.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source: 'user' as ChangeSource }));
  }

  /** Optional groups the user emptied disappear from the data rather than staying `{}`. */
  private _prune(root: unknown, path: Path): unknown {
    const schema = this._requireChunk().schema;
    for (let n = path.length; n > 0; n--) {
      const p = path.slice(0, n);
      const v = getIn(root, p);
      if (!(isObject(v) && Object.keys(v).length === 0)) continue;
      const parentPath = p.slice(0, -1);
      const parent = getIn(root, parentPath);
      const key = p[p.length - 1]!;
      if (typeof key === 'number' || !isObject(parent)) break;
      let ps: JsonSchema | undefined = schema;
      let pv: unknown = root;
      for (const seg of parentPath) {
        ps = ps && childSchema(ps, seg, pv);
        pv = isObject(pv) || Array.isArray(pv) ? (pv as Record<string, unknown>)[seg as string] : undefined;
      }
      if (!ps || isRequired(ps, key, parent)) break;
      root = setIn(root, p, undefined);
    }
    return root;
  }

  private _validation(): IndexedResult {
    this._requireChunk();
    if (!this._v || this._vLang !== this._lang) this._revalidate();
    return this._v!;
  }

  private _revalidate(): void {
    const chunk = this._chunk;
    if (!chunk) return;
    this._vLang = this._lang;
    this._v = validateValue(chunk, this.kind, this._value, this._vLang);
    this._syncFormValue();
  }

  private _touch(path: Path): boolean {
    let added = false;
    for (let n = path.length; n >= 0; n--) {
      const ptr = toPointer(path.slice(0, n));
      if (!this._touched.has(ptr)) {
        this._touched.add(ptr);
        added = true;
      }
    }
    return added;
  }

  /** After entries of the list at `ptr` moved, carries touched marks and typed text along. */
  private _remap(ptr: string, to: (index: number) => number | undefined): void {
    const prefix = `${ptr}/`;
    const move = (p: string): string | undefined => {
      if (!p.startsWith(prefix)) return p;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      const idx = Number(slash < 0 ? rest : rest.slice(0, slash));
      const n = to(idx);
      return n === undefined ? undefined : `${prefix}${n}${slash < 0 ? '' : rest.slice(slash)}`;
    };
    this._touched = new TrackedSet(this._dirty, [...this._touched].map(move).filter((p): p is string => p !== undefined));
    this._typed.clear();
    this._uiDirty = true;
    for (const k of [...this._keys.keys()]) if (k.startsWith(prefix)) this._keys.delete(k);
  }

  /** A new entry gets the first free key "n1", "n2"… when its branch has an `id` field. */
  private _withNewId(item: Record<string, unknown>, siblings: readonly unknown[], branch: JsonSchema | undefined): Record<string, unknown> {
    if (!(branch?.['properties'] as Record<string, unknown> | undefined)?.['id']) return item;
    const used = new Set(siblings.map((s) => (isObject(s) ? s['id'] : undefined)));
    let n = siblings.length + 1;
    while (used.has(`n${n}`)) n++;
    return { ...item, id: `n${n}` };
  }

  private _firstFieldId(path: Path, s: JsonSchema): string {
    const k = info(s).keys[0];
    return k === undefined ? fieldId(path) : fieldId([...path, k]);
  }

  // ---- Submission, summary, focus ----

  private _refuse(v: IndexedResult): void {
    this._mode = 'edit';
    this._submitted = true;
    this._uiDirty = true;
    this._summaryKeys = new Set(v.result.errors.map(issueKey));
    this._focusSummary = true;
    this.requestUpdate();
    this.dispatchEvent(new ThiduaInvalidEvent({ errors: v.result.errors, warnings: v.result.warnings }));
  }

  private readonly _onInvalid = (e: Event): void => {
    // A host form's submission met this invalid element: show the summary instead of the
    // browser's bubble (the submission is blocked either way).
    if (this._silent) return;
    e.preventDefault();
    if (this._chunk) this._refuse(this._validation());
  };

  private readonly _onHostSubmit = (): void => {
    if (this._v?.result.ok) this._drafts.clear();
  };

  private _summaryErrors(): ValidationIssue[] {
    const keys = this._summaryKeys;
    if (!keys || !this._v) return [];
    return this._v.result.errors.filter((e) => keys.has(issueKey(e)));
  }

  private async _pick(issue: ValidationIssue): Promise<void> {
    await this._focusPath(parsePointer(issue.path));
  }

  /** Opens what hides the field at `path` (a closed nominee card), scrolls its label into view, focuses it. */
  private async _focusPath(path: Path): Promise<void> {
    const chunk = this._requireChunk();
    const cards: Segment[][] = [];
    const anchor = anchorOf(chunk.schema, this._value, path, (item) => cards.push(item));
    for (const item of cards) {
      const arrPath = item.slice(0, -1);
      const arr = getIn(this._value, arrPath);
      const key = this.keysOf(toPointer(arrPath), Array.isArray(arr) ? arr.length : 0)[item[item.length - 1] as number];
      if (key !== undefined) this._expanded.add(key);
    }
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const id = fieldId(anchor);
    let target = root.getElementById(id) ?? root.getElementById(`${id}-group`);
    if (!anchor.length) target = root.querySelector<HTMLElement>('.form-errors');
    if (!target) return;
    let label: Element | null = null;
    let focusable: HTMLElement | null = null;
    if (target.matches('input, select, textarea')) {
      focusable = target;
      const group = target.closest('fieldset.choice');
      label = group?.querySelector('legend') ?? root.querySelector(`label[for="${CSS.escape(id)}"]`) ?? target;
    } else {
      label = target.querySelector('legend, .heading') ?? target;
      focusable = target.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)');
      if (!focusable) {
        target.tabIndex = -1;
        focusable = target;
      }
    }
    label.scrollIntoView({ block: 'center' });
    focusable.focus({ preventScroll: true });
  }

  /**
   * The JSON the host form submits. Serialising a 300-nominee dossier costs milliseconds, so
   * after a keystroke it happens a moment later; a FormData built in between is corrected by
   * the `formdata` handler below, so the host never sees a stale value.
   */
  private _syncFormValue(now = false): void {
    clearTimeout(this._formValueTimer);
    this._formValueTimer = undefined;
    if (!now && this._internals.form) {
      this._formValueTimer = setTimeout(() => this._syncFormValue(true), 250);
      return;
    }
    if (!now) return; // not in a form: nothing reads it
    const v = this._v;
    const json = JSON.stringify(v?.result.ok ? v.result.value : this._value);
    this._internals.setFormValue(json, json);
  }

  private readonly _onFormData = (e: FormDataEvent): void => {
    if (this._formValueTimer === undefined || !this.name) return;
    this._syncFormValue(true);
    const v = this._v;
    e.formData.set(this.name, JSON.stringify(v?.result.ok ? v.result.value : this._value));
  };

  private _syncValidity(): void {
    const v = this._v;
    if (!this._chunk || !v) {
      this._internals.setValidity({ customError: true }, this.t.notReady);
      return;
    }
    if (v.result.ok) {
      this._internals.setValidity({});
      return;
    }
    const first = v.result.errors[0]!;
    const root = this.renderRoot as ShadowRoot;
    const anchorPtr = v.anchor.get(first) ?? '';
    let anchor: HTMLElement | null = null;
    const segs = parsePointer(anchorPtr);
    for (let n = segs.length; n >= 0 && !anchor; n--) {
      const id = fieldId(segs.slice(0, n));
      anchor = root.getElementById(id) ?? root.getElementById(`${id}-toggle`);
    }
    anchor ??= root.querySelector<HTMLElement>('button, input');
    const msg = `${fmt(this.t.invalidSummary, { n: v.result.errors.length })} ${first.message}`;
    if (anchor) this._internals.setValidity({ customError: true }, msg, anchor);
    else this._internals.setValidity({ customError: true }, msg);
  }

  // ---- Drafts ----

  /**
   * `draft-key` changed on a drawn form (a portal moving from one unit's dossier to
   * another's): what is pending goes to the old key, and the new key's draft, if any, comes
   * back as on load; without one the form keeps what it shows (the host may be setting it).
   */
  private _switchDraft(): void {
    const draft = this._drafts.switchKey();
    if (!draft) return;
    this._replace(this._fromOutside(draft));
    this.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source: 'draft' }));
  }

  private _discardDraft(): void {
    this._drafts.clear();
    this._replace(this._initial ?? this._empty());
    this._status = this.t.draftDiscarded;
    this._focusAfter = 'status';
    this.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source: 'reset' }));
  }

  // ---- PDF ----

  private async _downloadPdf(): Promise<void> {
    const t = this.t;
    this._pdfBusy = true;
    this._status = t.pdfWorking;
    this.requestUpdate();
    try {
      const bytes = await this.renderPdf();
      downloadFile([bytes as BlobPart], 'application/pdf', `${this.plan}-${this.kind}.pdf`);
      this._status = fmt(t.pdfReady, { pages: `${Math.max(1, Math.round(bytes.length / 1024))} KB` });
    } catch (err) {
      this._status = fmt(t.pdfFailed, { message: err instanceof Error ? err.message : String(err) });
      this.dispatchEvent(new ThiduaErrorEvent({ operation: 'pdf', error: err }));
    } finally {
      this._pdfBusy = false;
      this.requestUpdate();
    }
  }

  // ---- Rendering ----

  protected override render(): unknown {
    this._seq++;
    if (this._uiDirty) {
      this._uiDirty = false;
      this._ui++;
    }
    const t = this.t;
    if (this._loadError) {
      // A dropped connection is the usual cause: a retry loads again (and brings back the draft).
      return html`<div class="base" part="base"><p class="load-error" role="alert">${fmt(t.loadFailed, { plan: this.plan, kind: this.kind })}</p>
        <button type="button" class="secondary" part="button button-secondary" @click=${() => { this._load(); this.requestUpdate(); }}>${t.retry}</button></div>`;
    }
    const chunk = this._chunk;
    if (!chunk) return html`<div class="base" part="base"><p class="loading" role="status">${t.loading}</p></div>`;
    const lang = this._lang;
    const schema = chunk.schema;
    const title = (lang === 'en' ? (schema['x-title-en'] as string) : undefined) ?? (schema['title'] as string);
    const rootIssues = this.visible('');
    const submitText = this.kind === 'report' ? t.submitReport : t.submitNomination;
    return html`<div class="base" part="base">
      <h2 class="title" part="title">${title}</h2>
      ${draftNotices(this._drafts, t, lang, () => this._discardDraft())}
      ${errorSummary(t, this._summaryErrors(), (i) => void this._pick(i))}
      ${this._mode === 'review' ? this._renderReview(submitText) : html`
        <div class="form" part="form">
          ${rootIssues.errors.length || rootIssues.warnings.length ? html`<div class="form-errors" id="f" tabindex="-1">
            <h3 class="heading">${t.formErrors}</h3>
            ${rootIssues.errors.map((e) => html`<p class="error-message"><span class="vh">${t.errorPrefix} </span>${message(e.message)}</p>`)}
            ${rootIssues.warnings.map((e) => html`<p class="warning-message"><span class="vh">${t.warningPrefix} </span>${message(e.message)}</p>`)}
          </div>` : nothing}
          ${this._fields.document(schema, this._value)}
        </div>
        <div class="footer" part="footer">
          <button type="button" class="primary" part="button button-primary" ?disabled=${this.controlsDisabled} @click=${() => this.review()}>${t.review}</button>
          <button type="button" class="secondary" part="button button-secondary" ?disabled=${this.controlsDisabled} @click=${() => this.requestSubmit()}>${submitText}</button>
        </div>`}
      <p class="status" id="status" part="status" role="status" tabindex="-1">${this._status}</p>
    </div>`;
  }

  private _renderReview(submitText: string): unknown {
    const t = this.t;
    const warnings = this._v?.result.warnings ?? [];
    return html`<div class="review" part="review">
      <h2 class="review-title" id="review-title" tabindex="-1">${t.reviewTitle}</h2>
      <p>${t.reviewIntro}</p>
      ${warnings.length ? html`<div class="review-warnings">
        <h3 class="heading">${t.reviewWarnings}</h3>
        <ul>${warnings.map((w) => html`<li class="warning-message"><span class="vh">${t.warningPrefix} </span>${message(w.message)}</li>`)}</ul>
      </div>` : nothing}
      ${this._review.answers()}
      <div class="footer" part="footer">
        <button type="button" class="primary" part="button button-primary" ?disabled=${this.controlsDisabled} @click=${() => this.requestSubmit()}>${submitText}</button>
        <button type="button" class="secondary" part="button button-secondary" ?disabled=${this._pdfBusy} @click=${() => void this._downloadPdf()}>${t.downloadPdf}</button>
        <button type="button" class="secondary" part="button button-secondary" @click=${() => { this._mode = 'edit'; this._uiDirty = true; this.requestUpdate(); }}>${t.backToEdit}</button>
      </div>
    </div>`;
  }
}

