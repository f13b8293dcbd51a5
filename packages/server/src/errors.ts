import { DOCUMENT_KINDS, ThiduaError } from '@thidua/core';
import { planIds } from '@thidua/plans';
import type { JsonTextError } from '@thidua/validate';

/** Stable codes of the API's own errors (`{ error: { code } }`); a portal may branch on them. */
export const HTTP_ERROR_CODES = [
  'THIDUA_MALFORMED_JSON',
  'THIDUA_EMPTY_BODY',
  'THIDUA_FORBIDDEN_KEY',
  'THIDUA_INVALID_UTF8',
  'THIDUA_DUPLICATE_KEY',
  'THIDUA_LONE_SURROGATE',
  'THIDUA_BAD_REQUEST',
  'THIDUA_BAD_URL',
  'THIDUA_NOT_FOUND',
  'THIDUA_UNKNOWN_PLAN',
  'THIDUA_UNKNOWN_KIND',
  'THIDUA_BODY_TOO_LARGE',
  'THIDUA_UNSUPPORTED_MEDIA_TYPE',
  'THIDUA_PDF_BUSY',
  'THIDUA_PDF_TIMEOUT',
  'THIDUA_PDF_CANCELLED',
  'THIDUA_DRAINING',
  'THIDUA_INTERNAL',
] as const;

export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

/** The body of every error answer that is not a validation verdict. */
export interface ErrorBody {
  error: {
    code: HttpErrorCode;
    /** Vietnamese. */
    message: string;
    messageEn: string;
    /** What exists, on 404 for an unknown plan or kind. */
    plans?: string[];
    kinds?: string[];
    /** The body limit in bytes, on 413. */
    limit?: number;
    /** Where a refused body is at fault, on 400 (see `JsonTextPosition` of @thidua/validate). */
    byteOffset?: number;
    line?: number;
    column?: number;
    pointer?: string;
    key?: string;
    /** Seconds to wait before asking again, on 503 (also sent as `Retry-After`). */
    retryAfter?: number;
    /** The PDF time limit in seconds, on a PDF given up for time. */
    timeLimit?: number;
  };
}

/** An HTTP error with its status, code and both messages; the plugin's error handler answers with it. */
export class ThiduaHttpError extends ThiduaError<HttpErrorCode, Omit<ErrorBody['error'], 'code' | 'message' | 'messageEn'>> {
  override name = 'ThiduaHttpError';
  constructor(
    readonly statusCode: number,
    code: HttpErrorCode,
    messageVi: string,
    messageEn: string,
    details: Omit<ErrorBody['error'], 'code' | 'message' | 'messageEn'> = {},
  ) {
    super(code, { vi: messageVi, en: messageEn }, { details });
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.messageVi, messageEn: this.messageEn, ...this.details } };
  }
}

const quoteList = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join(', ');
/** A value from the URL, shortened and stripped of control characters before it is echoed back. */
const echo = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 80);

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

// ---- The errors ----

export const malformedJson = () =>
  new ThiduaHttpError(400, 'THIDUA_MALFORMED_JSON', 'Dữ liệu không phải JSON hợp lệ.', 'The data is not valid JSON.');

export const emptyBody = () =>
  new ThiduaHttpError(400, 'THIDUA_EMPTY_BODY', 'Thiếu nội dung hồ sơ: thân yêu cầu rỗng.', 'The request body is empty.');

export const forbiddenKey = () =>
  new ThiduaHttpError(400, 'THIDUA_FORBIDDEN_KEY', 'Dữ liệu chứa khóa bị cấm (“__proto__” hoặc “constructor.prototype”).', 'The JSON contains a forbidden key ("__proto__" or "constructor.prototype").');

/**
 * What `parseJsonText` said of a body it refused: a `JsonTextError`, or its fields as plain data
 * (an error does not cross from a PDF thread with its fields).
 */
export type RefusedJsonText = Pick<JsonTextError, 'code' | 'messageVi' | 'messageEn' | 'position'>;

/** A body `parseJsonText` refused: 400 with its messages and the place, as the CLI says it. */
export const refusedJson = (e: RefusedJsonText) => (e.code === 'THIDUA_EMPTY_JSON'
  ? emptyBody()
  : new ThiduaHttpError(400, e.code, e.messageVi, e.messageEn, { ...e.position }));

export const badRequest = (statusCode = 400) =>
  new ThiduaHttpError(statusCode, 'THIDUA_BAD_REQUEST', 'Yêu cầu không hợp lệ.', 'Bad request.');

export const badUrl = (statusCode: 400 | 414) => (statusCode === 414
  ? new ThiduaHttpError(414, 'THIDUA_BAD_URL', 'Địa chỉ quá dài (mã kế hoạch hoặc loại hồ sơ quá 100 ký tự).', 'The URL is too long (a plan id or kind over 100 characters).')
  : new ThiduaHttpError(400, 'THIDUA_BAD_URL', 'Địa chỉ không hợp lệ.', 'The URL is malformed.'));

export const notFound = (method?: string, url?: string) => (method && url
  ? new ThiduaHttpError(404, 'THIDUA_NOT_FOUND', `Không có địa chỉ ${method} ${echo(url.split('?')[0]!)}.`, `No such route: ${method} ${echo(url.split('?')[0]!)}.`)
  : new ThiduaHttpError(404, 'THIDUA_NOT_FOUND', 'Không tìm thấy.', 'Not found.'));

export const unknownPlan = (plan: string) => {
  const plans = planIds();
  return new ThiduaHttpError(404, 'THIDUA_UNKNOWN_PLAN',
    `Không có kế hoạch “${echo(plan)}”. Các kế hoạch: ${quoteList(plans)}.`,
    `Unknown plan "${echo(plan)}". Plans: ${plans.join(', ')}.`, { plans, kinds: [...DOCUMENT_KINDS] });
};

export const unknownKind = (kind: string) =>
  new ThiduaHttpError(404, 'THIDUA_UNKNOWN_KIND',
    `Không có loại hồ sơ “${echo(kind)}”. Các loại: ${quoteList(DOCUMENT_KINDS)}.`,
    `Unknown document kind "${echo(kind)}". Kinds: ${DOCUMENT_KINDS.join(', ')}.`, { kinds: [...DOCUMENT_KINDS] });

export const bodyTooLarge = (limit: number) =>
  new ThiduaHttpError(413, 'THIDUA_BODY_TOO_LARGE',
    `Hồ sơ quá lớn: tối đa ${formatBytes(limit)}.`, `The request body is too large: at most ${formatBytes(limit)}.`, { limit });

export const unsupportedMediaType = () =>
  new ThiduaHttpError(415, 'THIDUA_UNSUPPORTED_MEDIA_TYPE',
    'Hồ sơ phải được gửi dạng JSON (Content-Type: application/json; charset=utf-8).',
    'Send the submission as JSON (Content-Type: application/json; charset=utf-8).');

export const pdfBusy = (retryAfter: number) =>
  new ThiduaHttpError(503, 'THIDUA_PDF_BUSY',
    `Máy chủ đang bận in các văn bản PDF khác: hãy thử lại sau khoảng ${retryAfter} giây. Hồ sơ của bạn không bị mất; việc kiểm tra hồ sơ vẫn dùng được.`,
    `The server is busy printing other PDFs: try again in about ${retryAfter} s. Your submission is not lost; validation still works.`, { retryAfter });

export const pdfTimeout = (limitMs: number, retryAfter: number) => {
  const timeLimit = Math.round(limitMs / 100) / 10;
  return new ThiduaHttpError(503, 'THIDUA_PDF_TIMEOUT',
    `Không in xong văn bản PDF trong ${String(timeLimit).replace('.', ',')} giây nên đã dừng: hãy thử lại sau khoảng ${retryAfter} giây, khi máy chủ bớt bận. Hồ sơ của bạn không bị mất.`,
    `The PDF was not ready within ${timeLimit} s and was stopped: try again in about ${retryAfter} s, when the server is less busy. Your submission is not lost.`, { retryAfter, timeLimit });
};

/** Nobody reads it: the client went away. 499 is what the logs show for it, as nginx does. */
export const pdfCancelled = () =>
  new ThiduaHttpError(499, 'THIDUA_PDF_CANCELLED', 'Người gửi đã ngắt kết nối: đã hủy việc in PDF.', 'The client disconnected: the PDF job was cancelled.');

export const draining = () =>
  new ThiduaHttpError(503, 'THIDUA_DRAINING',
    'Máy chủ này đang dừng để bảo trì: hãy gửi lại yêu cầu, nó sẽ đến một máy chủ khác hoặc đến máy này khi khởi động lại.',
    'This server is shutting down: send the request again; it will reach another server, or this one once restarted.', { retryAfter: 1 });

export const internalError = () =>
  new ThiduaHttpError(500, 'THIDUA_INTERNAL', 'Lỗi máy chủ: không xử lý được yêu cầu. Vui lòng thử lại sau.', 'Server error: the request could not be handled. Please try again later.');

/**
 * The answer to any error thrown while handling a request: ours as they are; Fastify's
 * client errors (body limit, media type, bad JSON, route validation) as their 4xx; anything
 * else is a bug, a 500 that tells nothing about the request.
 */
export function toHttpError(err: unknown, bodyLimit: number): ThiduaHttpError {
  if (err instanceof ThiduaHttpError) return err;
  const e = (err ?? {}) as { code?: unknown; statusCode?: unknown };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return bodyTooLarge(bodyLimit);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE': return unsupportedMediaType();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return emptyBody();
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return malformedJson();
    default: break;
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 413) return bodyTooLarge(bodyLimit);
  if (status === 415) return unsupportedMediaType();
  if (status === 404) return notFound();
  if (status >= 400 && status < 500) return badRequest(status);
  return internalError();
}
