import { getPlan } from '@thidua/plans';
import type { CommandInput } from '../command-spec.js';
import { printJson } from '../print-json.js';
import { requirePlan } from '../plan-args.js';

export function planCommand({ args }: CommandInput): number {
  printJson(getPlan(requirePlan(args[0]!)));
  return 0;
}
