import { getPlan } from '@thidua/plans';
import type { ParsedArgs } from '../args.js';
import { printJson } from '../io.js';
import { requirePlan } from '../plan-args.js';

export function planCommand(args: ParsedArgs): number {
  printJson(getPlan(requirePlan(args.positional[0])));
  return 0;
}
