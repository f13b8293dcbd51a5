// Annotation keywords our schemas carry for forms, PDFs and English labels. ajv's strict
// mode rejects unknown keywords, so validators register exactly this list as a vocabulary.

export const VOCABULARY = [
  'x-title-en',          // English field label (the Vietnamese one is `title`)
  'x-description-en',
  'x-ui-widget',         // textarea | select | radio | checkboxes | date | time | number | percent | money | year | repeat | table | generated
  'x-ui-order',          // property order for forms
  'x-ui-hint',           // help text under a field (vi)
  'x-ui-hint-en',
  'x-print-label',       // label on paper when it differs from the form label
  'x-clause',            // plan clause a field or enum value comes from
  'x-outline-number',    // "I.", "1.", "a)" of a report section
  'x-outline-optional',  // "(nếu có)" section
  'x-outline-derived',   // outline derived from the plan, not given by it
  'x-unit',              // unit of a number ("%", "hộ")
  'x-unit-en',
  'x-indicator',         // indicator id a number reports
  'x-enum-labels',       // labels of enum values, same order (vi)
  'x-enum-labels-en',
  'x-nominee-type',      // variant of a nominee branch
  'x-confirmation',      // confirmation block note "(Ký, đóng dấu)"
  'x-ui-applies',        // a field asked only when sibling fields hold one of the values: { group: ["cap-xa"] }
  'x-ui-enum-applies',   // per enum value (of the field or of its items), same order: when it can be chosen, as x-ui-applies; null: always
] as const;

export type VocabularyKeyword = (typeof VOCABULARY)[number];
