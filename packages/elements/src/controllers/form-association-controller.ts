// <thidua-form> as a control of its host <form> (ElementInternals): the JSON it submits under
// its `name`, its validity (with the first error's field as the anchor of the browser's
// message), blocked submissions shown as the error summary rather than the browser's bubble,
// and the draft deleted once the host form submits valid data.

import { interpolate } from '@thidua/core/messages';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IndexedResult } from '../internal/validator.js';
import { fieldId, parsePointer } from '../internal/value-path.js';
import type { Translation } from '../translations/index.js';

export interface FormAssociationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Name under which the JSON goes into the host form's FormData. */
  readonly name: string;
}

export interface FormAssociationState {
  t(): Translation;
  /** The validation of the data now; none before the plan has loaded. */
  result(): IndexedResult | undefined;
  /** What was just typed is not validated yet (it will be, and the element updates then). */
  settling(): boolean;
  /** The data the form holds now. */
  value(): unknown;
  /** The plan's chunk has loaded. */
  loaded(): boolean;
  /** A host form's submission met invalid data: show why. */
  refuse(): void;
  /** The host form is submitting valid data. */
  submitted(): void;
}

/**
 * The longest JSON the host form holds as the element's value, in UTF-16 units: Chromium's copy
 * of it into the page's history entry stays under about 5 ms (some 25 nominees).
 */
const HELD_VALUE_MAX_CHARS = 65_536;

export class FormAssociationController implements ReactiveController {
  readonly internals: ElementInternals;
  /** A disabled fieldset or form around the element disables it. */
  formDisabled = false;
  private readonly _host: FormAssociationHost;
  private readonly _state: FormAssociationState;
  private _form: HTMLFormElement | null = null;
  private _silent = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** The host form holds the JSON of the data now as this element's value (and state). */
  private _holdsValue = false;

  constructor(host: FormAssociationHost, state: FormAssociationState) {
    this._host = host;
    this._state = state;
    this.internals = host.attachInternals();
    host.addEventListener('invalid', this._onInvalid);
    host.addController(this);
  }

  hostUpdated(): void {
    // Reading the result now would validate before the typed text is painted.
    if (!this._state.settling()) this.syncValidity();
  }

  /** The host form changed (formAssociatedCallback). */
  associate(form: HTMLFormElement | null): void {
    this._form?.removeEventListener('submit', this._onSubmit);
    this._form?.removeEventListener('formdata', this._onFormData);
    this._form = form;
    form?.addEventListener('submit', this._onSubmit);
    form?.addEventListener('formdata', this._onFormData);
    if (form && this._state.loaded()) this.syncValue(true);
  }

  /** Like a native control's, but fires `invalid` without showing anything. */
  checkValidity(): boolean {
    this.syncValidity();
    this._silent = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this._silent = false;
    }
  }

  /** Submits the host form, if any, with the data now. */
  submitForm(): void {
    const form = this.internals.form;
    if (!form) return;
    this.syncValue(true);
    form.requestSubmit();
  }

  /**
   * The JSON the host form submits. Serialising a 300-nominee dossier costs milliseconds, so
   * after a change it is written a moment later, and until then the form holds nothing of the
   * element: Chromium copies the value and state of every control of the page into its history
   * entry (to restore the page on Back) about once a second while the page changes, and a
   * 300-nominee dossier's JSON, 0.7 MB as value and again as state, made that a 50 ms task
   * among the keystrokes. For the same reason a dossier past HELD_VALUE_MAX_CHARS is never held;
   * its draft, not the browser, brings it back. A FormData built while the form holds nothing
   * gets the data now from the `formdata` handler below.
   */
  syncValue(now = false): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    if (!now) {
      if (this._holdsValue) {
        this.internals.setFormValue(null);
        this._holdsValue = false;
      }
      if (this.internals.form) this._timer = setTimeout(() => this.syncValue(true), 250);
      return;
    }
    const json = this._json();
    this._holdsValue = json.length <= HELD_VALUE_MAX_CHARS;
    if (this._holdsValue) this.internals.setFormValue(json, json);
    else this.internals.setFormValue(null);
  }

  syncValidity(): void {
    const t = this._state.t();
    const v = this._state.result();
    if (!this._state.loaded() || !v) {
      this.internals.setValidity({ customError: true }, t.notReady);
      return;
    }
    if (v.result.ok) {
      this.internals.setValidity({});
      return;
    }
    const first = v.result.errors[0]!;
    const root = this._host.renderRoot as ShadowRoot;
    let anchor: HTMLElement | null = null;
    const segs = parsePointer(v.anchor.get(first) ?? '');
    for (let n = segs.length; n >= 0 && !anchor; n--) {
      const id = fieldId(segs.slice(0, n));
      anchor = root.getElementById(id) ?? root.getElementById(`${id}-toggle`);
    }
    anchor ??= root.querySelector<HTMLElement>('button, input');
    const msg = `${interpolate(t.invalidSummary, { n: v.result.errors.length })} ${first.message}`;
    if (anchor) this.internals.setValidity({ customError: true }, msg, anchor);
    else this.internals.setValidity({ customError: true }, msg);
  }

  private _json(): string {
    const v = this._state.result();
    return JSON.stringify(v?.result.ok ? v.result.value : this._state.value());
  }

  private readonly _onInvalid = (e: Event): void => {
    // A host form's submission met this invalid element: show the summary instead of the
    // browser's bubble (the submission is blocked either way).
    if (this._silent) return;
    e.preventDefault();
    if (this._state.loaded()) this._state.refuse();
  };

  private readonly _onSubmit = (): void => {
    if (this._state.result()?.result.ok) this._state.submitted();
  };

  private readonly _onFormData = (e: FormDataEvent): void => {
    const name = this._host.name;
    if (this._holdsValue || !name) return;
    e.formData.set(name, this._json());
  };
}
