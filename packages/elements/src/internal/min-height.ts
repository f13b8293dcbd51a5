import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets (a number of CSS pixels) or clears (`undefined`) the element's `min-height` through the
 * CSSOM, bound to any attribute, which it never writes: Lit's `styleMap` writes the `style`
 * attribute on first render, which a page's `style-src 'self'` refuses.
 */
class MinHeight extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE) throw new Error('minHeight() belongs on an attribute');
  }

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
