export { fillForm, CHECKED_WORDS, UNCHECKED_WORDS, type FillFormOptions, type FillFormResult } from './fill-form.js';
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
  type FormFieldKind,
} from './errors.js';
