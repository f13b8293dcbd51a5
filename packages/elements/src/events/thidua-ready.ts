import type { DocumentKind } from '@thidua/core';

export interface ThiduaReadyDetail {
  plan: string;
  kind: DocumentKind;
  /** True when a saved draft was restored into the form. */
  draftRestored: boolean;
}

/** Fired once the plan's chunk has loaded and the form is drawn (also see the `ready` promise). */
export class ThiduaReadyEvent extends CustomEvent<ThiduaReadyDetail> {
  static readonly type = 'thidua-ready';
  constructor(detail: ThiduaReadyDetail) {
    super(ThiduaReadyEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thidua-ready': ThiduaReadyEvent;
  }
}
