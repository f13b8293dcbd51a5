// Taking the user to a field (from the error summary, or "Sửa" in the review): its label is
// scrolled to the middle of the view, so the question is read with the control, and the
// control gets focus without a second scroll. A group goes to its first enabled control, a
// radio group to its chosen option.

import { fieldId, type Path } from '../../internal/value-path.js';

/** Focuses what is drawn for the value at `anchor` (the document's own issues when it is the root). */
export function focusField(root: ShadowRoot, anchor: Path): void {
  const id = fieldId(anchor);
  let target = root.getElementById(id) ?? root.getElementById(`${id}-group`);
  if (!anchor.length) target = root.querySelector<HTMLElement>('.form-errors');
  if (!target) return;
  let label: Element | null = null;
  let focusable: HTMLElement | null = null;
  if (target.matches('input, select, textarea')) {
    focusable = target;
    const group = target.closest('fieldset.choice');
    // A radio group is entered at its chosen option, as Tab would.
    if (target.matches('input[type=radio]')) focusable = group?.querySelector<HTMLElement>('input[type=radio]:checked') ?? target;
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
  settleInView(label, 'center');
}

/**
 * Parts and cards off screen are not laid out (content-visibility) and count at an estimated
 * height, so the first scroll lands where the estimates put the label; once the parts around
 * it are laid out, it may be out of view. Scrolled again, for a few frames, until it stays.
 */
export function settleInView(el: Element, block: ScrollLogicalPosition = 'center', frames = 8): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  let still = 0;
  const check = () => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > view.innerHeight) {
      still = 0;
      el.scrollIntoView({ block });
    } else if (++still >= 2) return;
    if (--frames > 0) view.requestAnimationFrame(check);
  };
  view.requestAnimationFrame(check);
}
