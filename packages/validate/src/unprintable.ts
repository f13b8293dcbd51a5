import type { Lang, UnprintableReason } from '@thidua/core';
import { TERMS } from '@thidua/core/messages';
import type { IssueInput } from './issue.js';
import type { UnprintableHit } from './normalize.js';
import { userText } from './user-text.js';

// Only characters that are visible and harmless inside isolates are quoted; an invisible
// one (a control, U+202E, a zero-width space, a lone mark) is named by its code alone.
const QUOTED: ReadonlySet<UnprintableReason> = new Set(['no-glyph', 'right-to-left', 'replacement']);

/** U+4E2D, U+1F600 */
export const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The issue for a string holding a character the official PDF cannot print. */
export function unprintableIssue(hit: UnprintableHit, lang: Lang): IssueInput {
  const code = codePointName(hit.codePoint);
  return {
    path: hit.path,
    code: 'unprintable-character',
    params: {
      character: QUOTED.has(hit.reason) ? `${code} “${userText(hit.char)}”` : code,
      position: hit.index,
      kind: TERMS[lang].unprintable[hit.reason],
      codePoint: code,
      reason: hit.reason,
    },
  };
}
