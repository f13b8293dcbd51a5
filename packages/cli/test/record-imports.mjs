// Preloaded (`node --import`) into a child `thidua` by the tests: writes the URL of every module
// it loads to the file named by THIDUA_IMPORTS_FILE.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, { data: { file: process.env.THIDUA_IMPORTS_FILE } });
