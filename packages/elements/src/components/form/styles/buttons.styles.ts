import { css } from 'lit';

// Buttons of every kind, and the row of main actions.
export const buttonStyles = css`
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
    min-height: 2.5em;
    padding: 0.4em 1em;
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
    padding-inline: 0.75em;
    /* A squeezed table column must not break "Xóa" between its letters. */
    white-space: nowrap;
  }
  .icon-button {
    background: var(--_bg);
    color: var(--_primary);
    padding: 0.4em 0.6em;
    min-width: 2.5em;
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
    gap: 0.75em;
    margin-block-start: calc(var(--_s) * 1.5);
  }
`;
