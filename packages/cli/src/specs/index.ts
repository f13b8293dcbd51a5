import type { CommandSpec } from '../command-spec.js';
import { example } from './example.js';
import { fill } from './fill.js';
import { pdf } from './pdf.js';
import { plan } from './plan.js';
import { planCheck } from './plan-check.js';
import { plans } from './plans.js';
import { schema } from './schema.js';
import { schemas } from './schemas.js';
import { serve } from './serve.js';
import { studio } from './studio.js';
import { validate } from './validate.js';

/** Every command, in the order `thidua --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [plans, plan, planCheck, schema, schemas, example, validate, pdf, fill, serve, studio];
