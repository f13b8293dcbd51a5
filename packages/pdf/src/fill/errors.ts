// One class per failure of `fillForm`; every message says, in Vietnamese then English, how to fix it.
// All extend `FillFormError`, so a caller (the CLI) can tell "the user must fix the input" from a bug.

/** The kinds of AcroForm field, as named in messages. */
export type FormFieldKind = 'text' | 'checkBox' | 'radioGroup' | 'dropdown' | 'optionList' | 'button' | 'signature' | 'unknown';

const KIND_LABELS: Record<FormFieldKind, { vi: string; en: string }> = {
  text: { vi: 'ô văn bản', en: 'text field' },
  checkBox: { vi: 'ô đánh dấu', en: 'check box' },
  radioGroup: { vi: 'nhóm lựa chọn', en: 'radio group' },
  dropdown: { vi: 'danh sách thả xuống', en: 'dropdown' },
  optionList: { vi: 'danh sách chọn', en: 'option list' },
  button: { vi: 'nút bấm', en: 'push button' },
  signature: { vi: 'ô chữ ký', en: 'signature field' },
  unknown: { vi: 'trường không rõ loại', en: 'field of unknown type' },
};

const quoteList = (items: readonly string[]) => (items.length ? items.map((o) => JSON.stringify(o)).join(', ') : '(không có / none)');

/** Base class of every error `fillForm` throws because of its input. */
export class FillFormError extends Error {
  override name = 'FillFormError';
  readonly code: string = 'THIDUA_FILL';
}

/** The template bytes are not a PDF file at all. */
export class NotAPdfError extends FillFormError {
  override name = 'NotAPdfError';
  override readonly code = 'THIDUA_FILL_NOT_PDF';
  constructor(readonly firstBytes: string) {
    super(
      `Tệp mẫu không phải là PDF (không có tiêu đề "%PDF-"; bắt đầu bằng ${JSON.stringify(firstBytes)}). Hãy truyền tệp PDF có biểu mẫu điền được (AcroForm). / ` +
        `The template is not a PDF (no "%PDF-" header; it starts with ${JSON.stringify(firstBytes)}). Pass the fillable (AcroForm) PDF file itself.`,
    );
  }
}

/** The template looks like a PDF but pdf-lib cannot parse it. */
export class UnreadablePdfError extends FillFormError {
  override name = 'UnreadablePdfError';
  override readonly code = 'THIDUA_FILL_UNREADABLE_PDF';
  constructor(readonly reason: string) {
    super(
      `Không đọc được tệp PDF mẫu (${reason}). Hãy sửa tệp, ví dụ \`qpdf mau.pdf mau-da-sua.pdf\`, rồi điền tệp đã sửa. / ` +
        `The PDF template cannot be read (${reason}). Repair it, e.g. \`qpdf template.pdf repaired.pdf\`, and fill the repaired copy.`,
    );
  }
}

/** The template is encrypted (an open password or permission restrictions); pdf-lib cannot decrypt it. */
export class EncryptedPdfError extends FillFormError {
  override name = 'EncryptedPdfError';
  override readonly code = 'THIDUA_FILL_ENCRYPTED';
  constructor() {
    super(
      'Tệp PDF mẫu đã bị mã hóa (có mật khẩu hoặc giới hạn quyền) nên không điền được. Hãy gỡ mã hóa trước: ' +
        '`qpdf --decrypt mau.pdf mau-giai-ma.pdf` (thêm `--password=...` nếu tệp cần mật khẩu để mở), rồi điền bản đã gỡ. / ' +
        'The PDF template is encrypted (a password or permission restrictions), so it cannot be filled. Decrypt it first: ' +
        '`qpdf --decrypt template.pdf decrypted.pdf` (add `--password=...` if it needs a password to open), then fill the decrypted copy.',
    );
  }
}

/** The template has no AcroForm fields (a plain PDF, or a dynamic XFA-only form). */
export class NoFormFieldsError extends FillFormError {
  override name = 'NoFormFieldsError';
  override readonly code = 'THIDUA_FILL_NO_FIELDS';
  constructor(readonly hasXfa: boolean) {
    super(
      hasXfa
        ? 'Tệp PDF mẫu là biểu mẫu XFA động, không có trường AcroForm nào. Hãy lưu lại thành biểu mẫu AcroForm (PDF tĩnh) trong Adobe Acrobat/LiveCycle rồi điền. / ' +
            'The PDF template is a dynamic XFA form without AcroForm fields. Save it as a static AcroForm PDF in Adobe Acrobat/LiveCycle, then fill that.'
        : 'Tệp PDF mẫu không có trường điền được (AcroForm) nào. Hãy dùng bản PDF có biểu mẫu điền được. / ' +
            'The PDF template has no fillable (AcroForm) fields. Use the fillable version of the form.',
    );
  }
}

/** A value given in the wrong JavaScript type for its field (e.g. `true` for a text field, a number anywhere). */
export class FieldValueTypeError extends FillFormError {
  override name = 'FieldValueTypeError';
  override readonly code = 'THIDUA_FILL_VALUE_TYPE';
  constructor(readonly field: string, readonly kind: FormFieldKind, readonly actualType: string) {
    const want =
      kind === 'checkBox'
        ? { vi: 'true/false hoặc chuỗi "true"/"x"/"false"', en: 'true/false or a string such as "true", "x" or "false"' }
        : { vi: 'một chuỗi (viết số thành chuỗi, ví dụ "12")', en: 'a string (write numbers as strings, e.g. "12")' };
    super(
      `Trường "${field}" (${KIND_LABELS[kind].vi}) nhận giá trị kiểu ${actualType}; hãy truyền ${want.vi}. / ` +
        `Field "${field}" (${KIND_LABELS[kind].en}) was given a value of type ${actualType}; pass ${want.en}.`,
    );
  }
}

/** A dropdown, option list or radio group was given a value that is not one of its options. */
export class InvalidOptionError extends FillFormError {
  override name = 'InvalidOptionError';
  override readonly code = 'THIDUA_FILL_INVALID_OPTION';
  constructor(readonly field: string, readonly kind: FormFieldKind, readonly value: string, readonly options: readonly string[]) {
    super(
      `Giá trị ${JSON.stringify(value)} không có trong ${KIND_LABELS[kind].vi} "${field}". Hãy chọn một trong: ${quoteList(options)}. / ` +
        `${JSON.stringify(value)} is not an option of the ${KIND_LABELS[kind].en} "${field}". Use one of: ${quoteList(options)}.`,
    );
  }
}

/** A check box was given a string that is neither a "checked" nor an "unchecked" word. */
export class InvalidCheckBoxValueError extends FillFormError {
  override name = 'InvalidCheckBoxValueError';
  override readonly code = 'THIDUA_FILL_CHECKBOX_VALUE';
  constructor(readonly field: string, readonly value: string, readonly checked: readonly string[], readonly unchecked: readonly string[]) {
    super(
      `Ô đánh dấu "${field}" không hiểu giá trị ${JSON.stringify(value)}. Để đánh dấu dùng true hoặc ${quoteList(checked)}; để bỏ dấu dùng false hoặc ${quoteList(unchecked)}. / ` +
        `Check box "${field}" does not understand ${JSON.stringify(value)}. To check it use true or ${quoteList(checked)}; to uncheck it use false or ${quoteList(unchecked)}.`,
    );
  }
}

/** A text value is longer than the field's maximum length (`/MaxLen`). */
export class ValueTooLongError extends FillFormError {
  override name = 'ValueTooLongError';
  override readonly code = 'THIDUA_FILL_TOO_LONG';
  constructor(readonly field: string, readonly length: number, readonly maxLength: number) {
    super(
      `Giá trị của trường "${field}" dài ${length} ký tự, vượt quá giới hạn ${maxLength} ký tự của biểu mẫu. Hãy rút gọn giá trị (tối đa ${maxLength} ký tự). / ` +
        `The value of field "${field}" is ${length} characters long, more than the form's limit of ${maxLength}. Shorten it to at most ${maxLength} characters.`,
    );
  }
}

/** A value contains characters the embedded font has no glyph for (they would print as boxes). */
export class UnsupportedCharacterError extends FillFormError {
  override name = 'UnsupportedCharacterError';
  override readonly code = 'THIDUA_FILL_UNSUPPORTED_CHARACTER';
  constructor(readonly field: string, readonly characters: readonly string[]) {
    const list = characters.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    super(
      `Giá trị của trường "${field}" có ký tự mà phông chữ không có: ${list}. Hãy bỏ hoặc thay các ký tự đó (ví dụ biểu tượng cảm xúc). / ` +
        `The value of field "${field}" has characters the font cannot print: ${list}. Remove or replace them (emoji, for example).`,
    );
  }
}

/** A value was given for a field that holds no value (a push button or a signature field). */
export class UnfillableFieldError extends FillFormError {
  override name = 'UnfillableFieldError';
  override readonly code = 'THIDUA_FILL_UNFILLABLE_FIELD';
  constructor(readonly field: string, readonly kind: FormFieldKind) {
    super(
      `Trường "${field}" là ${KIND_LABELS[kind].vi}, không điền giá trị được. Hãy bỏ khóa "${field}" khỏi dữ liệu. / ` +
        `Field "${field}" is a ${KIND_LABELS[kind].en} and holds no value. Remove the key "${field}" from the data.`,
    );
  }
}
