export { main } from './main.js';
export { USAGE } from './help.js';
export { writeSchemas } from './commands/schemas.js';
export { readJson, MAX_INPUT_BYTES } from './io.js';
export { UsageError } from './errors.js';
