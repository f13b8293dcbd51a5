import type { ValidationIssue } from '@thidua/core';

export interface ThiduaSubmitDetail {
  /** The valid submission, NFC-normalised: the `value` the validator returns. Post this. */
  value: unknown;
  /** Warnings that do not block (a late filing, a missed target). */
  warnings: ValidationIssue[];
}

/**
 * Fired when a valid submission is sent. Cancelable: the default action deletes the draft
 * and, inside a host `<form>`, submits that form; `preventDefault()` keeps the draft (for
 * example until the server has accepted the submission) and leaves the host form alone.
 */
export class ThiduaSubmitEvent extends CustomEvent<ThiduaSubmitDetail> {
  static readonly type = 'thidua-submit';
  constructor(detail: ThiduaSubmitDetail) {
    super(ThiduaSubmitEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thidua-submit': ThiduaSubmitEvent;
  }
}
