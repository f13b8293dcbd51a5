// What `validate` and `pdf` check a document with. A built-in plan comes prepared by the build
// (dist/bundle/prepared/<id>/<kind>.js: its definition, JSON Schema and standalone validator),
// so a run neither parses the plan's YAML nor compiles its schema with ajv; a plan read from a
// folder (`--plans`), or a build without prepared plans, is read and compiled at run time.
import type { DocumentKind, PlanDefinition, ValidationResult } from '@thidua/core';
import type { CompiledCheck, ValidateOptions } from '@thidua/validate';

export interface PlanValidator {
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
  if (fromFolders.has(planId)) return undefined;
  try {
    return await import(new URL(`${planId}/${kind}.js`, PREPARED).href) as PreparedPlan;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/** The validator of a plan's document kind; the plan must exist (requirePlan). */
export async function planValidator(planId: string, kind: DocumentKind): Promise<PlanValidator> {
  const [ready, { runValidation }] = await Promise.all([prepared(planId, kind), import('@thidua/validate/engine')]);
  if (ready) {
    const { plan, schema, check } = ready;
    return { plan, schema, validate: (data, options) => runValidation(plan, kind, schema, check, data, options) };
  }
  const [{ getPlan, getSchema }, { validate }] = await Promise.all([import('@thidua/plans'), import('@thidua/validate')]);
  return { plan: getPlan(planId), schema: getSchema(planId, kind), validate: (data, options) => validate(planId, kind, data, options) };
}
