import { css } from 'lit';

// Fieldsets, a report's outline, and the repeatable parts: list rows, tables (stacked on
// narrow screens), nominee cards.
export const groupStyles = css`
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
    contain-intrinsic-size: auto 8em;
    overflow-clip-margin: 0.75em;
  }
  .group.has-error {
    border-inline-start: 4px solid var(--_error);
  }
  .legend {
    padding: 0 0.25em;
    float: left;
    width: 100%;
    margin-block-end: 0.25em;
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
    gap: 0.5em;
    padding-inline-start: 0;
  }
  .outline-section .outline-section {
    padding-inline-start: var(--_s);
    border-inline-start: 3px solid #d6dce1;
    margin-block-start: 0.5em;
  }
  .section-title label {
    cursor: pointer;
  }
  .form-errors {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_s);
    display: grid;
    gap: 0.5em;
  }

  /* ---- Lists, tables, cards ---- */
  .list-rows,
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  /* Block flow, not a grid: typing in one card of hundreds then lays out that card alone, where
     a grid lays out every item again. */
  .cards {
    display: block;
  }
  .cards > .card + .card {
    margin-top: 0.75em;
  }
  .list-row {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .list-row > .field {
    flex: 0 1 var(--_max);
    min-width: min(100%, 14em);
  }
  .row-tools {
    display: flex;
    gap: 0.25em;
    align-items: center;
    flex: none;
  }
  .repeat-item {
    display: grid;
    gap: 0.5em;
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
    padding: 0.4em;
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
  .table .input { min-width: 5em; }
  /* A date squeezed by its column still shows dd/mm/yyyy whole. */
  .table .input.w-10 { min-width: 8em; }
  .num-col {
    width: 2em;
    color: var(--_muted);
  }
  .table.compact th,
  .table.compact td {
    padding: 0.2em 0.5em 0.2em 0;
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
    gap: 0.5em;
    padding: 0.25em 0.5em 0.25em 0;
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
    gap: 0.25em 0.5em;
    width: 100%;
    padding: 0.5em 0.75em;
    cursor: pointer;
    font-weight: 600;
    border-radius: var(--_radius);
  }
  .card-toggle:hover .card-name {
    text-decoration: underline;
  }
  .chevron {
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    margin-inline-end: 0.25em;
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
    padding: 0 0.7em;
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
  /* An open card waiting to draw its fields ("Mở tất cả"): about the height it will take. */
  .card-waiting {
    height: 60em;
  }
  /* A card that waits again: the card itself keeps the height it had drawn. */
  .card-waiting.drawn-before {
    height: 0;
  }
  .variant {
    display: grid;
    gap: var(--_s);
  }
  .card-tools {
    display: flex;
    gap: var(--_s);
  }
`;
