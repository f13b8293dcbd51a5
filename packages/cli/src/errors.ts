/** A failure the user must fix (bad arguments, unreadable input): exit 2 with one line. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
