import type { ValidationResult } from '@thidua/core';
import { getPlan, getSchema, isDocumentKind, UnknownKindError } from '@thidua/plans';
import { compiledValidator, runValidation, type CompiledCheck, type InputLimits } from '@thidua/validate';
import type { Lang } from '@thidua/core';

export interface BoundedOptions {
  lang: Lang;
  limits: Partial<InputLimits>;
  /** Most JSON Schema errors turned into issues; the rest are dropped and the result is `truncated`. */
  maxSchemaErrors: number;
}

/**
 * `validate()` with a bound on its work for hostile input. It runs the very same pipeline
 * (`runValidation` around the same compiled schema) and gives the very same result, except
 * when the JSON Schema check reports more than `maxSchemaErrors` errors: a few hundred KB of
 * `{"type":"individual"}` items can raise hundreds of thousands, and turning each into a
 * labelled, localised issue would take seconds. Then only the first `maxSchemaErrors` are
 * turned into issues and `truncated` is true.
 */
export function validateBounded(planId: string, kind: string, data: unknown, opts: BoundedOptions): { result: ValidationResult; truncated: boolean } {
  const plan = getPlan(planId);
  if (!isDocumentKind(kind)) throw new UnknownKindError(kind);
  const inner = compiledValidator(planId, kind);
  let truncated = false;
  const check: CompiledCheck = (d: unknown) => {
    const ok = inner(d);
    const errors = inner.errors ?? null;
    truncated = !!errors && errors.length > opts.maxSchemaErrors;
    check.errors = truncated ? errors!.slice(0, opts.maxSchemaErrors) : errors;
    return ok;
  };
  const result = runValidation(plan, kind, getSchema(planId, kind), check, data, { lang: opts.lang, limits: opts.limits });
  return { result, truncated };
}
