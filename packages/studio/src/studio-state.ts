// What the studio page shows, as the page fetches it (`/studio/state.json`): plain JSON, so the
// page needs nothing of the SDK but the element.
import type { DocumentKind, ValidationIssue } from '@thidua/core';
import type { PlanIssue } from '@thidua/plans';

/** A problem that stops the plan from being read or used: a file that does not parse, a wrong shape. */
export interface StudioProblem {
  /** The file of the folder, and its line when known. */
  file: string;
  line?: number;
  column?: number;
  /** What is wrong and what to do, in Vietnamese. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

/** One example or invalid fixture, validated as the server would. */
export interface FixtureResult {
  /** The file, relative to the folder (`examples/01-….json`). */
  file: string;
  /** Its document kind. */
  kind: DocumentKind;
  /** `valid`: an example, which must pass; `invalid`: a fixture, which must raise the issues it names. */
  expected: 'valid' | 'invalid';
  /** It does what it says: the example is valid, the fixture raises every issue it names. */
  ok: boolean;
  /** What validation raised: an example's errors (why it is not valid), a fixture's errors and warnings. */
  issues: Pick<ValidationIssue, 'code' | 'path' | 'message' | 'severity'>[];
  /** For a fixture: each code it names, at its path, and whether validation raised it. */
  expects: { code: string; path: string; found: boolean }[];
}

/** A PDF of the plan's first example of a kind, or why there is none. */
export type PdfResult =
  | { kind: DocumentKind; example: string; url: string; pages: number; bytes: number; draft: boolean }
  | { kind: DocumentKind; missing: true }
  | { kind: DocumentKind; error: string; errorEn: string };

/** What the studio page shows, at one reading of the folder. */
export interface StudioState {
  /** Goes up by one on every reading of the folder. */
  revision: number;
  /** The folder watched. */
  folder: string;
  /** The plan as last read well: its id, title, and the document kinds it has examples of. */
  plan?: { id: string; title: string; titleEn?: string; province: string };
  /** Changes when the form's chunks change: the page reloads the form then, not otherwise. */
  formVersion?: string;
  /** Why the folder could not be read or used this time (the form and PDFs are of the last good reading). */
  problem?: StudioProblem;
  /** The checker's issues, errors first. */
  issues: PlanIssue[];
  /** Each example and invalid fixture, examples first, in file-name order. */
  fixtures: FixtureResult[];
  /** The report's PDF and the dossier's. */
  pdfs: PdfResult[];
  /** Still being worked out after a save: the checker, fixtures and PDFs follow the form. */
  pending: boolean;
}
