export interface ThiduaErrorDetail {
  /** What failed: loading the plan chunk, or building the PDF. */
  operation: 'load' | 'pdf';
  error: unknown;
}

/** Fired when the plan chunk cannot be loaded (bad `plan`, network, CSP) or a PDF cannot be built. */
export class ThiduaErrorEvent extends CustomEvent<ThiduaErrorDetail> {
  static readonly type = 'thidua-error';
  constructor(detail: ThiduaErrorDetail) {
    super(ThiduaErrorEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thidua-error': ThiduaErrorEvent;
  }
}
