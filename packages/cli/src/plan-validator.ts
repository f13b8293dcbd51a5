// What `validate` and `pdf` check a document with. A built-in plan comes prepared by the build
// (dist/bundle/prepared/<id>/<kind>.js: its definition, JSON Schema and standalone validator),
// so a run neither parses the plan's YAML nor compiles its schema with ajv; a plan read from a
// folder (`--plans`), or a build without prepared plans, is read and compiled at run time.
import { isDocumentKind, type DocumentKind, type PlanDefinition, type ValidationResult } from '@thidua/core';
import type { CompiledCheck, ValidateOptions } from '@thidua/validate';

export interface PlanValidator {
  kind: DocumentKind;
  plan: PlanDefinition;
  schema: object;
  validate(data: unknown, options: ValidateOptions): ValidationResult;
}

interface PreparedPlan {
  plan: PlanDefinition;
  schema: object;
  check: CompiledCheck;
}

/** Beside the bundle's modules; absent elsewhere (the compiled sources, the sources in tests). */
const PREPARED = new URL('./prepared/', import.meta.url);
/** Ids whose plan this run reads from a folder, in place of a built-in plan of that id. */
const fromFolders = new Set<string>();

/** This run reads the plan of this id from a folder: what the build prepared is not it. */
export function planFromFolder(id: string): void {
  fromFolders.add(id);
}

async function prepared(planId: string, kind: DocumentKind): Promise<PreparedPlan | undefined> {
  // A plan id names a folder of the build's, never a path elsewhere.
  if (fromFolders.has(planId) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(planId)) return undefined;
  try {
    return await import(new URL(`${planId}/${kind}.js`, PREPARED).href) as PreparedPlan;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/**
 * The validator of a plan's document kind. An unknown plan or kind is a UsageError; the plans'
 * registry (and the YAML reader it brings) is loaded only when no prepared plan answers.
 */
export async function planValidator(planId: string, kind: string): Promise<PlanValidator> {
  const ready = isDocumentKind(kind) ? await prepared(planId, kind) : undefined;
  if (ready) {
    const { runValidation } = await import('@thidua/validate/engine');
    const { plan, schema, check } = ready;
    return { kind: kind as DocumentKind, plan, schema, validate: (data, options) => runValidation(plan, kind as DocumentKind, schema, check, data, options) };
  }
  const { requireKind, requirePlan } = await import('./plan-args.js');
  requirePlan(planId);
  const docKind = requireKind(kind);
  const [{ getPlan, getSchema }, { validate }] = await Promise.all([import('@thidua/plans'), import('@thidua/validate')]);
  return { kind: docKind, plan: getPlan(planId), schema: getSchema(planId, docKind), validate: (data, options) => validate(planId, docKind, data, options) };
}
