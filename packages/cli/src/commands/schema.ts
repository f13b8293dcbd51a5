import { getSchema } from '@thidua/plans';
import type { CommandInput } from '../command-spec.js';
import { printJson } from '../print-json.js';
import { requireKind, requirePlan } from '../plan-args.js';

export function schemaCommand({ args }: CommandInput): number {
  printJson(getSchema(requirePlan(args[0]!), requireKind(args[1]!)));
  return 0;
}
