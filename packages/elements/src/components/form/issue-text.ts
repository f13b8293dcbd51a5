// How an issue reads where it is shown (docs/guide/messages.md). Under a field: what to do,
// with the plan's clause on a quieter line of its own, since the label is right above. In the
// summary: where the field is, then what to do, so the officer knows where the link leads.

import type { Lang, ValidationIssue } from '@thidua/core';
import { TERMS } from '@thidua/core/messages';
import { html, nothing } from 'lit';
import { message } from './user-text.js';

/** The message under a field: the instruction, then the clause it rests on. */
export function inlineIssue(issue: ValidationIssue, lang: Lang): unknown {
  // Issues built elsewhere (a portal's own) may carry only `message`.
  const text = issue.inline ?? issue.message;
  return html`${message(text)}${issue.clause && issue.inline
    ? html`<small class="issue-clause" part="issue-clause">${TERMS[lang].clause}: ${message(issue.clause)}</small>`
    : nothing}`;
}

/** A summary line: the field's place, then the instruction. */
export function placedIssue(issue: ValidationIssue): unknown {
  if (!issue.inline) return message(issue.message);
  return issue.where
    ? html`<span class="issue-where">${message(issue.where)}</span>: ${message(issue.inline)}`
    : message(issue.inline);
}
