import type { PlanDefinition } from '@thidua/core';

export type DocumentKind = 'report' | 'nomination';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['report', 'nomination'];

/** Published `$id`s are immutable: a change to a plan's schemas bumps its `version`. */
export const SCHEMA_HOST = 'https://schemas.thidua.dev';

export function schemaId(plan: PlanDefinition, kind: DocumentKind): string {
  return `${SCHEMA_HOST}/${plan.province.slug}/${plan.id}/${kind}/${plan.version}.json`;
}
