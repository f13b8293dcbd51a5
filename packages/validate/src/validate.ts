import type { ValidationResult } from '@thidua/core';
import { isDocumentKind } from '@thidua/core';
import { getPlan, getSchema, UnknownKindError } from '@thidua/plans';
import type { ValidateFunction } from 'ajv';
import { BMP_LENGTHS, createAjv } from './ajv.js';
import { runValidation, type ValidateOptions } from './engine.js';
import { isIsoDate } from './iso-date.js';
import { schemaForCode } from './schema-for-code.js';

type Ajv = ReturnType<typeof createAjv>;

/** A validator and the published schema it was compiled for (perhaps from a smaller equivalent). */
interface Compiled { schema: object; fn: ValidateFunction }

/** A cache of validators of one compilation: its own ajv, and what it compiles a schema from. */
class ValidatorCache {
  private readonly byKey = new Map<string, Compiled>();
  private ajv: Ajv | undefined;

  constructor(
    private readonly options: Parameters<typeof createAjv>[0],
    private readonly source: (schema: object) => object,
    private readonly formats: Record<string, (s: string) => boolean> = {},
  ) {}

  private createAjv(): Ajv {
    const ajv = createAjv(this.options);
    for (const [name, check] of Object.entries(this.formats)) ajv.addFormat(name, check);
    return ajv;
  }

  /**
   * The validator of a plan's schema, compiled once per schema: a plan read again from its
   * folder (the registry builds its schemas anew) is compiled again, and its old schema leaves
   * ajv, which refuses two schemas of one `$id`.
   */
  get(planId: string, kind: string): ValidateFunction {
    const key = `${planId}/${kind}`;
    const schema = getSchema(planId, kind);
    let c = this.byKey.get(key);
    if (c?.schema !== schema) {
      const ajv = (this.ajv ??= this.createAjv());
      if (c) ajv.removeSchema(c.fn.schema as object);
      c = { schema, fn: ajv.compile(this.source(schema)) };
      this.byKey.set(key, c);
    }
    return c.fn;
  }
}

const published = new ValidatorCache({}, (s) => s);
// validate()'s own checks run on schemaForCode(schema): the same verdicts and the same errors
// (instance path, keyword, params), with the labels dropped and repeated subschemas compiled
// once as functions of their own, which V8 runs markedly faster than one huge function; and
// dates are read digit by digit, with ajv-formats' verdict.
const FAST_FORMATS = { date: isIsoDate };
const exact = new ValidatorCache({}, schemaForCode, FAST_FORMATS);
// Lengths in UTF-16 units: exact only for text without surrogates.
const bmp = new ValidatorCache(BMP_LENGTHS, schemaForCode, FAST_FORMATS);

/** The ajv validator of a plan's schema, compiled once per process (again when the plan is replaced). */
export function compiledValidator(planId: string, kind: string): ValidateFunction {
  return published.get(planId, kind);
}

/** Compiles what `validate()` needs for a plan's document kind, so that its first call does not wait for it. */
export function prepareValidation(planId: string, kind: string): void {
  exact.get(planId, kind);
  bmp.get(planId, kind);
}

/**
 * Validates a submission against a plan: `{ ok, errors, warnings, value }` with messages in
 * Vietnamese (or English with `lang: 'en'`). Throws only for an unknown plan or kind.
 */
export function validate(planId: string, kind: string, data: unknown, options: ValidateOptions = {}): ValidationResult {
  const plan = getPlan(planId);
  if (!isDocumentKind(kind)) throw new UnknownKindError(kind);
  const checks = { exact: exact.get(planId, kind), bmp: bmp.get(planId, kind) };
  return runValidation(plan, kind, getSchema(planId, kind), checks, data, options);
}
