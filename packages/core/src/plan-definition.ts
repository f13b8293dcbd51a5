// `@thidua/core/plan-definition`: the plan-definition format as schemas, for code that checks a
// plan file (the types are in `@thidua/core`, this is the same format as values).
export { PlanDefinition, PlanExample, InvalidFixture } from './plan/definition.js';
export { PLAN_DEFINITION_SCHEMA_ID, planDefinitionJsonSchema } from './plan/definition-json-schema.js';
