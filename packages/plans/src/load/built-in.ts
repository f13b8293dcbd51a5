import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';
import type { PlanModule } from '@thidua/core';
import { PlanFileError } from '../errors.js';
import { DEFINITION_FILE, loadPlanFolder } from './plan-folder.js';

/** The ids of the built-in plans read from files, known before their files are read. */
const folderIds = new WeakMap<PlanModule, string>();

function read(folder: string): PlanModule {
  // The files live in `src/` only (the package ships `src/`): from the compiled `dist/load/`
  // the folder is under `../../src/`.
  const candidates = [new URL(`../${folder}/`, import.meta.url), new URL(`../../src/${folder}/`, import.meta.url)].map((u) => url.fileURLToPath(u));
  const dir = candidates.find((d) => fs.existsSync(path.join(d, DEFINITION_FILE))) ?? candidates[0]!;
  const { definition, examples, invalid } = loadPlanFolder(dir);
  const id = path.basename(folder);
  if (definition.id !== id) {
    throw new PlanFileError(dir, { file: DEFINITION_FILE, line: 1 }, {
      vi: `mã kế hoạch “${String(definition.id)}” phải trùng tên thư mục “${id}”.`,
      en: `the plan id “${String(definition.id)}” must equal the folder name “${id}”.`,
    });
  }
  return { definition, examples, invalid };
}

/**
 * A plan folder of this package (`<province>/<plan-id>`), read with the same loader as a folder
 * from anywhere else, when first used: parsing YAML costs tens of milliseconds, which a program
 * that imports the package but never opens this plan should not pay.
 */
export function builtInPlan(folder: string): PlanModule {
  let loaded: PlanModule | undefined;
  const load = () => (loaded ??= read(folder));
  const plan: PlanModule = {
    get definition() { return load().definition; },
    get examples() { return load().examples; },
    get invalid() { return load().invalid; },
  };
  folderIds.set(plan, path.basename(folder));
  return plan;
}

/** A plan's id without reading its files when it is a built-in plan folder. */
export function planIdOf(plan: PlanModule): string {
  return folderIds.get(plan) ?? plan.definition.id;
}
