import { css } from 'lit';

// Everything lives in the shadow root: no global styles go out, and page styles reach in only
// through the --thidua-* custom properties and ::part(). `.base` resets inherited properties
// (`all: initial`) so a portal's `body { letter-spacing… }` does not leak in either.
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    display: block;
    font-family: var(--thidua-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--thidua-font-size, 1rem);
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
    --_s: var(--thidua-space, 1rem);
    --_max: var(--thidua-max-width, 44rem);
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

  /* ---- Fields ---- */
  .form {
    display: grid;
    gap: calc(var(--_s) * 1.5);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .field.has-error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .label {
    font-weight: 600;
    padding: 0;
    display: block;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .error-message {
    color: var(--_error);
    font-weight: 600;
  }
  .warning-message {
    color: var(--_warning);
    font-weight: 600;
  }
  .error-message p + p,
  .warning-message p + p {
    margin-block-start: 0.25rem;
  }
  .input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.5rem;
    min-height: 2.5rem;
    width: 100%;
    max-width: var(--_max);
    margin: 0;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .input:disabled {
    background: var(--_surface);
    color: var(--_muted);
  }
  .textarea {
    min-height: 6.5rem;
    resize: vertical;
    field-sizing: content;
    max-height: 40rem;
  }
  .select {
    width: auto;
    max-width: min(100%, var(--_max));
  }
  .w-4 { max-width: 6rem; }
  .w-5 { max-width: 7rem; }
  .w-10 { max-width: 10rem; }
  .w-12 { max-width: 14rem; }
  .w-20 { max-width: 24rem; }
  /* A control with its unit or its calendar button beside it. */
  .beside {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    position: relative;
  }
  .unit {
    color: var(--_muted);
    white-space: nowrap;
  }
  .calendar {
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  /* The browser's date picker opens from the button; its own input stays out of sight, where
     the picker anchors (showPicker needs a rendered input). */
  .calendar-input {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }

  .counter {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .counter.over {
    color: var(--_error);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .options.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .option label {
    cursor: pointer;
    padding-block: 0.1rem;
  }
  .radio,
  .checkbox {
    flex: none;
    width: 1.4rem;
    height: 1.4rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  /* ---- Groups ---- */
  .group {
    border: 1px solid #c9d0d6;
    border-radius: var(--_radius);
    padding: var(--_s);
    margin: 0;
    display: grid;
    gap: var(--_s);
    min-width: 0;
    background: var(--_bg);
  }
  .group.part {
    background: var(--_surface);
    border-color: #b9c1c8;
  }
  /* Forms run to hundreds of nominees: parts and cards off screen are neither laid out nor
     painted until scrolled near (they stay in the accessibility tree, find-in-page and the
     tab order). The clip margin keeps focus rings at their edges whole. */
  .part,
  .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
    overflow-clip-margin: 0.75rem;
  }
  .group.has-error {
    border-inline-start: 4px solid var(--_error);
  }
  .legend {
    padding: 0 0.25rem;
    float: left;
    width: 100%;
    margin-block-end: 0.25rem;
  }
  .legend + * {
    clear: both;
  }
  .outline {
    display: grid;
    gap: var(--_s);
    border: 1px solid #b9c1c8;
    border-radius: var(--_radius);
    padding: var(--_s);
    background: var(--_surface);
  }
  .outline-section {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 0;
  }
  .outline-section .outline-section {
    padding-inline-start: var(--_s);
    border-inline-start: 3px solid #d6dce1;
    margin-block-start: 0.5rem;
  }
  .section-title label {
    cursor: pointer;
  }
  .form-errors {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_s);
    display: grid;
    gap: 0.5rem;
  }

  /* ---- Lists, tables, cards ---- */
  .list-rows,
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .list-row {
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .list-row > .field {
    flex: 0 1 var(--_max);
    min-width: min(100%, 14rem);
  }
  .row-tools {
    display: flex;
    gap: 0.25rem;
    align-items: center;
    flex: none;
  }
  .repeat-item {
    display: grid;
    gap: 0.5rem;
  }
  .repeat-item > .row-tools {
    justify-self: end;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
  }
  .table th,
  .table td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem;
    border-block-end: 1px solid #c9d0d6;
  }
  .table th {
    font-weight: 600;
    font-size: 0.95em;
  }
  .table td > .field > .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .table .input { min-width: 5rem; }
  .num-col {
    width: 2rem;
    color: var(--_muted);
  }
  .table.compact th,
  .table.compact td {
    padding: 0.2rem 0.5rem 0.2rem 0;
  }
  .card {
    border: 1px solid #b9c1c8;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card.has-error {
    border-inline-start: 4px solid var(--_error);
  }
  .card-head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.5rem 0.25rem 0;
  }
  .card-heading {
    flex: 1;
    min-width: 0;
    margin: 0;
  }
  .card-toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    font-weight: 600;
    border-radius: var(--_radius);
  }
  .card-toggle:hover .card-name {
    text-decoration: underline;
  }
  .chevron {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    margin-inline-end: 0.25rem;
    transition: transform 0.15s;
  }
  .card.open .chevron {
    transform: rotate(45deg);
  }
  .card-type {
    font-weight: 400;
    color: var(--_muted);
  }
  .card-type::after {
    content: ' —';
  }
  .badge {
    font-size: 0.85em;
    font-weight: 600;
    border-radius: 999px;
    padding: 0 0.6rem;
  }
  .error-badge {
    color: #fff;
    background: var(--_error);
  }
  .warning-badge {
    color: #fff;
    background: var(--_warning);
  }
  .card-body {
    padding: 0 var(--_s) var(--_s);
    display: grid;
    gap: var(--_s);
  }
  .variant {
    display: grid;
    gap: var(--_s);
  }
  .card-tools {
    display: flex;
    gap: var(--_s);
  }

  /* ---- Buttons ---- */
  button {
    font: inherit;
  }
  .primary,
  .secondary,
  .add-button,
  .remove-button,
  .icon-button {
    border-radius: var(--_radius);
    cursor: pointer;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border: 2px solid var(--_primary);
    font-weight: 600;
    line-height: 1.2;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .primary:hover {
    filter: brightness(0.9);
  }
  .secondary,
  .add-button {
    background: var(--_bg);
    color: var(--_primary);
  }
  .add-button {
    justify-self: start;
  }
  .remove-button {
    background: var(--_bg);
    color: var(--_error);
    border-color: var(--_error);
    padding-inline: 0.75rem;
  }
  .icon-button {
    background: var(--_bg);
    color: var(--_primary);
    padding: 0.4rem 0.6rem;
    min-width: 2.5rem;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .link-button {
    all: unset;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    border-radius: 2px;
  }
  .link-button:focus-visible,
  .error-summary a:focus-visible {
    outline: 3px solid var(--_focus);
    background: var(--_focus);
    color: #0b0c0c;
    box-shadow: 0 3px 0 #0b0c0c;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: calc(var(--_s) * 1.5);
  }

  /* ---- Error summary, notices, status ---- */
  .error-summary {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_s);
    margin-block-end: calc(var(--_s) * 1.5);
    background: var(--_bg);
  }
  .error-summary-title {
    font-size: 1.25em;
    margin-block-end: 0.5rem;
  }
  .error-summary-list {
    display: grid;
    gap: 0.35rem;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
    text-decoration: underline;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_s);
    border-inline-start: 6px solid var(--_primary);
    background: #e8f1fa;
    padding: 0.75rem var(--_s);
    margin-block-end: var(--_s);
  }
  .notice p {
    flex: 1 1 16rem;
    font-weight: 600;
  }
  .notice.warn {
    border-inline-start-color: var(--_warning);
    background: #fdf3e6;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block-start: var(--_s);
  }
  .loading,
  .load-error {
    padding: var(--_s);
  }
  .load-error {
    color: var(--_error);
    font-weight: 600;
    border: 2px solid var(--_error);
  }

  /* ---- Review ---- */
  .review {
    display: grid;
    gap: var(--_s);
  }
  .review-title {
    font-size: 1.35em;
  }
  .review-warnings {
    border-inline-start: 6px solid var(--_warning);
    padding: 0.5rem var(--_s);
    background: #fff7e6;
  }
  .review-group {
    display: grid;
    gap: 0.5rem;
  }
  .review-group.nested {
    padding-inline-start: var(--_s);
    border-inline-start: 3px solid #d6dce1;
  }
  .answers {
    display: grid;
    margin: 0;
  }
  .answer {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) 3fr auto;
    gap: 0.25rem var(--_s);
    padding-block: 0.5rem;
    border-block-end: 1px solid #c9d0d6;
  }
  .answer dt {
    font-weight: 600;
  }
  .answer dd {
    margin: 0;
    min-width: 0;
  }
  .answer-value ul,
  .answer-value ol {
    padding-inline-start: 1.25rem;
  }
  .pre {
    white-space: pre-wrap;
  }
  .no-answer {
    color: var(--_muted);
  }

  /* ---- Narrow screens (the element's own width) ---- */
  @container (max-width: 36rem) {
    .title {
      font-size: 1.2em;
    }
    .answer {
      grid-template-columns: 1fr auto;
    }
    .answer dt {
      grid-column: 1 / -1;
    }
    .group, .outline {
      padding: 0.75rem;
    }
    .outline-section .outline-section {
      padding-inline-start: 0.5rem;
    }
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .table,
    .table tbody,
    .table tr,
    .table td {
      display: block;
      width: 100%;
    }
    .table tr {
      border: 1px solid #c9d0d6;
      border-radius: var(--_radius);
      padding: 0.5rem;
      margin-block-end: 0.5rem;
    }
    .table td {
      border: 0;
      padding: 0.25rem 0;
    }
    .table td.num-col {
      font-weight: 600;
      color: inherit;
    }
    .table td > .field > .label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .card-head {
      flex-wrap: wrap;
      padding-inline-start: 0;
    }
    .card-heading {
      flex-basis: 100%;
    }
    .card-head .row-tools {
      margin-inline-start: auto;
    }
    .footer > button {
      flex: 1 1 100%;
    }
  }
`;
