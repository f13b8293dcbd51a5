// One class per failure of `fillForm`; every message says, in Vietnamese then English, how to fix it.
// All extend `FillFormError`, so a caller (the CLI) can tell "the user must fix the input" from a bug,
// and through it `ThiduaError`, so a host catches every SDK error with one class.
import { ThiduaError, type BilingualMessage, type ThiduaErrorCode, type ThiduaErrorOptions } from '@thidua/core';

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
export class FillFormError extends ThiduaError<Extract<ThiduaErrorCode, `THIDUA_FILL${string}`>, object> {
  override name = 'FillFormError';
  constructor(message: BilingualMessage, options?: ThiduaErrorOptions<object>) {
    super('THIDUA_FILL', message, options);
  }
}

/** The template bytes are not a PDF file at all. */
export class NotAPdfError extends FillFormError {
  override name = 'NotAPdfError';
  override readonly code = 'THIDUA_FILL_NOT_PDF';
  constructor(readonly firstBytes: string) {
    super(
      { vi: `Tệp mẫu không phải là PDF (không có tiêu đề "%PDF-"; bắt đầu bằng ${JSON.stringify(firstBytes)}). Hãy truyền tệp PDF có biểu mẫu điền được (AcroForm).`,
        en: `The template is not a PDF (no "%PDF-" header; it starts with ${JSON.stringify(firstBytes)}). Pass the fillable (AcroForm) PDF file itself.` }, { details: { firstBytes } },
    );
  }
}

/** The template looks like a PDF but pdf-lib cannot parse it, or fails on its structure. */
export class UnreadablePdfError extends FillFormError {
  override name = 'UnreadablePdfError';
  override readonly code = 'THIDUA_FILL_UNREADABLE_PDF';
  /** `reason` is pdf-lib's (English) message unless a Vietnamese one is given. */
  constructor(readonly reason: string, reasonVi: string = reason, options?: { cause?: unknown }) {
    super(
      { vi: `Không đọc được tệp PDF mẫu (${reasonVi}). Hãy sửa tệp, ví dụ \`qpdf mau.pdf mau-da-sua.pdf\`, rồi điền tệp đã sửa.`,
        en: `The PDF template cannot be read (${reason}). Repair it, e.g. \`qpdf template.pdf repaired.pdf\`, and fill the repaired copy.` }, { details: { reason }, ...options },
    );
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

/** The template file is larger than `fillForm` reads at all. */
export class TemplateTooLargeError extends FillFormError {
  override name = 'TemplateTooLargeError';
  override readonly code = 'THIDUA_FILL_TEMPLATE_TOO_LARGE';
  constructor(readonly size: number, readonly limit: number) {
    super(
      { vi: `Tệp PDF mẫu nặng ${megabytes(size)}, vượt giới hạn ${megabytes(limit)}. Hãy dùng bản mẫu chỉ gồm các trang biểu mẫu (ảnh quét nén lại hoặc giảm độ phân giải).`,
        en: `The PDF template is ${megabytes(size)}, over the limit of ${megabytes(limit)}. Use a template with only the form pages (scanned images recompressed or downsampled).` }, { details: { size, limit } },
    );
  }
}

/** An object stream of the template inflates to more than the limit (a decompression bomb, or a very unusual file). */
export class InflateLimitError extends FillFormError {
  override name = 'InflateLimitError';
  override readonly code = 'THIDUA_FILL_INFLATE_LIMIT';
  constructor(readonly object: string, readonly limit: number) {
    super(
      { vi: `Luồng đối tượng ${object} của tệp PDF mẫu giải nén ra hơn ${megabytes(limit)} (giới hạn: 100 lần kích thước tệp, tối đa 32 MB); tệp có thể là "bom nén" nên không được đọc tiếp. ` +
        'Hãy dùng bản mẫu gốc của cơ quan ban hành; nếu tin tệp này, ghi lại nó không nén đối tượng: `qpdf --object-streams=disable mau.pdf mau-moi.pdf`, rồi điền tệp mới.',
        en: `Object stream ${object} of the PDF template inflates to more than ${megabytes(limit)} (limit: 100 times the file size, at most 32 MB); the file may be a decompression bomb and is not read further. ` +
        'Use the issuing agency\'s original template; if you trust this file, rewrite it without object streams: `qpdf --object-streams=disable template.pdf rewritten.pdf`, and fill the new file.' }, { details: { object, limit } },
    );
  }
}

/** Which limit of [[TemplateTooComplexError]] was passed. */
export type ComplexityLimit = 'nesting' | 'values' | 'pageTree' | 'fieldTree';

const COMPLEXITY_LABELS: Record<ComplexityLimit, (limit: number, depth: number) => { vi: string; en: string }> = {
  nesting: (limit) => ({ vi: `mảng/từ điển lồng nhau quá ${limit} tầng`, en: `arrays/dictionaries nested more than ${limit} deep` }),
  values: (limit) => ({ vi: `hơn ${limit.toLocaleString('vi-VN')} giá trị PDF`, en: `more than ${limit.toLocaleString('en-US')} PDF values` }),
  pageTree: (limit, depth) => ({ vi: `cây trang quá ${limit.toLocaleString('vi-VN')} nút hoặc quá ${depth} tầng`, en: `a page tree of more than ${limit.toLocaleString('en-US')} nodes or ${depth} levels` }),
  fieldTree: (limit, depth) => ({ vi: `cây trường biểu mẫu quá ${limit.toLocaleString('vi-VN')} nút hoặc quá ${depth} tầng`, en: `a form-field tree of more than ${limit.toLocaleString('en-US')} nodes or ${depth} levels` }),
};

/** The template is built far beyond any real form (nesting, number of values, size of its trees). */
export class TemplateTooComplexError extends FillFormError {
  override name = 'TemplateTooComplexError';
  override readonly code = 'THIDUA_FILL_TOO_COMPLEX';
  /** `where` says where the limit was passed, e.g. "byte 174" (Vietnamese, English). */
  constructor(readonly limit: ComplexityLimit, readonly max: number, depth: number, where?: { vi: string; en: string }) {
    const what = COMPLEXITY_LABELS[limit](max, depth);
    super(
      { vi: `Tệp PDF mẫu có ${what.vi}${where ? ` (${where.vi})` : ''}, vượt xa mọi biểu mẫu thật nên không được đọc tiếp. Hãy dùng bản mẫu gốc của cơ quan ban hành.`,
        en: `The PDF template has ${what.en}${where ? ` (${where.en})` : ''}, far beyond any real form, and is not read further. Use the issuing agency's original template.` }, { details: { limit, max } },
    );
  }
}

/** Which structure of [[CircularStructureError]] loops. */
export type CircularStructure = 'pageTree' | 'fieldTree' | 'parents';

const STRUCTURE_LABELS: Record<CircularStructure, { vi: string; en: string }> = {
  pageTree: { vi: 'Cây trang', en: 'The page tree' },
  fieldTree: { vi: 'Cây trường biểu mẫu', en: 'The form-field tree' },
  parents: { vi: 'Chuỗi /Parent (nút cha)', en: 'The /Parent chain' },
};

/** A tree of the template (pages, form fields) or a chain of parents leads back to itself. */
export class CircularStructureError extends FillFormError {
  override name = 'CircularStructureError';
  override readonly code = 'THIDUA_FILL_CIRCULAR';
  constructor(readonly structure: CircularStructure, readonly object: string) {
    const label = STRUCTURE_LABELS[structure];
    super(
      { vi: `${label.vi} của tệp PDF mẫu quay vòng về chính nó (tại đối tượng ${object}), nên tệp bị hỏng. Hãy xin lại bản mẫu gốc, hoặc thử sửa bằng \`qpdf mau.pdf mau-da-sua.pdf\` rồi điền tệp đã sửa.`,
        en: `${label.en} of the PDF template leads back to itself (at object ${object}), so the file is damaged. Get the original template again, or try repairing it with \`qpdf template.pdf repaired.pdf\` and fill the repaired copy.` }, { details: { structure, object } },
    );
  }
}

/** An object of the template cannot be read: damaged bytes, or an object stream whose index contradicts its data. */
export class DamagedObjectError extends FillFormError {
  override name = 'DamagedObjectError';
  override readonly code = 'THIDUA_FILL_DAMAGED_OBJECT';
  constructor(readonly offset: number, readonly problem: { vi: string; en: string }, options?: { cause?: unknown }) {
    super(
      { vi: `Đối tượng ở byte ${offset} của tệp PDF mẫu bị hỏng (${problem.vi}). Trình đọc PDF có thể tự sửa và hiện nội dung mà ở đây không kiểm tra được, nên tệp không được điền. ` +
        'Hãy sửa tệp, ví dụ `qpdf mau.pdf mau-da-sua.pdf`, rồi điền tệp đã sửa.',
        en: `The object at byte ${offset} of the PDF template is damaged (${problem.en}). PDF readers may repair it and show content that cannot be checked here, so the file is not filled. ` +
        'Repair it, e.g. `qpdf template.pdf repaired.pdf`, and fill the repaired copy.' }, { details: { offset, problem }, ...options },
    );
  }
}

/** The template is encrypted (an open password or permission restrictions); pdf-lib cannot decrypt it. */
export class EncryptedPdfError extends FillFormError {
  override name = 'EncryptedPdfError';
  override readonly code = 'THIDUA_FILL_ENCRYPTED';
  constructor() {
    super(
      { vi: 'Tệp PDF mẫu đã bị mã hóa (có mật khẩu hoặc giới hạn quyền) nên không điền được. Hãy gỡ mã hóa trước: ' +
        '`qpdf --decrypt mau.pdf mau-giai-ma.pdf` (thêm `--password=...` nếu tệp cần mật khẩu để mở), rồi điền bản đã gỡ.',
        en: 'The PDF template is encrypted (a password or permission restrictions), so it cannot be filled. Decrypt it first: ' +
        '`qpdf --decrypt template.pdf decrypted.pdf` (add `--password=...` if it needs a password to open), then fill the decrypted copy.' },
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
        ? { vi: 'Tệp PDF mẫu là biểu mẫu XFA động, không có trường AcroForm nào. Hãy lưu lại thành biểu mẫu AcroForm (PDF tĩnh) trong Adobe Acrobat/LiveCycle rồi điền.',
            en: 'The PDF template is a dynamic XFA form without AcroForm fields. Save it as a static AcroForm PDF in Adobe Acrobat/LiveCycle, then fill that.' }
        : { vi: 'Tệp PDF mẫu không có trường điền được (AcroForm) nào. Hãy dùng bản PDF có biểu mẫu điền được.',
            en: 'The PDF template has no fillable (AcroForm) fields. Use the fillable version of the form.' },
      { details: { hasXfa } },
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
      { vi: `Trường "${field}" (${KIND_LABELS[kind].vi}) nhận giá trị kiểu ${actualType}; hãy truyền ${want.vi}.`,
        en: `Field "${field}" (${KIND_LABELS[kind].en}) was given a value of type ${actualType}; pass ${want.en}.` }, { details: { field, kind, actualType } },
    );
  }
}

/** A dropdown, option list or radio group was given a value that is not one of its options. */
export class InvalidOptionError extends FillFormError {
  override name = 'InvalidOptionError';
  override readonly code = 'THIDUA_FILL_INVALID_OPTION';
  constructor(readonly field: string, readonly kind: FormFieldKind, readonly value: string, readonly options: readonly string[]) {
    super(
      { vi: `Giá trị ${JSON.stringify(value)} không có trong ${KIND_LABELS[kind].vi} "${field}". Hãy chọn một trong: ${quoteList(options)}.`,
        en: `${JSON.stringify(value)} is not an option of the ${KIND_LABELS[kind].en} "${field}". Use one of: ${quoteList(options)}.` }, { details: { field, kind, value, options } },
    );
  }
}

/** A check box was given a string that is neither a "checked" nor an "unchecked" word. */
export class InvalidCheckBoxValueError extends FillFormError {
  override name = 'InvalidCheckBoxValueError';
  override readonly code = 'THIDUA_FILL_CHECKBOX_VALUE';
  constructor(readonly field: string, readonly value: string, readonly checked: readonly string[], readonly unchecked: readonly string[]) {
    super(
      { vi: `Ô đánh dấu "${field}" không hiểu giá trị ${JSON.stringify(value)}. Để đánh dấu dùng true hoặc ${quoteList(checked)}; để bỏ dấu dùng false hoặc ${quoteList(unchecked)}.`,
        en: `Check box "${field}" does not understand ${JSON.stringify(value)}. To check it use true or ${quoteList(checked)}; to uncheck it use false or ${quoteList(unchecked)}.` }, { details: { field, value, checked, unchecked } },
    );
  }
}

/** A text value is longer than the field's maximum length (`/MaxLen`). */
export class ValueTooLongError extends FillFormError {
  override name = 'ValueTooLongError';
  override readonly code = 'THIDUA_FILL_TOO_LONG';
  constructor(readonly field: string, readonly length: number, readonly maxLength: number) {
    super(
      { vi: `Giá trị của trường "${field}" dài ${length} ký tự, vượt quá giới hạn ${maxLength} ký tự của biểu mẫu. Hãy rút gọn giá trị (tối đa ${maxLength} ký tự).`,
        en: `The value of field "${field}" is ${length} characters long, more than the form's limit of ${maxLength}. Shorten it to at most ${maxLength} characters.` }, { details: { field, length, maxLength } },
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
      { vi: `Giá trị của trường "${field}" có ký tự mà phông chữ không có: ${list}. Hãy bỏ hoặc thay các ký tự đó (ví dụ biểu tượng cảm xúc).`,
        en: `The value of field "${field}" has characters the font cannot print: ${list}. Remove or replace them (emoji, for example).` }, { details: { field, characters } },
    );
  }
}

/** A value was given for a field that holds no value (a push button or a signature field). */
export class UnfillableFieldError extends FillFormError {
  override name = 'UnfillableFieldError';
  override readonly code = 'THIDUA_FILL_UNFILLABLE_FIELD';
  constructor(readonly field: string, readonly kind: FormFieldKind) {
    super(
      { vi: `Trường "${field}" là ${KIND_LABELS[kind].vi}, không điền giá trị được. Hãy bỏ khóa "${field}" khỏi dữ liệu.`,
        en: `Field "${field}" is a ${KIND_LABELS[kind].en} and holds no value. Remove the key "${field}" from the data.` }, { details: { field, kind } },
    );
  }
}

/** What does not fit, for [[TextDoesNotFitError]]. */
export type TextOverflow = 'width' | 'height' | 'word';

const OVERFLOW_LABELS: Record<TextOverflow, (word?: string) => { vi: string; en: string }> = {
  width: (char) =>
    char === undefined
      ? { vi: 'dòng chữ dài hơn bề ngang ô', en: 'the line is wider than the box' }
      : { vi: `ký tự "${char}" rộng hơn một ô ký tự`, en: `the character "${char}" is wider than one cell` },
  height: () => ({ vi: 'chữ cao hơn ô, hoặc các dòng vượt quá chiều cao ô', en: 'the text is taller than the box, or its lines overflow its height' }),
  word: (word) => ({ vi: `từ "${word ?? ''}" dài hơn bề ngang ô`, en: `the word "${word ?? ''}" is wider than the box` }),
};

/**
 * A text value does not fit its field: at the field's fixed font size, or (automatic size) even at
 * the smallest size. It would be clipped, so nothing is written.
 */
export class TextDoesNotFitError extends FillFormError {
  override name = 'TextDoesNotFitError';
  override readonly code = 'THIDUA_FILL_DOES_NOT_FIT';
  constructor(readonly field: string, readonly fontSize: number, readonly automatic: boolean, readonly overflow: TextOverflow, readonly word?: string) {
    const what = OVERFLOW_LABELS[overflow](word);
    const size = `${fontSize.toLocaleString('vi-VN')} pt`;
    const sizeEn = `${fontSize} pt`;
    super(
      automatic
        ? { vi: `Giá trị của trường "${field}" không vừa ô kể cả khi thu chữ nhỏ nhất (${size}): ${what.vi}. Hãy rút gọn giá trị, hoặc dùng bản mẫu có ô rộng hơn.`,
            en: `The value of field "${field}" does not fit its box even at the smallest size (${sizeEn}): ${what.en}. Shorten the value, or use a template with a larger box.` }
        : { vi: `Giá trị của trường "${field}" không vừa ô ở cỡ chữ ${size} mà biểu mẫu đặt cố định: ${what.vi}, phần thừa sẽ bị cắt. Hãy rút gọn giá trị, hoặc điền với cỡ chữ nhỏ hơn (tùy chọn fontSize; 0 = tự co cho vừa).`,
            en: `The value of field "${field}" does not fit its box at the form's fixed font size of ${sizeEn}: ${what.en}, and the rest would be cut off. Shorten the value, or fill with a smaller font size (the fontSize option; 0 = shrink to fit).` },
      { details: { field, fontSize, automatic, overflow, word } },
    );
  }
}
