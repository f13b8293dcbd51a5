/** What changed the value: the user typing, a restored draft, or a form reset. */
export type ChangeSource = 'user' | 'draft' | 'reset';

export interface ThiduaChangeDetail {
  /** The whole current value (a frozen snapshot: copy it before editing). */
  value: unknown;
  source: ChangeSource;
}

/**
 * Fired after every change the user makes (each keystroke, choice, added or removed entry),
 * after a draft is restored and after a form reset. Bubbles and crosses shadow roots.
 */
export class ThiduaChangeEvent extends CustomEvent<ThiduaChangeDetail> {
  static readonly type = 'thidua-change';
  constructor(detail: ThiduaChangeDetail) {
    super(ThiduaChangeEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thidua-change': ThiduaChangeEvent;
  }
}
