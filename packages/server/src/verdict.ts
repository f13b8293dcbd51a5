import type { ValidationResult } from '@thidua/core';

/**
 * 200 `{ ok: true, value, warnings }` or 422 `{ ok: false, errors, warnings }`: the result of
 * `validate()` as it is, with `truncated: true` when `maxIssues` cut its lists. The validation
 * route and the PDF threads answer an invalid submission with the same body.
 */
export function verdict(r: ValidationResult): { status: 200 | 422; body: Record<string, unknown> } {
  const flag = r.truncated ? { truncated: true } : {};
  return r.ok
    ? { status: 200, body: { ok: true, value: r.value, warnings: r.warnings, ...flag } }
    : { status: 422, body: { ok: false, errors: r.errors, warnings: r.warnings, ...flag } };
}
