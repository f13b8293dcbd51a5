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
 * Marks every SDK error, whichever copy of this module made it: a page may hold two (the
 * element's single-file bundle and the host's own `@thidua/core`), each with its own class.
 * `Symbol.for` gives both copies the same key.
 */
const BRAND = Symbol.for('thidua.error');

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

  // Defined, not declared as a static method: a class compiled to ES5 would assign it, and
  // Function.prototype's read-only Symbol.hasInstance forbids that.
  static {
    Object.defineProperty(this.prototype, BRAND, { value: true });
    Object.defineProperty(this, Symbol.hasInstance, { value: isBranded });
  }
}

/**
 * `error instanceof ThiduaError` holds for an error of any copy of the SDK (see BRAND); a
 * subclass keeps the ordinary prototype test, so `instanceof JsonTextError` means this copy's class.
 */
function isBranded(this: unknown, value: unknown): boolean {
  if (this !== ThiduaError) return (Function.prototype[Symbol.hasInstance] as (this: unknown, v: unknown) => boolean).call(this, value);
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/** Whether `value` is an SDK error, with one of the given codes when any are given. */
export function isThiduaError<C extends ThiduaErrorCode>(value: unknown, ...codes: C[]): value is ThiduaError<C> {
  return value instanceof ThiduaError && (codes.length === 0 || (codes as string[]).includes(value.code));
}
