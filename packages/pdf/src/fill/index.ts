export { fillForm, CHECKED_WORDS, UNCHECKED_WORDS, type FillFormOptions, type FillFormResult } from './fill-form.js';
export type { RemovedContent } from './active-content.js';
export { MAX_TEMPLATE_BYTES } from './limits.js';
export {
  FillFormError,
  NotAPdfError,
  UnreadablePdfError,
  EncryptedPdfError,
  NoFormFieldsError,
  FieldValueTypeError,
  InvalidOptionError,
  InvalidCheckBoxValueError,
  ValueTooLongError,
  UnsupportedCharacterError,
  UnfillableFieldError,
  TemplateTooLargeError,
  InflateLimitError,
  TemplateTooComplexError,
  CircularStructureError,
  DamagedObjectError,
  TextDoesNotFitError,
  type TextOverflow,
  type FormFieldKind,
  type ComplexityLimit,
  type CircularStructure,
} from './errors.js';
