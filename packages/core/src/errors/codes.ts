// The catalogue of every error code the SDK raises: what it means, what to do, and where it
// comes from. docs/reference/errors.md is generated from it (scripts/gen-errors.mjs), and a test
// keeps it and the codes used in the source equal.

/** One code: its meaning and fix in both languages, and how it reaches a caller. */
export interface ErrorCodeEntry {
  /** The package that raises it. */
  readonly package: '@thidua/core' | '@thidua/plans' | '@thidua/validate' | '@thidua/pdf' | '@thidua/server' | '@thidua/cli' | '@thidua/elements' | '@thidua/studio';
  /** The class thrown (a subclass of `ThiduaError`). */
  readonly thrownAs: string;
  /** What went wrong, in a sentence. */
  readonly vi: string;
  readonly en: string;
  /** What to do about it. */
  readonly fixVi: string;
  readonly fixEn: string;
  /** The HTTP statuses the reference server answers it with. */
  readonly http?: readonly number[];
  /** The exit status of the `thidua` command that stops on it. */
  readonly exit?: number;
}

const REPAIR_VI = 'Sửa tệp, ví dụ `qpdf mau.pdf mau-da-sua.pdf`, rồi điền tệp đã sửa; hoặc xin lại bản mẫu gốc.';
const REPAIR_EN = 'Repair the file, e.g. `qpdf template.pdf repaired.pdf`, and fill the repaired copy; or get the original template again.';

const fill = (thrownAs: string, exit: 1 | 2, vi: string, en: string, fixVi: string, fixEn: string): ErrorCodeEntry =>
  ({ package: '@thidua/pdf', thrownAs, vi, en, fixVi, fixEn, exit });
const jsonText = (vi: string, en: string, fixVi: string, fixEn: string): ErrorCodeEntry =>
  ({ package: '@thidua/validate', thrownAs: 'JsonTextError', vi, en, fixVi, fixEn, http: [400], exit: 2 });
const http = (status: readonly number[], vi: string, en: string, fixVi: string, fixEn: string): ErrorCodeEntry =>
  ({ package: '@thidua/server', thrownAs: 'ThiduaHttpError', vi, en, fixVi, fixEn, http: status });

export const ERROR_CODES = {
  // ---- @thidua/validate: a JSON text refused before validation ----
  THIDUA_EMPTY_JSON: jsonText('Dữ liệu rỗng: không có nội dung JSON.', 'The data is empty: there is no JSON.',
    'Gửi hoặc chọn tệp hồ sơ JSON có nội dung.', 'Send or choose a JSON file that holds the submission.'),
  THIDUA_MALFORMED_JSON: jsonText('Dữ liệu không phải JSON hợp lệ (lỗi cú pháp ở dòng, cột đã nêu).', 'The data is not valid JSON (a syntax error at the line and column given).',
    'Sửa lỗi cú pháp ở vị trí đã nêu (dấu phẩy thừa, nháy đơn, chú thích…), hoặc xuất lại tệp bằng phần mềm tạo ra nó.', 'Fix the syntax at the place given (a trailing comma, single quotes, a comment…), or export the file again from the program that made it.'),
  THIDUA_FORBIDDEN_KEY: jsonText('Dữ liệu chứa khóa bị cấm (“__proto__” hoặc “constructor.prototype”).', 'The JSON contains a forbidden key ("__proto__" or "constructor.prototype").',
    'Xóa khóa đó: hồ sơ không có trường nào mang tên này.', 'Remove that key: no field of a submission has that name.'),
  THIDUA_INVALID_UTF8: jsonText('Dữ liệu không phải văn bản UTF-8 hợp lệ (byte đã nêu không thuộc ký tự UTF-8 nào).', 'The data is not valid UTF-8 text (the byte given is not part of any UTF-8 character).',
    'Lưu lại tệp dưới dạng UTF-8.', 'Save the file as UTF-8.'),
  THIDUA_DUPLICATE_KEY: jsonText('Một khóa bị lặp lại trong cùng một đối tượng: không rõ giá trị nào được dùng.', 'A key is repeated in the same object: it is unclear which value counts.',
    'Chỉ giữ một khóa mỗi tên ở vị trí đã nêu.', 'Keep only one key of each name at the place given.'),
  THIDUA_LONE_SURROGATE: jsonText('Một chuỗi hoặc khóa chứa nửa cặp thay thế UTF-16 đứng riêng, không in và không lưu được dưới dạng UTF-8.', 'A string or key holds a lone UTF-16 surrogate, which can be neither printed nor stored as UTF-8.',
    'Xóa hoặc sửa ký tự đó ở vị trí đã nêu.', 'Remove or correct that character at the place given.'),
  THIDUA_CHUNK_WRITE: { package: '@thidua/validate', thrownAs: 'ChunkWriteError',
    vi: 'Không viết được tệp kế hoạch cho trình duyệt: lược đồ đã dùng khóa dành riêng `$s`, hoặc mã kiểm tra biên dịch sẵn của ajv đổi dạng (chi tiết ở `details.reason`).', en: 'A plan’s browser chunk could not be written: the schema already uses the reserved key `$s`, or ajv’s precompiled validator changed shape (see `details.reason`).',
    fixVi: 'Với `$s`: đổi tên khóa đó trong định nghĩa kế hoạch. Với ajv: dùng phiên bản ajv mà `@thidua/validate` khai báo.', fixEn: 'For `$s`: rename that key in the plan definition. For ajv: use the ajv version `@thidua/validate` declares.' },
  THIDUA_NOT_A_SCHEMA: { package: '@thidua/validate', thrownAs: 'NotASchemaError',
    vi: '`schemaForCode` hoặc `standaloneSource` nhận một giá trị không phải lược đồ JSON (đối tượng).', en: '`schemaForCode` or `standaloneSource` was given a value that is not a JSON Schema object.',
    fixVi: 'Truyền lược đồ đã đọc thành đối tượng, ví dụ `getSchema(planId, kind)` hoặc `JSON.parse` của tệp .schema.json.', fixEn: 'Pass the schema as an object, e.g. `getSchema(planId, kind)` or the `JSON.parse` of a .schema.json file.' },

  // ---- @thidua/plans ----
  THIDUA_UNKNOWN_PLAN: { package: '@thidua/plans', thrownAs: 'UnknownPlanError', http: [404], exit: 2,
    vi: 'Không có kế hoạch mang mã này.', en: 'There is no plan with this id.',
    fixVi: 'Dùng một mã trong danh sách kế hoạch (`thidua plans`, `planIds()` hoặc `GET /plans`).', fixEn: 'Use an id from the list of plans (`thidua plans`, `planIds()` or `GET /plans`).' },
  THIDUA_UNKNOWN_KIND: { package: '@thidua/plans', thrownAs: 'UnknownKindError', http: [404], exit: 2,
    vi: 'Không có loại hồ sơ này.', en: 'There is no such document kind.',
    fixVi: 'Dùng “report” (báo cáo thành tích) hoặc “nomination” (tờ trình đề nghị khen thưởng).', fixEn: 'Use "report" (achievement report) or "nomination" (nomination letter).' },
  THIDUA_PLAN_DEFINITION: { package: '@thidua/plans', thrownAs: 'PlanDefinitionError',
    vi: 'Định nghĩa kế hoạch tham chiếu một chỉ tiêu hoặc chế độ pháp lý không có.', en: 'A plan definition refers to an indicator or legal regime that does not exist.',
    fixVi: 'Sửa định nghĩa kế hoạch cho khớp mã chỉ tiêu đã khai báo; `checkDefinition` chỉ ra chỗ sai.', fixEn: 'Correct the plan definition to use a declared indicator id; `checkDefinition` points to the mistake.' },
  THIDUA_PLAN_FILE: { package: '@thidua/plans', thrownAs: 'PlanFileError', exit: 2,
    vi: 'Không đọc được thư mục kế hoạch: thiếu tệp, tệp YAML hoặc JSON sai cú pháp, hoặc tham chiếu `use:` không có.', en: 'A plan folder cannot be read: a file is missing, a YAML or JSON file has a syntax error, or a `use:` reference does not exist.',
    fixVi: 'Sửa tệp và dòng mà thông báo chỉ ra (`details.file`, `details.line`).', fixEn: 'Correct the file and line the message names (`details.file`, `details.line`).' },
  THIDUA_NO_EXAMPLE: { package: '@thidua/plans', thrownAs: 'MissingExampleError', exit: 2,
    vi: 'Kế hoạch không có hồ sơ mẫu cho loại hồ sơ này.', en: 'The plan has no example of this document kind.',
    fixVi: 'Chọn loại hồ sơ khác, hoặc thêm ví dụ vào examples.ts của kế hoạch.', fixEn: 'Choose the other document kind, or add an example to the plan’s examples.ts.' },

  // ---- @thidua/pdf: official documents ----
  THIDUA_PDF_INVALID: { package: '@thidua/pdf', thrownAs: 'InvalidSubmissionError', exit: 1,
    vi: 'Hồ sơ chưa hợp lệ nên không tạo PDF chính thức; `errors` liệt kê từng lỗi.', en: 'The submission is invalid, so no official PDF is made; `errors` lists each problem.',
    fixVi: 'Sửa các lỗi đã liệt kê, hoặc in bản nháp (`draft: true`, `thidua pdf --draft`).', fixEn: 'Fix the listed problems, or print a draft (`draft: true`, `thidua pdf --draft`).' },
  THIDUA_PDF_MARGIN: { package: '@thidua/pdf', thrownAs: 'MarginError', exit: 2,
    vi: 'Lề trang nằm ngoài khoảng của Nghị định 30/2020/NĐ-CP, Phụ lục I.', en: 'A page margin is outside the range of Decree 30/2020/NĐ-CP, Appendix I.',
    fixVi: 'Dùng lề trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.', fixEn: 'Use top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.' },
  THIDUA_PDF_FONT: { package: '@thidua/pdf', thrownAs: 'FontError',
    vi: 'Tệp phông chữ không dùng được để nhúng: thiếu bảng TrueType cần thiết, hoặc chưa qua `padGlyphs`.', en: 'The font file cannot be embedded: it lacks a TrueType table, or has not been through `padGlyphs`.',
    fixVi: 'Dùng phông TrueType có đường viền glyf (ví dụ Tinos đi kèm) và cho qua `padGlyphs` trước khi nhúng.', fixEn: 'Use a TrueType font with glyf outlines (e.g. the bundled Tinos) and pass it through `padGlyphs` before embedding.' },
  THIDUA_PDF_LAYOUT: { package: '@thidua/pdf', thrownAs: 'LayoutError',
    vi: 'Bố cục tài liệu có khối không dàn trang được (ví dụ một bảng nằm trong cột hoặc ô).', en: 'A document has a block that cannot be laid out (e.g. a table inside a column or cell).',
    fixVi: 'Đặt bảng ở cấp ngoài cùng của tài liệu, không lồng trong cột hay ô.', fixEn: 'Put the table at the top level of the document, not inside a column or cell.' },

  // ---- @thidua/pdf: filling a PDF form (fillForm) ----
  THIDUA_FILL: fill('FillFormError', 1, 'Không điền được biểu mẫu PDF (lớp cơ sở của các lỗi THIDUA_FILL_*).', 'The PDF form cannot be filled (the base of the THIDUA_FILL_* errors).',
    'Xem mã cụ thể của lỗi.', 'See the error’s own code.'),
  THIDUA_FILL_NOT_PDF: fill('NotAPdfError', 2, 'Tệp mẫu không phải là PDF.', 'The template is not a PDF.',
    'Truyền chính tệp PDF có biểu mẫu điền được (AcroForm).', 'Pass the fillable (AcroForm) PDF file itself.'),
  THIDUA_FILL_UNREADABLE_PDF: fill('UnreadablePdfError', 2, 'Không đọc được tệp PDF mẫu.', 'The PDF template cannot be read.', REPAIR_VI, REPAIR_EN),
  THIDUA_FILL_TEMPLATE_TOO_LARGE: fill('TemplateTooLargeError', 2, 'Tệp PDF mẫu vượt giới hạn dung lượng.', 'The PDF template is over the size limit.',
    'Dùng bản mẫu chỉ gồm các trang biểu mẫu (ảnh quét nén lại hoặc giảm độ phân giải).', 'Use a template with only the form pages (scanned images recompressed or downsampled).'),
  THIDUA_FILL_INFLATE_LIMIT: fill('InflateLimitError', 2, 'Một luồng đối tượng của tệp mẫu giải nén ra quá giới hạn.', 'An object stream of the template inflates past the limit.', REPAIR_VI, REPAIR_EN),
  THIDUA_FILL_TOO_COMPLEX: fill('TemplateTooComplexError', 2, 'Cấu trúc tệp mẫu quá lớn hoặc lồng quá sâu.', 'The template’s structure is too large or too deeply nested.', REPAIR_VI, REPAIR_EN),
  THIDUA_FILL_CIRCULAR: fill('CircularStructureError', 2, 'Cây trang hoặc cây trường của tệp mẫu quay vòng về chính nó.', 'The template’s page or field tree leads back to itself.', REPAIR_VI, REPAIR_EN),
  THIDUA_FILL_DAMAGED_OBJECT: fill('DamagedObjectError', 2, 'Một đối tượng của tệp mẫu bị hỏng.', 'An object of the template is damaged.', REPAIR_VI, REPAIR_EN),
  THIDUA_FILL_ENCRYPTED: fill('EncryptedPdfError', 2, 'Tệp mẫu được mã hóa.', 'The template is encrypted.',
    'Gỡ mật khẩu hoặc mã hóa (ví dụ `qpdf --decrypt`), rồi điền tệp đã gỡ.', 'Remove the password or encryption (e.g. `qpdf --decrypt`) and fill that copy.'),
  THIDUA_FILL_NO_FIELDS: fill('NoFormFieldsError', 2, 'Tệp mẫu không có trường biểu mẫu AcroForm nào.', 'The template has no AcroForm fields.',
    'Dùng bản PDF có trường điền được (không phải bản quét hay XFA).', 'Use a PDF with fillable fields (not a scan or an XFA form).'),
  THIDUA_FILL_VALUE_TYPE: fill('FieldValueTypeError', 1, 'Giá trị không đúng kiểu của trường.', 'A value is not of the field’s type.',
    'Truyền chuỗi cho ô văn bản và danh sách, true/false hoặc chữ “có/không” cho ô đánh dấu.', 'Pass a string for text fields and lists, true/false or a yes/no word for check boxes.'),
  THIDUA_FILL_INVALID_OPTION: fill('InvalidOptionError', 1, 'Giá trị không phải một lựa chọn của trường.', 'A value is not one of the field’s options.',
    'Dùng đúng một lựa chọn mà thông báo liệt kê.', 'Use one of the options the message lists.'),
  THIDUA_FILL_CHECKBOX_VALUE: fill('InvalidCheckBoxValueError', 1, 'Giá trị của ô đánh dấu không phải có/không.', 'A check box value is not yes or no.',
    'Dùng true/false hoặc một từ có/không mà thông báo liệt kê.', 'Use true/false or one of the yes/no words the message lists.'),
  THIDUA_FILL_TOO_LONG: fill('ValueTooLongError', 1, 'Giá trị dài hơn số ký tự tối đa của trường.', 'A value is longer than the field’s maximum length.',
    'Rút gọn giá trị cho vừa số ký tự tối đa.', 'Shorten the value to the maximum length.'),
  THIDUA_FILL_UNSUPPORTED_CHARACTER: fill('UnsupportedCharacterError', 1, 'Giá trị có ký tự phông chữ không in được.', 'A value has characters the font cannot print.',
    'Thay hoặc xóa các ký tự đã nêu.', 'Replace or remove the characters named.'),
  THIDUA_FILL_UNFILLABLE_FIELD: fill('UnfillableFieldError', 1, 'Trường này không điền bằng giá trị được (nút bấm, ô chữ ký…).', 'The field cannot take a value (a button, a signature field…).',
    'Bỏ trường đó khỏi dữ liệu điền.', 'Leave that field out of the values.'),
  THIDUA_FILL_DOES_NOT_FIT: fill('TextDoesNotFitError', 1, 'Văn bản không vừa ô, kể cả ở cỡ chữ nhỏ nhất.', 'The text does not fit the field, even at the smallest size.',
    'Rút gọn văn bản, hoặc cho cỡ chữ 0 (tự co) để in cỡ vừa nhất.', 'Shorten the text, or set font size 0 (auto) to print the size that fits.'),

  // ---- @thidua/server ----
  THIDUA_EMPTY_BODY: http([400], 'Thân yêu cầu rỗng.', 'The request body is empty.',
    'Gửi hồ sơ JSON trong thân yêu cầu.', 'Send the submission as JSON in the request body.'),
  THIDUA_BAD_REQUEST: http([400], 'Yêu cầu không hợp lệ.', 'The request is not valid.',
    'Kiểm tra phương thức, tiêu đề và thân yêu cầu theo hướng dẫn máy chủ.', 'Check the method, headers and body against the server guide.'),
  THIDUA_BAD_URL: http([400, 414], 'Địa chỉ không hợp lệ hoặc quá dài.', 'The URL is malformed or too long.',
    'Dùng mã kế hoạch và loại hồ sơ có thật, mỗi phần không quá 100 ký tự.', 'Use a real plan id and kind, each at most 100 characters.'),
  THIDUA_NOT_FOUND: http([404], 'Không có địa chỉ này.', 'No such route.',
    'Dùng một địa chỉ mà hướng dẫn máy chủ liệt kê.', 'Use a route the server guide lists.'),
  THIDUA_BODY_TOO_LARGE: http([413], 'Hồ sơ vượt giới hạn dung lượng của máy chủ.', 'The request body is over the server’s limit.',
    'Gửi hồ sơ nhỏ hơn, hoặc nâng `bodyLimit` của máy chủ.', 'Send a smaller submission, or raise the server’s `bodyLimit`.'),
  THIDUA_UNSUPPORTED_MEDIA_TYPE: http([415], 'Hồ sơ không được gửi dạng JSON.', 'The submission was not sent as JSON.',
    'Gửi với `Content-Type: application/json; charset=utf-8`.', 'Send it with `Content-Type: application/json; charset=utf-8`.'),
  THIDUA_PDF_BUSY: http([503], 'Các luồng in PDF đều bận và hàng chờ đã đầy: máy chủ không nhận thêm việc in.', 'Every PDF thread is busy and the queue is full: the server takes no more PDFs for now.',
    'Gửi lại sau số giây ở tiêu đề `Retry-After` (và `retryAfter`); người quản trị có thể tăng `--pdf-threads`, `--pdf-queue` hoặc số máy chủ.', 'Send it again after the seconds in the `Retry-After` header (and `retryAfter`); the administrator may raise `--pdf-threads`, `--pdf-queue` or the number of servers.'),
  THIDUA_PDF_TIMEOUT: http([503], 'Văn bản PDF không in xong trong thời hạn của máy chủ nên đã bị dừng.', 'The PDF was not ready within the server’s time limit and was stopped.',
    'Gửi lại sau số giây ở `Retry-After`; người quản trị có thể tăng `--pdf-timeout`.', 'Send it again after the seconds in `Retry-After`; the administrator may raise `--pdf-timeout`.'),
  THIDUA_PDF_CANCELLED: http([499], 'Người gửi ngắt kết nối trước khi có PDF: việc in đã bị hủy (chỉ thấy trong nhật ký).', 'The client disconnected before its PDF was ready: the job was cancelled (seen in the logs only).',
    'Không cần làm gì; nếu vẫn cần văn bản, gửi lại yêu cầu.', 'Nothing to do; if the document is still wanted, ask again.'),
  THIDUA_DRAINING: http([503], 'Máy chủ này đang dừng (sau SIGTERM hoặc Ctrl-C) và không nhận yêu cầu mới.', 'This server is shutting down (after SIGTERM or Ctrl-C) and takes no new requests.',
    'Gửi lại yêu cầu: bộ cân bằng tải chuyển nó sang máy chủ khác.', 'Send the request again: the load balancer sends it to another server.'),
  THIDUA_INTERNAL: http([500], 'Lỗi máy chủ: không xử lý được yêu cầu.', 'Server error: the request could not be handled.',
    'Thử lại sau; nếu vẫn lỗi, báo cho người quản trị kèm thời điểm gửi.', 'Try again later; if it persists, tell the administrator when it happened.'),
  THIDUA_CLUSTER_NOT_PRIMARY: { package: '@thidua/server', thrownAs: 'ClusterError',
    vi: '`startCluster` được gọi từ một tiến trình con của cụm.', en: '`startCluster` was called from a worker process of the cluster.',
    fixVi: 'Chỉ gọi `startCluster` từ tiến trình chính.', fixEn: 'Call `startCluster` from the primary process only.' },
  THIDUA_CLUSTER_WORKER: { package: '@thidua/server', thrownAs: 'ClusterError',
    vi: 'Một tiến trình con của cụm không khởi động được (mã lỗi hệ thống, nếu có, ở `details.errno`).', en: 'A worker of the cluster could not start (the system error code, if any, in `details.errno`).',
    fixVi: 'Đọc lý do trong thông báo: chọn cổng khác nếu cổng đang bận, hoặc sửa tùy chọn máy chủ.', fixEn: 'Read the reason in the message: choose another port if it is in use, or correct the server options.' },
  THIDUA_SERVER_OPTION: { package: '@thidua/server', thrownAs: 'ServerOptionError', exit: 2,
    vi: 'Một tùy chọn của máy chủ có giá trị không dùng được (tên tùy chọn và giá trị ở `details`).', en: 'A server option has a value that cannot be used (the option and its value in `details`).',
    fixVi: 'Sửa tùy chọn đó theo thông báo (ví dụ `bodyLimit` là số byte nguyên dương, `corsOrigins` dạng "https://portal.example").', fixEn: 'Correct that option as the message says (e.g. `bodyLimit` is a positive whole number of bytes, `corsOrigins` look like "https://portal.example").' },

  // ---- @thidua/cli ----
  THIDUA_USAGE: { package: '@thidua/cli', thrownAs: 'UsageError', exit: 2,
    vi: 'Lệnh được gọi sai (thiếu hoặc sai tham số) hoặc không đọc được dữ liệu vào.', en: 'The command was called wrongly (a missing or bad argument) or its input cannot be read.',
    fixVi: 'Làm theo chỉ dẫn trong thông báo; `thidua help` liệt kê các lệnh.', fixEn: 'Do what the message says; `thidua help` lists the commands.' },

  // ---- @thidua/studio ----
  THIDUA_STUDIO_OPTION: { package: '@thidua/studio', thrownAs: 'StudioOptionError', exit: 2,
    vi: 'Xưởng kế hoạch không khởi động được: thư mục kế hoạch không có, cổng hoặc địa chỉ không dùng được, hoặc thiếu bản dựng của `@thidua/elements` (tùy chọn và giá trị ở `details`).', en: 'The plan studio cannot start: the plan folder does not exist, the port or address cannot be used, or the build of `@thidua/elements` is missing (the option and its value in `details`).',
    fixVi: 'Làm theo thông báo: chỉ đúng thư mục chứa definition.yaml, chọn cổng khác, hoặc dựng lại gói (`pnpm run build`).', fixEn: 'Do what the message says: give the folder that holds definition.yaml, choose another port, or build the packages (`pnpm run build`).' },

  // ---- @thidua/elements ----
  THIDUA_INVALID: { package: '@thidua/elements', thrownAs: 'ThiduaInvalidError',
    vi: '`<thidua-form>` được yêu cầu trả dữ liệu hoặc in khi hồ sơ còn lỗi.', en: '`<thidua-form>` was asked for its data or a PDF while the submission has errors.',
    fixVi: 'Sửa các lỗi hiển thị trên biểu mẫu, hoặc in bản nháp.', fixEn: 'Fix the errors shown on the form, or print a draft.' },
  THIDUA_NOT_READY: { package: '@thidua/elements', thrownAs: 'ThiduaNotReadyError',
    vi: '`<thidua-form>` được dùng trước khi nạp xong kế hoạch.', en: '`<thidua-form>` was used before its plan finished loading.',
    fixVi: 'Chờ `await element.ready` trước khi gọi.', fixEn: 'Wait for `await element.ready` before calling it.' },
  THIDUA_RUNTIME_MISMATCH: { package: '@thidua/elements', thrownAs: 'ThiduaRuntimeError',
    vi: 'Bản một tệp của `<thidua-form>` không tìm thấy `plans/runtime.js` cùng phiên bản để lấy bộ kiểm tra.', en: 'The single-file `<thidua-form>` found no `plans/runtime.js` of its own version to take its validation engine from.',
    fixVi: 'Phục vụ nguyên thư mục `dist/` của cùng một phiên bản `@thidua/elements` (thidua-elements.js cùng `plans/`), rồi tải lại trang.', fixEn: 'Serve the whole `dist/` folder of one version of `@thidua/elements` (thidua-elements.js together with `plans/`), then reload the page.' },
  THIDUA_ELEMENT_ATTRIBUTE: { package: '@thidua/elements', thrownAs: 'ThiduaAttributeError',
    vi: 'Thuộc tính `plan` hoặc `kind` của `<thidua-form>` có giá trị không thể là mã kế hoạch hoặc loại hồ sơ (thuộc tính và giá trị ở `details`).', en: 'The `plan` or `kind` attribute of `<thidua-form>` holds a value no plan id or document kind can have (the attribute and its value in `details`).',
    fixVi: 'Đặt `plan` là một mã kế hoạch (chữ thường, số, dấu gạch ngang, ví dụ “lam-dong-2022-2025”) và `kind` là “report” hoặc “nomination”.', fixEn: 'Set `plan` to a plan id (lower-case letters, digits and hyphens, e.g. "lam-dong-2022-2025") and `kind` to "report" or "nomination".' },
  THIDUA_PLAN_CHUNK: { package: '@thidua/elements', thrownAs: 'ThiduaPlanChunkError',
    vi: 'Tệp tải về từ địa chỉ của kế hoạch không phải tệp kế hoạch của `<thidua-form>` (địa chỉ ở `details.url`).', en: 'The file loaded from the plan’s address is not a `<thidua-form>` plan chunk (the address in `details.url`).',
    fixVi: 'Phục vụ thư mục `plans/` của cùng phiên bản `@thidua/elements` ở địa chỉ đặt bằng `setAssetBase`, rồi tải lại trang.', fixEn: 'Serve the `plans/` folder of the same `@thidua/elements` version at the address set with `setAssetBase`, then reload the page.' },
  THIDUA_PDF_FONTS: { package: '@thidua/elements', thrownAs: 'ThiduaFontLoadError',
    vi: 'Không tải được phông chữ Tinos để tạo PDF trong trình duyệt (địa chỉ và mã HTTP ở `details`).', en: 'A Tinos font for building the PDF in the browser could not be loaded (its address and HTTP status in `details`).',
    fixVi: 'Phục vụ thư mục `fonts/` cạnh `pdf.js` (hoặc ở địa chỉ đặt bằng `setAssetBase`), rồi bấm “Tải PDF” lại.', fixEn: 'Serve the `fonts/` folder beside `pdf.js` (or at the address set with `setAssetBase`), then press “Tải PDF” again.' },
} as const satisfies Record<`THIDUA_${string}`, ErrorCodeEntry>;

/** Every code an SDK error can carry. */
export type ThiduaErrorCode = keyof typeof ERROR_CODES;
