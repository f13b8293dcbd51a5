import { css } from 'lit';

// Narrow screens, by the element's own width (a container query): one column, tables
// stacked as cards. Last, so it overrides the sheets before it.
export const narrowStyles = css`
  @container (max-width: 36em) {
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
      padding: 0.75em;
    }
    .outline-section .outline-section {
      padding-inline-start: 0.5em;
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
      padding: 0.5em;
      margin-block-end: 0.5em;
    }
    .table td {
      border: 0;
      padding: 0.25em 0;
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
