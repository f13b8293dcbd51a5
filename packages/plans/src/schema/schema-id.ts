import type { DocumentKind, PlanDefinition } from '@thidua/core';

// The plans' documented API names the document kinds; they are defined once, in core.
export { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from '@thidua/core';

/** Published `$id`s are immutable: a change to a plan's schemas bumps its `version`. */
export const SCHEMA_HOST = 'https://schemas.thidua.dev';

export function schemaId(plan: PlanDefinition, kind: DocumentKind): string {
  return `${SCHEMA_HOST}/${plan.province.slug}/${plan.id}/${kind}/${plan.version}.json`;
}
