import type { ValidationResult } from '@thidua/core';
import { isDocumentKind } from '@thidua/core';
import { getPlan, getSchema, UnknownKindError } from '@thidua/plans';
import type { ValidateFunction } from 'ajv';
import { BMP_LENGTHS, createAjv } from './ajv.js';
import { runValidation, type ValidateOptions } from './engine.js';

const compiled = new Map<string, ValidateFunction>();
const compiledBmp = new Map<string, ValidateFunction>();
let ajv: ReturnType<typeof createAjv> | undefined;
let ajvBmp: ReturnType<typeof createAjv> | undefined;

/** The ajv validator of a plan's schema, compiled once per process. */
export function compiledValidator(planId: string, kind: string): ValidateFunction {
  const key = `${planId}/${kind}`;
  let fn = compiled.get(key);
  if (!fn) {
    ajv ??= createAjv();
    fn = ajv.compile(getSchema(planId, kind));
    compiled.set(key, fn);
  }
  return fn;
}

/** The same validator with lengths in UTF-16 units: exact only for text without surrogates. */
function bmpValidator(planId: string, kind: string): ValidateFunction {
  const key = `${planId}/${kind}`;
  let fn = compiledBmp.get(key);
  if (!fn) {
    ajvBmp ??= createAjv(BMP_LENGTHS);
    fn = ajvBmp.compile(getSchema(planId, kind));
    compiledBmp.set(key, fn);
  }
  return fn;
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
