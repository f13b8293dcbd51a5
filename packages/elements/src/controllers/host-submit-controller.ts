// Whether the element shows its own "Gửi" button. A portal that puts the element inside its
// own <form> usually has a submit button of its own: two buttons that submit the same dossier
// confuse the officer, so the element's one gives way (its "Kiểm tra lại" stays). The
// `submit-button` attribute says otherwise: `hide` drops it in any page, `show` keeps it.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `auto`: left out inside a host form that has a submit button of its own. */
export type SubmitButtonMode = 'auto' | 'show' | 'hide';

export interface HostSubmitHost extends ReactiveControllerHost {
  readonly submitButton: SubmitButtonMode;
}

/** A button of the form, inside it or tied to it with `form="…"`, that submits it. */
export function hasOwnSubmitButton(form: HTMLFormElement | null): boolean {
  if (!form) return false;
  for (const c of form.elements) {
    if ((c instanceof HTMLButtonElement || c instanceof HTMLInputElement) && (c.type === 'submit' || c.type === 'image')) return true;
  }
  return false;
}

export class HostSubmitController implements ReactiveController {
  private readonly _host: HostSubmitHost;
  private readonly _form: () => HTMLFormElement | null;
  private _observed: HTMLFormElement | null = null;
  private _hostHasOne = false;
  // The portal may add or change its buttons after the element has rendered (a framework
  // drawing the page, a button shown once a step is done).
  private readonly _observer = new MutationObserver(() => this._check());

  constructor(host: HostSubmitHost, form: () => HTMLFormElement | null) {
    this._host = host;
    this._form = form;
    host.addController(this);
  }

  /** The element's own submit button is shown. */
  get shown(): boolean {
    const mode = this._host.submitButton;
    // An unknown value reads as the default, as unknown values of native attributes do.
    return mode === 'show' || (mode !== 'hide' && !this._hostHasOne);
  }

  hostUpdate(): void {
    const form = this._form();
    if (form !== this._observed) {
      this._observer.disconnect();
      this._observed = form;
      if (form) this._observer.observe(form, { subtree: true, childList: true, attributes: true, attributeFilter: ['type', 'form'] });
    }
    this._hostHasOne = hasOwnSubmitButton(form);
  }

  hostDisconnected(): void {
    this._observer.disconnect();
    this._observed = null;
  }

  private _check(): void {
    if (hasOwnSubmitButton(this._observed) !== this._hostHasOne) this._host.requestUpdate();
  }
}
