import { css } from 'lit';

// The element's box, its design tokens (--_* from the public --thidua-* properties), resets,
// headings, and one visible focus style everywhere. `.base` resets inherited properties
// (`all: initial`) so a portal's `body { letter-spacing… }` does not leak in.
// Sizes: every length in these sheets is in `em` (or px), measured from `.base`'s own font
// size, never in `rem`: portals that set `html { font-size: 10px }` (Bootstrap 3 and many
// more) would otherwise shrink the form and clip its dates. Only --thidua-font-size scales it.
export const baseStyles = css`
  :host {
    display: block;
    /* The container of queries about .base itself (the contents beside the form), which
       .base cannot ask of its own size. */
    container: thidua-host / inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    display: block;
    font-family: var(--thidua-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--thidua-font-size, 16px);
    /* The container of the narrow-screen queries, so their em is this font size too. */
    container-type: inline-size;
    line-height: var(--thidua-line-height, 1.5);
    color: var(--thidua-color-text, #1b1f24);
    --_bg: var(--thidua-color-background, #fff);
    --_surface: var(--thidua-color-surface, #f5f7f9);
    --_border: var(--thidua-color-border, #5c6670);
    --_muted: var(--thidua-color-muted, #505a64);
    --_primary: var(--thidua-color-primary, #0a5ca8);
    --_on-primary: var(--thidua-color-primary-text, #fff);
    --_error: var(--thidua-color-error, #b42318);
    --_warning: var(--thidua-color-warning, #8a4b00);
    --_focus: var(--thidua-color-focus, #ffbf47);
    --_radius: var(--thidua-radius, 4px);
    /* Lengths in custom properties resolve where they are used: a token in em would grow on a
       1.35em heading. The font-size token keeps them one length everywhere. */
    --_s: var(--thidua-space, var(--thidua-font-size, 16px));
    --_max: var(--thidua-max-width, calc(44 * var(--thidua-font-size, 16px)));
    text-align: start;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .vh {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  h2, h3, h4, h5, h6, p, ul, ol, dl, dd, fieldset, legend, figure {
    margin: 0;
    padding: 0;
  }
  .form, .field, .group, .outline, .outline-section, .card-body, .variant, .review, .review-group, .repeat-item {
    grid-template-columns: minmax(0, 1fr);
  }
  .title {
    font-size: 1.35em;
    line-height: 1.25;
    margin-block-end: var(--_s);
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0;
  }
  h4.heading, h4.card-heading { font-size: 1.1em; }
  h5.heading, h6.heading, h5.card-heading, h6.card-heading { font-size: 1em; }

  /* ---- Focus: visible, high contrast, the same everywhere ---- */
  :focus {
    outline: none;
  }
  :focus-visible,
  .input:focus,
  .card-toggle:focus-visible,
  .error-summary:focus,
  .form-errors:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  .radio:focus-visible,
  .checkbox:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #0b0c0c;
  }
  .review-title:focus,
  .status:focus {
    outline: none;
    box-shadow: none;
  }
`;
