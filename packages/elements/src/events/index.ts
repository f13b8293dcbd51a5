export * from './thidua-change.js';
export * from './thidua-invalid.js';
export * from './thidua-submit.js';
export * from './thidua-ready.js';
export * from './thidua-error.js';
