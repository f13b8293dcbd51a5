export { validate, compiledValidator, prepareValidation } from './validate.js';
export {
  runValidation, DEFAULT_LIMITS, DEFAULT_MAX_ISSUES, SERVICE_MAX_ISSUES,
  type CompiledCheck, type InputLimits, type SchemaCheck, type ValidateOptions,
} from './engine.js';
export { createAjv } from './ajv.js';
export { schemaForCode } from './schema-for-code.js';
export { standaloneSource } from './standalone.js';
export { parseJsonText } from './json/parse-json-text.js';
export { JsonTextError, type JsonTextErrorCode, type JsonTextPosition } from './json/json-text-error.js';
export { totalFigures, figuresOf, type FigureTotal } from './figure-totals.js';
export { planChunkSources, type PlanChunkSources } from './browser-chunk/plan-chunks.js';
