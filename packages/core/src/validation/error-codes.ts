// Error codes (contract): stable identifiers a portal may branch on. Messages are
// looked up by code in messages/{vi,en}.ts.

/** Codes from JSON Schema keywords (ajv), plus blank text mapped to `required`. */
export const SCHEMA_CODES = [
  'required', 'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems',
  'uniqueItems', 'additionalProperties', 'discriminator', 'oneOf', 'anyOf', 'multipleOf',
  'minProperties', 'maxProperties', 'propertyNames',
  // Who a nominee is and how an honour was given: one message for "one of these", one for "required of this standing".
  'any-required', 'required-when',
] as const;

/** Codes of checks on the text itself and on the input as a whole. */
export const INPUT_CODES = [
  'legacy-encoding', // TCVN3/VNI mojibake
  'unprintable-character', // a character the official PDF cannot print as typed
  'too-deep',
  'too-large',
  'not-object',
] as const;

/** Codes of plan rules JSON Schema cannot express; each error carries the plan clause. */
export const RULE_CODES = [
  'quota-max', 'quota-min',
  'threshold-not-met', 'threshold-evidence-missing',
  'award-not-allowed-for-type', 'award-not-allowed-in-phase',
  'group-not-allowed-for-type', 'category-required', 'category-unknown', 'criterion-not-in-group',
  'submitter-not-allowed', 'reporter-not-allowed', 'unit-type-mismatch',
  'route-not-allowed', 'route-wrong-addressee', 'report-wrong-recipient',
  'deadline-late', 'target-not-met',
  'votes-exceed-members', 'present-exceed-total', 'vote-share-too-low', 'ballots-inconsistent', 'counting-board-missing',
  'time-order', 'date-order', 'duplicate-id', 'series-year-duplicate', 'year-out-of-range',
  'confirmation-missing', 'indicator-missing',
  // Rounds are time windows (dates against the plan, the round and the figures).
  'date-before-plan', 'date-outside-round', 'period-year-mismatch', 'year-after-date',
  // The law in force by date.
  'vote-share-unverified', 'legal-basis-not-in-force',
  // Reports and documents as they really come: spans of years, a number not given yet.
  'period-span-mismatch', 'span-order', 'number-not-given',
  // Achievement figures (a number as written: range, part of a whole, year span).
  'figure-range-reversed', 'figure-exceeds-total', 'figure-years-reversed', 'figure-year-ambiguous',
  'figure-evidence-mismatch', 'threshold-figure-inexact',
  // Who a nominee is.
  'standing-not-in-group', 'birth-inconsistent',
  // Real documents: a template line the report does not have.
  'template-line-missing', 'section-missing',
] as const;

export type ErrorCode = (typeof SCHEMA_CODES)[number] | (typeof INPUT_CODES)[number] | (typeof RULE_CODES)[number];

export interface ValidationIssue {
  /** JSON Pointer into the submission ("/nominees/2/profile/fullName"); "" for the whole document. */
  path: string;
  code: ErrorCode;
  /** Localised message: the field's place, then what to do (lists, terminals, logs). */
  message: string;
  /** What to do, without naming the field: shown right under the field's label. */
  inline: string;
  /** Where the field is: its section, item and label, joined by " › " ("" for the whole document). */
  where: string;
  /** Source clause for plan rules. */
  clause?: string;
  /** Warnings (late filing, target not met) do not make a submission invalid. */
  severity: 'error' | 'warning';
  /** The field's label in the requested language. */
  field?: string;
  params?: Record<string, unknown>;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** The NFC-normalised submission that was checked (only when `ok`). */
  value?: unknown;
  /** Present when `maxIssues` cut a list: more errors or warnings exist than are listed. */
  truncated?: true;
}
