import type { DocumentKind, RULE_CODES } from '@thidua/core';
import type { RuleContext } from './context.js';

/** A code only plan rules raise. */
export type RuleCode = (typeof RULE_CODES)[number];

/**
 * A plan rule as one self-describing module, after ajv's keyword definitions: the kinds of
 * document it checks and every code it may raise (their messages live in core's catalogues),
 * so the rule list, the documentation and the tests are built from what the rules declare.
 */
export interface RuleModule {
  /** Stable name, also the module's file name. */
  readonly name: string;
  readonly kinds: readonly DocumentKind[];
  /** Every code `check` may report, including through the functions it calls. */
  readonly codes: readonly RuleCode[];
  check(ctx: RuleContext): void;
}
