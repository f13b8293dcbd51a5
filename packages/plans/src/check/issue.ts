// What the plan checker reports: one issue per problem, in Vietnamese first, with a JSON Pointer
// into the loaded plan and, when the plan came from files, the file and line.

/** Every kind of problem the checker reports (docs/guide/plan-definition.md, "Checking a plan"). */
export const PLAN_ISSUE_CODES = [
  'duplicate-id', 'id-format', 'version-format', 'unknown-reference', 'ambiguous-id', 'target-missing',
  'quota-applies-to-nobody', 'quota-without-bound', 'indicator-not-by-year', 'date-format', 'window-backwards',
  'baseline-after-movement', 'route-missing', 'award-without-nominee-type', 'not-nfc',
  'letter-order', 'letter-not-vietnamese', 'unknown-but-present',
  'source-missing', 'citation-unresolved', 'quote-not-in-source', 'quote-outside-citation',
  'schema-build-failed', 'example-missing', 'example-invalid', 'example-warning',
  'fixture-valid', 'fixture-code-missing', 'fixture-clause-missing',
] as const;

/** A code of `PLAN_ISSUE_CODES`. */
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];

/** One problem of a plan, and where it is. */
export interface PlanIssue {
  /** What kind of problem (PLAN_ISSUE_CODES). */
  code: PlanIssueCode;
  /** An error makes the plan unfit to publish; a warning asks for a look. */
  severity: 'error' | 'warning';
  /** Vietnamese: what is wrong and what to do. */
  message: string;
  /** The same in English, for tools and logs. */
  messageEn: string;
  /**
   * JSON Pointer into the loaded plan `{ definition, examples, invalid }`: "/definition/quotas/0/awardForms/1",
   * "/examples/2/data/nominees/0", "/invalid/5/expect/0"; "" for the plan as a whole.
   */
  pointer: string;
  /** File the pointer is in, when `locate` knows it. */
  file?: string;
  /** 1-based line of that file. */
  line?: number;
}

/** Maps a pointer of the loaded plan to the file and line it was read from (plan folders of data files). */
export type LocatePointer = (pointer: string) => { file: string; line?: number } | undefined;

/** A JSON Pointer token: "~" and "/" escaped. */
export const token = (k: string | number) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
