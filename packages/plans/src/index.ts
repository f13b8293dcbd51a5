export { planIds, hasPlan, getPlanModule, getPlan, getSchema, getExample, catalog, type CatalogEntry } from './registry.js';
export * from './errors.js';
export { checkDefinition } from './check-definition.js';
export { loadPlanFolder, type PlanFolder } from './load/plan-folder.js';
export { DOCUMENT_KINDS, isDocumentKind, schemaId, type DocumentKind } from './schema/schema-id.js';
export { buildReportSchema } from './schema/report-schema.js';
export { buildNominationSchema } from './schema/nomination-schema.js';
export { walkOutline, type OutlineEntry } from './schema/outline.js';
export { PLAN_MODULES } from './catalog.generated.js';
