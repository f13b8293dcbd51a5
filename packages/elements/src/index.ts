export { ThiduaForm } from './components/form/thidua-form.component.js';
export * from './events/index.js';
export { ThiduaInvalidError } from './errors/thidua-invalid-error.js';
export { ThiduaNotReadyError } from './errors/thidua-not-ready-error.js';
export { defineElement } from './internal/define.js';
export { setAssetBase } from './internal/plan-loader.js';
export { VERSION } from './internal/version.js';
export type { DocumentKind } from '@thidua/core';
