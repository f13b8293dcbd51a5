// Plans added at run time: folders of plan files from outside the package, put in the registry
// every other part of the SDK reads, so validation, schemas, PDFs and the server treat them as
// they treat the plans the package ships.
import fs from 'node:fs';
import path from 'node:path';
import { PlanFileError } from './errors.js';
import { checkReferences } from './check/references.js';
import { DEFINITION_FILE, loadPlanFolder, type PlanFolder } from './load/plan-folder.js';
import { isBuiltInPlan, putPlan } from './registry.js';
import { buildNominationSchema } from './schema/nomination-schema.js';
import { buildReportSchema } from './schema/report-schema.js';
import { DOCUMENT_KINDS } from './schema/schema-id.js';

/**
 * A plan id names a URL path segment and a folder: lower-case letters, digits and hyphens, at
 * most 81 characters, as `<thidua-form plan>` accepts.
 */
const PLAN_ID = /^(?=.{1,81}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A plan read from a folder and added to the registry. */
export interface AddedPlan {
  /** The plan's id, as its definition says. */
  id: string;
  /** The folder it was read from. */
  dir: string;
  /** It took the place of the built-in plan of the same id (a revised plan being tried out). */
  replacesBuiltIn: boolean;
  /** The folder, read: its examples, fixtures, official text, and where each value is written. */
  folder: PlanFolder;
}

const added = new Map<string, AddedPlan>();

/**
 * The plan folders a path names: the folder itself when it holds `definition.yaml`, otherwise
 * its subfolders that do, one or two levels down (`<plan>/` or `<province>/<plan>/`), in name order.
 */
export function planFoldersIn(dir: string): string[] {
  const isPlan = (d: string) => fs.existsSync(path.join(d, DEFINITION_FILE));
  if (isPlan(dir)) return [dir];
  const subfolders = (d: string): string[] => {
    try {
      return fs.readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(d, e.name)).sort();
    } catch (error) {
      throw new PlanFileError(d, { file: '.' }, {
        vi: `không đọc được thư mục kế hoạch ${d}. Hãy chỉ đường dẫn tới một thư mục kế hoạch (có ${DEFINITION_FILE}) hoặc thư mục chứa các thư mục kế hoạch.`,
        en: `cannot read the plan folder ${d}. Give a plan folder (one holding ${DEFINITION_FILE}) or a folder of plan folders.`,
      }, error);
    }
  };
  const found = subfolders(dir).flatMap((d) => (isPlan(d) ? [d] : subfolders(d).filter(isPlan)));
  if (!found.length) {
    throw new PlanFileError(dir, { file: '.' }, {
      vi: `thư mục ${dir} không có kế hoạch nào: không có tệp ${DEFINITION_FILE} ở đó, cũng không ở các thư mục con. Hãy chỉ đường dẫn tới thư mục chứa ${DEFINITION_FILE}.`,
      en: `the folder ${dir} holds no plan: no ${DEFINITION_FILE} in it or in its subfolders. Give the folder that holds ${DEFINITION_FILE}.`,
    });
  }
  return found;
}

/** The first mistake that would stop the plan's schemas from being built, placed in its file. */
function refuseBroken(folder: PlanFolder): void {
  const { definition, dir } = folder;
  const id: unknown = definition.id;
  if (typeof id !== 'string' || !PLAN_ID.test(id)) {
    throw new PlanFileError(dir, folder.locate('/id'), {
      vi: `mã kế hoạch “${String(id)}” không hợp lệ: mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (không quá 81 ký tự), ví dụ lam-dong-2026.`,
      en: `the plan id "${String(id)}" is not valid: use lower-case letters without diacritics, digits and hyphens (at most 81 characters), e.g. lam-dong-2026.`,
    });
  }
  let wrong;
  try {
    wrong = checkReferences(definition).find((i) => i.severity === 'error');
    for (const kind of DOCUMENT_KINDS) {
      if (kind === 'report') buildReportSchema(definition);
      else buildNominationSchema(definition);
    }
  } catch (error) {
    // A field of the wrong shape (a number where a list belongs) trips the code that reads it.
    if (error instanceof PlanFileError) throw error;
    throw new PlanFileError(dir, { file: DEFINITION_FILE }, {
      vi: `định nghĩa kế hoạch “${id}” không đúng định dạng (${(error as Error).message}). Hãy đối chiếu từng trường với lược đồ định nghĩa kế hoạch (plan-definition.schema.json) và hướng dẫn định nghĩa kế hoạch.`,
      en: `the definition of the plan "${id}" does not have the format's shape (${(error as Error).message}). Compare each field with the plan-definition schema (plan-definition.schema.json) and the plan-definition guide.`,
    }, error);
  }
  if (wrong) throw new PlanFileError(dir, folder.locate(wrong.pointer), { vi: wrong.message, en: wrong.messageEn });
}

/**
 * Reads plan folders and adds their plans to the registry (`getPlan`, `getSchema`, `planIds`,
 * `catalog`, and so `validate` and the PDFs). Each path is a plan folder or a folder of plan
 * folders (`planFoldersIn`). A plan whose id is a built-in plan's replaces it
 * (`replacesBuiltIn`); two folders with one id are an error. Throws `PlanFileError`, naming
 * file and line, for a folder that cannot be read or whose definition would not make schemas
 * (an id that is not a plan id, a reference to something it does not declare): nothing is
 * added then. A folder read again (after an edit) replaces what it gave before, compiled validators included.
 */
export function addPlanFolders(paths: readonly string[]): AddedPlan[] {
  const folders = paths.flatMap((p) => planFoldersIn(path.resolve(p))).map((dir) => loadPlanFolder(dir));
  const seen = new Map<string, string>();
  // Every folder is checked before any is added: a mistake in one leaves the registry as it was.
  for (const folder of folders) {
    refuseBroken(folder);
    const id = folder.definition.id;
    const other = seen.get(id) ?? added.get(id)?.dir;
    if (other !== undefined && other !== folder.dir) {
      throw new PlanFileError(folder.dir, folder.locate('/id'), {
        vi: `kế hoạch “${id}” đã được đọc từ thư mục ${other}. Hai thư mục không được cùng một mã kế hoạch: hãy đổi mã của một trong hai, hoặc chỉ dùng một thư mục.`,
        en: `the plan "${id}" was already read from ${other}. Two folders cannot have one plan id: change the id of one, or use only one of them.`,
      });
    }
    seen.set(id, folder.dir);
  }
  const result = folders.map((folder): AddedPlan => {
    const id = folder.definition.id;
    const replacesBuiltIn = added.get(id)?.replacesBuiltIn ?? isBuiltInPlan(id);
    const entry = { id, dir: folder.dir, replacesBuiltIn, folder };
    putPlan(id, folder);
    added.set(id, entry);
    return entry;
  });
  return result;
}
