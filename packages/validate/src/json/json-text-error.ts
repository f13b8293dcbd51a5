import { ThiduaError } from '@thidua/core';

/** Why a JSON text was refused before any validation; stable, for callers to branch on (see `ERROR_CODES`). */
export type JsonTextErrorCode =
  | 'THIDUA_INVALID_UTF8'
  | 'THIDUA_EMPTY_JSON'
  | 'THIDUA_MALFORMED_JSON'
  | 'THIDUA_FORBIDDEN_KEY'
  | 'THIDUA_DUPLICATE_KEY'
  | 'THIDUA_LONE_SURROGATE';

/** Where in the text the problem is; each part only when it is known. */
export interface JsonTextPosition {
  /** Byte offset from 0 in the bytes given (invalid UTF-8 only). */
  byteOffset?: number;
  /** Line and column from 1; columns count characters (code points). */
  line?: number;
  column?: number;
  /** JSON Pointer (RFC 6901) of the member or string at fault, as shown in the message. */
  pointer?: string;
  /** The repeated key, as shown in the message. */
  key?: string;
}

/**
 * A JSON text refused by {@link parseJsonText}: `messageVi` and `messageEn` both name the place
 * (byte offset, or line, column and JSON Pointer, also in `position` = `details`) and what to do.
 * Nothing of the text is quoted except a repeated key and the pointer, cut and with control
 * and bidirectional-formatting characters written as `\u{…}` so they cannot disguise the message.
 */
export class JsonTextError extends ThiduaError<JsonTextErrorCode, JsonTextPosition> {
  override name = 'JsonTextError';
  constructor(code: JsonTextErrorCode, messageVi: string, messageEn: string, readonly position: JsonTextPosition = {}) {
    super(code, { vi: messageVi, en: messageEn }, { details: position });
  }
}

// Control, format (bidi overrides, zero-width), lone surrogate and private-use characters.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;

/** A piece of the input shown in a message: visible, and at most `max` characters. */
export function echo(s: string, max = 60): string {
  // 2 × max UTF-16 units hold at least max characters: the rest would be cut anyway.
  const head = s.length > 2 * max ? s.slice(0, 2 * max) : s;
  const chars = [...head.replace(HIDDEN, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`)];
  return chars.length > max || head.length < s.length ? chars.slice(0, max).join('') + '…' : chars.join('');
}

export type LineColumn = { line: number; column: number };

const at = (p: LineColumn, vi: boolean) => (vi ? `dòng ${p.line}, cột ${p.column}` : `line ${p.line}, column ${p.column}`);

/** " tại /a/0 (dòng 3, cột 7)": the pointer ("" is the whole document) and the line and column. */
function where(vi: boolean, pointer?: string, pos?: LineColumn): string {
  if (pointer === undefined || !pos) return '';
  const p = pointer ? `${vi ? 'tại' : 'at'} ${echo(pointer, 120)}` : vi ? 'ở gốc dữ liệu' : 'at the root';
  return ` ${p} (${at(pos, vi)})`;
}

// ---- The refusals ----

export function invalidUtf8(byteOffset: number, byte: number, line: number): JsonTextError {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return new JsonTextError('THIDUA_INVALID_UTF8',
    `Dữ liệu không phải văn bản UTF-8 hợp lệ: byte ${hex} ở vị trí ${byteOffset} (đếm từ 0, dòng ${line}) không thuộc ký tự UTF-8 nào. Hãy lưu lại dưới dạng UTF-8.`,
    `The data is not valid UTF-8 text: byte ${hex} at offset ${byteOffset} (from 0, line ${line}) is not part of any UTF-8 character. Save it as UTF-8.`,
    { byteOffset, line });
}

export const emptyText = () =>
  new JsonTextError('THIDUA_EMPTY_JSON', 'Dữ liệu rỗng: không có nội dung JSON.', 'The data is empty: there is no JSON.');

export function malformed(pos?: LineColumn): JsonTextError {
  return pos
    ? new JsonTextError('THIDUA_MALFORMED_JSON', `Dữ liệu không phải JSON hợp lệ: lỗi cú pháp ở ${at(pos, true)}.`, `The data is not valid JSON: syntax error at ${at(pos, false)}.`, pos)
    : new JsonTextError('THIDUA_MALFORMED_JSON', 'Dữ liệu không phải JSON hợp lệ.', 'The data is not valid JSON.');
}

export const forbiddenKey = () =>
  new JsonTextError('THIDUA_FORBIDDEN_KEY',
    'Dữ liệu chứa khóa bị cấm (“__proto__” hoặc “constructor.prototype”).',
    'The JSON contains a forbidden key ("__proto__" or "constructor.prototype").');

/** A repeated key; without a place when it could not be located (never expected). */
export function duplicateKey(key?: string, pointer?: string, pos?: LineColumn): JsonTextError {
  const k = key === undefined ? undefined : echo(key);
  return new JsonTextError('THIDUA_DUPLICATE_KEY',
    `${k === undefined ? 'Một khóa' : `Khóa “${k}”`} bị lặp lại trong cùng một đối tượng${where(true, pointer, pos)}: không rõ giá trị nào được dùng. Hãy chỉ giữ một khóa ${k === undefined ? 'mỗi tên' : `“${k}”`}.`,
    `${k === undefined ? 'A key' : `The key "${k}"`} is repeated in the same object${where(false, pointer, pos)}: it is unclear which value counts. Keep only one ${k === undefined ? 'key of each name' : `"${k}"`}.`,
    { ...pos, ...(pointer === undefined ? {} : { pointer: echo(pointer, 120) }), ...(k === undefined ? {} : { key: k }) });
}

/** A lone surrogate (its code unit given when known) in a key or a string. */
export function loneSurrogate(unit?: number, inKey = false, pointer?: string, pos?: LineColumn): JsonTextError {
  const u = unit === undefined ? '' : ` (U+${unit.toString(16).toUpperCase()})`;
  return new JsonTextError('THIDUA_LONE_SURROGATE',
    `${inKey ? 'Khóa' : 'Chuỗi'}${where(true, pointer, pos)} chứa nửa cặp thay thế UTF-16 đứng riêng${u}: ký tự này không in và không lưu được dưới dạng UTF-8. Hãy xóa hoặc sửa ký tự đó.`,
    `The ${inKey ? 'key' : 'string'}${where(false, pointer, pos)} holds a lone UTF-16 surrogate${u}, which can be neither printed nor stored as UTF-8. Remove or correct it.`,
    { ...pos, ...(pointer === undefined ? {} : { pointer: echo(pointer, 120) }) });
}
