// A plan's official text sits beside its definition as source.txt.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_FILE_NAMES = ['source.txt'] as const;

/** The plan's folder in this repository. */
export function planFolder(provinceSlug: string, planId: string): string {
  return fileURLToPath(new URL(`../../packages/plans/src/${provinceSlug}/${planId}/`, import.meta.url));
}

/** The official text of a plan folder, and the file it was read from. */
export function readPlanSource(folder: string): { file: string; text: string } {
  for (const name of SOURCE_FILE_NAMES) {
    const file = `${folder.replace(/\/?$/, '/')}${name}`;
    if (existsSync(file)) return { file, text: readFileSync(file, 'utf8') };
  }
  throw new Error(`Thư mục kế hoạch ${folder} không có ${SOURCE_FILE_NAMES.join(' hay ')}. / The plan folder has no ${SOURCE_FILE_NAMES.join(' or ')}.`);
}
