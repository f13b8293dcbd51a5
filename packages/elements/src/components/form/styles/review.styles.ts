import { css } from 'lit';

// The review step ("Kiểm tra lại"): answers as a definition list.
export const reviewStyles = css`
  .review {
    display: grid;
    gap: var(--_s);
  }
  .review-title {
    font-size: 1.35em;
  }
  .review-warnings {
    border-inline-start: 6px solid var(--_warning);
    padding: 0.5em var(--_s);
    background: #fff7e6;
  }
  .review-group {
    display: grid;
    gap: 0.5em;
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
    grid-template-columns: minmax(10em, 2fr) 3fr auto;
    gap: 0.25em var(--_s);
    padding-block: 0.5em;
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
    padding-inline-start: 1.25em;
  }
  .pre {
    white-space: pre-wrap;
  }
  .no-answer {
    color: var(--_muted);
  }
`;
