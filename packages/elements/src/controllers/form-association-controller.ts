// <thidua-form> as a control of its host <form> (ElementInternals): the JSON it submits under
// its `name`, its validity (with the first error's field as the anchor of the browser's
// message), blocked submissions shown as the error summary rather than the browser's bubble,
// and the draft deleted once the host form submits valid data.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IndexedResult } from '../internal/validator.js';
import { fieldId, parsePointer } from '../internal/value-path.js';
import { fmt, type Translation } from '../translations/index.js';

export interface FormAssociationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Name under which the JSON goes into the host form's FormData. */
  readonly name: string;
}

export interface FormAssociationState {
  t(): Translation;
  /** The validation of the data now; none before the plan has loaded. */
  result(): IndexedResult | undefined;
  /** The data the form holds now. */
  value(): unknown;
  /** The plan's chunk has loaded. */
  loaded(): boolean;
  /** A host form's submission met invalid data: show why. */
  refuse(): void;
  /** The host form is submitting valid data. */
  submitted(): void;
}

export class FormAssociationController implements ReactiveController {
  readonly internals: ElementInternals;
  /** A disabled fieldset or form around the element disables it. */
  formDisabled = false;
  readonly #host: FormAssociationHost;
  readonly #state: FormAssociationState;
  #form: HTMLFormElement | null = null;
  #silent = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: FormAssociationHost, state: FormAssociationState) {
    this.#host = host;
    this.#state = state;
    this.internals = host.attachInternals();
    host.addEventListener('invalid', this.#onInvalid);
    host.addController(this);
  }

  hostUpdated(): void {
    this.syncValidity();
  }

  /** The host form changed (formAssociatedCallback). */
  associate(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form?.removeEventListener('formdata', this.#onFormData);
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit);
    form?.addEventListener('formdata', this.#onFormData);
    if (form && this.#state.loaded()) this.syncValue(true);
  }

  /** Like a native control's, but fires `invalid` without showing anything. */
  checkValidity(): boolean {
    this.syncValidity();
    this.#silent = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#silent = false;
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
   * after a keystroke it happens a moment later; a FormData built in between is corrected by
   * the `formdata` handler below, so the host never sees a stale value.
   */
  syncValue(now = false): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!now && this.internals.form) {
      this.#timer = setTimeout(() => this.syncValue(true), 250);
      return;
    }
    if (!now) return; // not in a form: nothing reads it
    const json = this.#json();
    this.internals.setFormValue(json, json);
  }

  syncValidity(): void {
    const t = this.#state.t();
    const v = this.#state.result();
    if (!this.#state.loaded() || !v) {
      this.internals.setValidity({ customError: true }, t.notReady);
      return;
    }
    if (v.result.ok) {
      this.internals.setValidity({});
      return;
    }
    const first = v.result.errors[0]!;
    const root = this.#host.renderRoot as ShadowRoot;
    let anchor: HTMLElement | null = null;
    const segs = parsePointer(v.anchor.get(first) ?? '');
    for (let n = segs.length; n >= 0 && !anchor; n--) {
      const id = fieldId(segs.slice(0, n));
      anchor = root.getElementById(id) ?? root.getElementById(`${id}-toggle`);
    }
    anchor ??= root.querySelector<HTMLElement>('button, input');
    const msg = `${fmt(t.invalidSummary, { n: v.result.errors.length })} ${first.message}`;
    if (anchor) this.internals.setValidity({ customError: true }, msg, anchor);
    else this.internals.setValidity({ customError: true }, msg);
  }

  #json(): string {
    const v = this.#state.result();
    return JSON.stringify(v?.result.ok ? v.result.value : this.#state.value());
  }

  readonly #onInvalid = (e: Event): void => {
    // A host form's submission met this invalid element: show the summary instead of the
    // browser's bubble (the submission is blocked either way).
    if (this.#silent) return;
    e.preventDefault();
    if (this.#state.loaded()) this.#state.refuse();
  };

  readonly #onSubmit = (): void => {
    if (this.#state.result()?.result.ok) this.#state.submitted();
  };

  readonly #onFormData = (e: FormDataEvent): void => {
    const name = this.#host.name;
    if (this.#timer === undefined || !name) return;
    this.syncValue(true);
    e.formData.set(name, this.#json());
  };
}
