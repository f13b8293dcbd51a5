import { catalog } from '@thidua/plans';
import type { ParsedArgs } from '../args.js';
import { printJson } from '../io.js';

export function plansCommand(args: ParsedArgs): number {
  const list = catalog().map(({ id, title, province, kinds }) => ({ id, title, province, kinds }));
  if (args.flags.has('json')) printJson(list);
  else for (const p of list) process.stdout.write(`${p.id.padEnd(24)} ${p.province.padEnd(10)} ${p.title}\n`);
  return 0;
}
