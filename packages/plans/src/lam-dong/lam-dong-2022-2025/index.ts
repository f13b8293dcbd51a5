import type { PlanModule } from '@thidua/core';
import { definition } from './definition.js';
import { examples } from './examples.js';
import { invalid } from './invalid.js';

export default { definition, examples, invalid } satisfies PlanModule;
