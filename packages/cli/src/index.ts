export { main, type MainHooks, type RunningCommand } from './main.js';
export { USAGE } from './help.js';
export { writeSchemas } from './commands/schemas.js';
export { readJson } from './io.js';
export { MAX_INPUT_BYTES } from './limits.js';
export { UsageError } from './errors.js';
