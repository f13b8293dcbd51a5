// `@thidua/validate/json`: reading JSON text as the server reads a body, without the validator.
export { parseJsonText } from './parse-json-text.js';
export { JsonTextError, type JsonTextErrorCode, type JsonTextPosition } from './json-text-error.js';
