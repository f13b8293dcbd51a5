import { ThiduaError, type ThiduaErrorCode } from '@thidua/core';

/** A failure the user must fix (bad arguments, unreadable input): exit 2 with one line. */
export class UsageError extends ThiduaError<'THIDUA_USAGE', { exitCode: number }> {
  override name = 'UsageError';
  readonly exitCode: number;
  constructor(messageVi: string, messageEn: string, options: { exitCode?: number; cause?: unknown } = {}) {
    const exitCode = options.exitCode ?? 2;
    super('THIDUA_USAGE', { vi: messageVi, en: messageEn }, { details: { exitCode }, cause: options.cause });
    this.exitCode = exitCode;
  }

  /** Another SDK error the user must fix, said as it is, as a usage error (exit 2). */
  static from(error: ThiduaError<ThiduaErrorCode, object>, prefix?: { vi: string; en: string }): UsageError {
    return new UsageError(
      prefix ? `${prefix.vi}: ${error.messageVi}` : error.messageVi,
      prefix && prefix.en ? `${prefix.en}: ${error.messageEn}` : error.messageEn,
      { cause: error },
    );
  }
}
