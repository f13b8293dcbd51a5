import { css } from 'lit';

// The undo bar: kept in view at the bottom of the form while it offers something, so that
// it is seen wherever the removal happened.
export const undoStyles = css`
  .undo-bar {
    position: sticky;
    inset-block-end: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em var(--_s);
    margin-block-start: var(--_s);
    padding: 0.75em var(--_s);
    border-inline-start: 6px solid var(--_primary);
    background: #e8f1fa;
    box-shadow: 0 -2px 6px rgb(0 0 0 / 15%);
  }
  /* Empty, it stays in the accessibility tree (a live region must exist before it speaks), unseen. */
  .undo-bar:not(.shown) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    box-shadow: none;
  }
  .undo-message {
    flex: 1 1 16em;
    font-weight: 600;
  }
`;
