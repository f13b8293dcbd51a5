import { getExample } from '@thidua/plans';
import type { CommandInput } from '../command-spec.js';
import { printJson } from '../print-json.js';
import { requireKind, requirePlan } from '../plan-args.js';

export function exampleCommand({ args }: CommandInput): number {
  printJson(getExample(requirePlan(args[0]!), requireKind(args[1]!)));
  return 0;
}
