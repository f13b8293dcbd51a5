import type { ThiduaErrorCode } from './codes.js';

/** The two halves of an error's text; each says what went wrong, then what to do. */
export interface BilingualMessage {
  vi: string;
  en: string;
}

export interface ThiduaErrorOptions<D> {
  /** Facts about the failure a program can use without parsing the message. */
  details?: D;
  /** The error this one explains (kept as the standard `cause`). */
  cause?: unknown;
}

/**
 * Base class of every error the Thi Đua SDK throws because of its input or its setup: catch it
 * with `instanceof ThiduaError` and branch on `code`, which is listed in `ERROR_CODES` (and in
 * docs/reference/errors.md). `message` is “Vietnamese / English”, as printed by the CLI.
 */
export class ThiduaError<C extends ThiduaErrorCode = ThiduaErrorCode, D extends object = Record<string, unknown>> extends Error {
  // Each subclass names itself as a field: a minifier may rename classes, so `constructor.name` is not used.
  override name = 'ThiduaError';
  readonly code: C;
  readonly details: D;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(code: C, message: BilingualMessage, options: ThiduaErrorOptions<D> = {}) {
    super(`${message.vi} / ${message.en}`, options.cause === undefined ? undefined : { cause: options.cause });
    // Compiled to ES5-style classes, or called through a bundler's helpers, `this` can lose the
    // subclass's prototype; restoring it keeps `instanceof` working for every subclass.
    Object.setPrototypeOf(this, new.target.prototype);
    this.code = code;
    this.details = options.details ?? ({} as D);
    this.messageVi = message.vi;
    this.messageEn = message.en;
  }

}

/** Whether `value` is an SDK error, with one of the given codes when any are given. */
export function isThiduaError<C extends ThiduaErrorCode>(value: unknown, ...codes: C[]): value is ThiduaError<C> {
  return value instanceof ThiduaError && (codes.length === 0 || (codes as string[]).includes(value.code));
}
