export * from './registry.js';
export * from './check-definition.js';
export * from './schema/schema-id.js';
export * from './schema/report-schema.js';
export * from './schema/nomination-schema.js';
export * from './schema/nominee-schema.js';
export * from './schema/outline.js';
export { PLAN_MODULES } from './catalog.generated.js';
export { AWARD_FORMS, CONFIRMATION_BLOCKS } from './shared/law.js';
