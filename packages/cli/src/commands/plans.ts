import { catalog } from '@thidua/plans';
import type { CommandInput } from '../command-spec.js';
import { printJson } from '../print-json.js';

export function plansCommand({ options }: CommandInput): number {
  const list = catalog().map(({ id, title, province, kinds }) => ({ id, title, province, kinds }));
  if (options.json) printJson(list);
  else for (const p of list) process.stdout.write(`${p.id.padEnd(24)} ${p.province.padEnd(10)} ${p.title}\n`);
  return 0;
}
