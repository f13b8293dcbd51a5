import { getSchema } from '@thidua/plans';
import type { ParsedArgs } from '../args.js';
import { printJson } from '../io.js';
import { requireKind, requirePlan } from '../plan-args.js';

export function schemaCommand(args: ParsedArgs): number {
  printJson(getSchema(requirePlan(args.positional[0]), requireKind(args.positional[1])));
  return 0;
}
