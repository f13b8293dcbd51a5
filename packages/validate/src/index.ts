export * from './validate.js';
export * from './engine.js';
export * from './ajv.js';
export * from './normalize.js';
export * from './labels.js';
export { RULES, evaluateTest, seriesOf, applicableQuotas, resolveUnit } from './rules/index.js';
export * from './standalone.js';
export { parseJsonText } from './json/parse-json-text.js';
export { JsonTextError, type JsonTextErrorCode, type JsonTextPosition } from './json/json-text-error.js';
