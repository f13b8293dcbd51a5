export * from './validate.js';
export * from './engine.js';
export * from './ajv.js';
export * from './normalize.js';
export * from './labels.js';
export { RULES, evaluateTest, seriesOf, applicableQuotas, resolveUnit } from './rules/index.js';
export * from './standalone.js';
