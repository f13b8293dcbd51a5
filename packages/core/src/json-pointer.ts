// `@thidua/core/json-pointer`: JSON Pointers (RFC 6901), the one way issues, fields and drafts
// name a place in a submission.
export { escapePointerToken, parsePointer, toPointer } from './json-pointer/json-pointer.js';
