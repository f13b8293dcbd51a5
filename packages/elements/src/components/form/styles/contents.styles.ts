import { css } from 'lit';

// The contents of a long report, and how an issue reads: the place in a summary line lighter
// than what to do, a rule's clause on a quieter line of its own. Sizes are in em of the
// element's own font size, so a portal's root font size does not reach them.
export const contentsStyles = css`
  .error-summary .issue-where {
    font-weight: 400;
  }
  .issue-clause {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .contents {
    margin-block-end: var(--_s);
  }
  .contents-title {
    display: none;
    font-size: 1em;
    margin-block-end: 0.5em;
  }
  .contents-progress {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .contents-toggle::after {
    content: ' ▾';
  }
  .contents.open > .contents-toggle::after {
    content: ' ▴';
  }
  .contents:not(.open) > .contents-list {
    display: none;
  }
  .contents-list {
    list-style: none;
    padding: 0;
    margin: 0.5em 0 0;
    display: grid;
    gap: 0.25em;
  }
  .contents-list .contents-list {
    margin: 0.25em 0 0;
    padding-inline-start: 1em;
  }
  .contents-item > a {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.5em;
    color: var(--_primary);
    text-decoration: none;
    padding-block: 0.15em;
  }
  .contents-label {
    text-decoration: underline;
  }
  .contents-state {
    font-size: 0.875em;
    color: var(--_muted);
    text-decoration: none;
    display: inline-block;
  }
  .contents-state::before {
    content: '○ ';
  }
  .state-started > a > .contents-state::before {
    content: '◐ ';
  }
  .state-done > a > .contents-state::before {
    content: '● ';
  }
  .state-errors > a > .contents-state {
    color: var(--_error);
    font-weight: 600;
  }
  .state-errors > a > .contents-state::before {
    content: '! ';
  }
  /* Wide: the contents stand beside the form and stay in view while it scrolls. */
  @container thidua-host (min-width: 900px) {
    .base.with-contents {
      display: grid;
      grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
      column-gap: 2em;
    }
    .base.with-contents > * {
      grid-column: 2;
    }
    .base.with-contents > .title {
      grid-column: 1 / -1;
    }
    .base.with-contents > .contents {
      grid-column: 1;
      grid-row: 2 / span 40;
      align-self: start;
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
      padding-block: 0.5em;
    }
    .contents-toggle {
      display: none;
    }
    .contents-title {
      display: block;
    }
    .contents:not(.open) > .contents-list {
      display: grid;
    }
  }
`;
