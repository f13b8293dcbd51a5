import type { InvalidFixture, PlanDefinition, PlanExample } from './definition.js';

/** What each plan folder default-exports: its definition, its valid examples and its invalid fixtures. */
export interface PlanModule {
  definition: PlanDefinition;
  /** Complete, valid, realistic submissions; the first of each kind is the CLI's `example`. */
  examples: PlanExample[];
  /** Named invalid submissions, one or more per rule, with the errors they must produce. */
  invalid: InvalidFixture[];
}
