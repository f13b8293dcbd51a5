export { ThiduaForm } from './components/form/thidua-form.component.js';
export * from './events/index.js';
export { defineElement } from './internal/define.js';
export { setAssetBase, type DocumentKind } from './internal/plan-loader.js';
export { formatNumber, parseNumber } from './internal/number-format.js';
export { formatDate, parseDate, parseTime } from './internal/date-format.js';
export { VERSION } from './internal/version.js';
export type { Translation } from './translations/index.js';
