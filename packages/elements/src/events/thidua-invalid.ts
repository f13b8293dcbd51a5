import type { ValidationIssue } from '@thidua/core';

export interface ThiduaInvalidDetail {
  /** The errors, as the server's validator returns them (path, code, message, …). */
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** Fired when a submission (the element's button, `requestSubmit()`, `reportValidity()`, a host form) is refused. */
export class ThiduaInvalidEvent extends CustomEvent<ThiduaInvalidDetail> {
  static readonly type = 'thidua-invalid';
  constructor(detail: ThiduaInvalidDetail) {
    super(ThiduaInvalidEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thidua-invalid': ThiduaInvalidEvent;
  }
}
