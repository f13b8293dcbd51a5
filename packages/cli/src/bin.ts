#!/usr/bin/env node
import { endQuietlyOnClosedPipe } from './closed-pipe.js';
import { main } from './main.js';
import { findCommand } from './program.js';
import { COMMANDS } from './specs/index.js';
import { withoutOptimisingCompiler } from './optimising-compiler.js';

const argv = process.argv.slice(2);
if (!findCommand(COMMANDS, argv).spec?.runsUntilStopped) withoutOptimisingCompiler();
endQuietlyOnClosedPipe();
process.exitCode = await main(argv);
