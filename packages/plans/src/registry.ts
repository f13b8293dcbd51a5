import type { TSchema } from '@sinclair/typebox';
import type { PlanDefinition, PlanModule } from '@thidua/core';
import { PLAN_MODULES } from './catalog.generated.js';
import { buildNominationSchema } from './schema/nomination-schema.js';
import { buildReportSchema } from './schema/report-schema.js';
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from '@thidua/core';
import { MissingExampleError, UnknownKindError, UnknownPlanError } from './errors.js';
import { planIdOf } from './load/built-in.js';

const byId = new Map<string, PlanModule>(PLAN_MODULES.map((m) => [planIdOf(m), m]));
const schemaCache = new Map<string, TSchema>();

/**
 * Puts a plan in the registry under its id, in place of a plan of the same id. Its schemas are
 * built anew, and `@thidua/validate` compiles them again when it sees a schema it has not compiled.
 */
export function putPlan(id: string, plan: PlanModule): void {
  byId.set(id, plan);
  for (const kind of DOCUMENT_KINDS) schemaCache.delete(`${id}/${kind}`);
}

/** Whether a plan of this id comes with the package (and was not replaced by a folder's). */
export function isBuiltInPlan(id: string): boolean {
  const m = byId.get(id);
  return m !== undefined && PLAN_MODULES.includes(m);
}

export function planIds(): string[] {
  return [...byId.keys()];
}

export function hasPlan(id: string): boolean {
  return byId.has(id);
}

export function getPlanModule(id: string): PlanModule {
  const m = byId.get(id);
  if (!m) throw new UnknownPlanError(id, planIds());
  return m;
}

export function getPlan(id: string): PlanDefinition {
  return getPlanModule(id).definition;
}

/** The plan's JSON Schema for a document kind, built once and shared (treat as read-only). */
export function getSchema(planId: string, kind: string): TSchema {
  const plan = getPlan(planId);
  if (!isDocumentKind(kind)) throw new UnknownKindError(kind);
  const key = `${planId}/${kind}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    schema = kind === 'report' ? buildReportSchema(plan) : buildNominationSchema(plan);
    schemaCache.set(key, schema);
  }
  return schema;
}

/** The first example of a kind: the one `thidua example` prints. */
export function getExample(planId: string, kind: string): unknown {
  const m = getPlanModule(planId);
  if (!isDocumentKind(kind)) throw new UnknownKindError(kind);
  const ex = m.examples.find((e) => e.kind === kind);
  if (!ex) throw new MissingExampleError(planId, kind);
  return structuredClone(ex.data);
}

export interface CatalogEntry {
  id: string;
  title: string;
  province: string;
  kinds: DocumentKind[];
  version: string;
  schemas: Record<DocumentKind, string>;
}

/** The catalogue (`index.json`, `thidua plans --json`): the built-in plans, then those added from folders. */
export function catalog(): CatalogEntry[] {
  return [...byId.values()].map(({ definition: p }) => ({
    id: p.id,
    title: p.title,
    province: p.province.name,
    kinds: [...DOCUMENT_KINDS],
    version: p.version,
    schemas: Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, (getSchema(p.id, k) as { $id: string }).$id])) as Record<DocumentKind, string>,
  }));
}
