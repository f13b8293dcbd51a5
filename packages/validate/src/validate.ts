import type { ValidationResult } from '@thidua/core';
import { isDocumentKind } from '@thidua/core';
import { getPlan, getSchema, UnknownKindError } from '@thidua/plans';
import type { ValidateFunction } from 'ajv';
import { BMP_LENGTHS, createAjv } from './ajv.js';
import { runValidation, type ValidateOptions } from './engine.js';

type Ajv = ReturnType<typeof createAjv>;

const compiled = new Map<string, ValidateFunction>();
const compiledBmp = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;
let ajvBmp: Ajv | undefined;

/**
 * The validator of a plan's schema from `cache`, compiled once per schema: a plan read again
 * from its folder (the registry builds its schemas anew) is compiled again, and its old schema
 * leaves ajv, which refuses two schemas of one `$id`.
 */
function cachedValidator(cache: Map<string, ValidateFunction>, ajvOf: () => Ajv, planId: string, kind: string): ValidateFunction {
  const key = `${planId}/${kind}`;
  const schema = getSchema(planId, kind);
  let fn = cache.get(key);
  if (fn?.schema !== schema) {
    if (fn) ajvOf().removeSchema(fn.schema as object);
    fn = ajvOf().compile(schema);
    cache.set(key, fn);
  }
  return fn;
}

/** The ajv validator of a plan's schema, compiled once per process (again when the plan is replaced). */
export function compiledValidator(planId: string, kind: string): ValidateFunction {
  return cachedValidator(compiled, () => (ajv ??= createAjv()), planId, kind);
}

/** The same validator with lengths in UTF-16 units: exact only for text without surrogates. */
function bmpValidator(planId: string, kind: string): ValidateFunction {
  return cachedValidator(compiledBmp, () => (ajvBmp ??= createAjv(BMP_LENGTHS)), planId, kind);
}

/**
 * Validates a submission against a plan: `{ ok, errors, warnings, value }` with messages in
 * Vietnamese (or English with `lang: 'en'`). Throws only for an unknown plan or kind.
 */
export function validate(planId: string, kind: string, data: unknown, options: ValidateOptions = {}): ValidationResult {
  const plan = getPlan(planId);
  if (!isDocumentKind(kind)) throw new UnknownKindError(kind);
  const checks = { exact: compiledValidator(planId, kind), bmp: bmpValidator(planId, kind) };
  return runValidation(plan, kind, getSchema(planId, kind), checks, data, options);
}
