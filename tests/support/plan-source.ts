// A plan's official text sits beside its definition as source.txt.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The plan's folder in this repository. */
export function planFolder(provinceSlug: string, planId: string): string {
  return fileURLToPath(new URL(`../../packages/plans/src/${provinceSlug}/${planId}/`, import.meta.url));
}

/** The official text of a plan folder, and the file it was read from. */
export function readPlanSource(folder: string): { file: string; text: string } {
  const file = `${folder.replace(/\/?$/, '/')}source.txt`;
  if (!existsSync(file)) throw new Error(`Thư mục kế hoạch ${folder} không có source.txt. / The plan folder has no source.txt.`);
  return { file, text: readFileSync(file, 'utf8') };
}
