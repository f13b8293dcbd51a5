import { css } from 'lit';

// The error summary, the draft notices, the status line and the load error.
export const noticeStyles = css`
  .error-summary {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_s);
    margin-block-end: calc(var(--_s) * 1.5);
    background: var(--_bg);
  }
  .error-summary-title {
    font-size: 1.25em;
    margin-block-end: 0.4em;
  }
  .error-summary-list {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
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
    gap: 0.5em var(--_s);
    border-inline-start: 6px solid var(--_primary);
    background: #e8f1fa;
    padding: 0.75em var(--_s);
    margin-block-end: var(--_s);
  }
  .notice p {
    flex: 1 1 16em;
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
`;
