import { getExample } from '@thidua/plans';
import type { ParsedArgs } from '../args.js';
import { printJson } from '../io.js';
import { requireKind, requirePlan } from '../plan-args.js';

export function exampleCommand(args: ParsedArgs): number {
  printJson(getExample(requirePlan(args.positional[0]), requireKind(args.positional[1])));
  return 0;
}
