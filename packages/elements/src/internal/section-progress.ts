// How far a part of the form has got, for the contents of a long report: nothing written yet,
// begun, done (written and nothing left to correct), or with errors the officer has already
// been shown. Errors not yet earned (fields not yet left, no submit yet) do not turn a part red:
// they only keep it from being done.

import type { VisibleIssues } from '../controllers/issue-controller.js';
import type { IndexedResult } from './validator.js';
import { getIn, isWithin, parsePointer } from './value-path.js';

export type SectionState = 'empty' | 'started' | 'errors' | 'done';

/** True when the officer wrote something in `v`: text, a number, a tick, a list entry. */
export function hasContent(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number' || v === true) return true;
  if (Array.isArray(v)) return v.some(hasContent);
  if (v && typeof v === 'object') return Object.values(v).some(hasContent);
  return false;
}

/**
 * The state of the part made of the subtrees at `pointers` (a section, or the loose questions
 * gathered under one heading). `visible` says which issues at an anchor are shown now.
 */
export function sectionState(value: unknown, pointers: readonly string[], result: IndexedResult | undefined, visible: (anchor: string) => VisibleIssues): SectionState {
  let pending = false;
  for (const [anchor, issues] of result?.at ?? []) {
    if (!pointers.some((p) => isWithin(anchor, p))) continue;
    if (visible(anchor).errors.length) return 'errors';
    if (issues.some((i) => i.severity === 'error')) pending = true;
  }
  if (!pointers.some((p) => hasContent(getIn(value, parsePointer(p))))) return 'empty';
  return pending ? 'started' : 'done';
}
