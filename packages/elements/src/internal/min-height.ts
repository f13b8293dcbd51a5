import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * Sets (a number of CSS pixels) or clears (`undefined`) the element's `min-height` through the
 * CSSOM. Bound to an attribute, which it never writes: Lit's `styleMap` writes the `style`
 * attribute on first render, which a page's `style-src 'self'` refuses.
 */
class MinHeight extends Directive {
  render(_px: number | undefined): unknown {
    return noChange;
  }

  override update(part: AttributePart, [px]: [number | undefined]): unknown {
    const style = part.element.style;
    if (px === undefined) style.removeProperty('min-height');
    else style.setProperty('min-height', `${px}px`);
    return noChange;
  }
}

export const minHeight = directive(MinHeight);
