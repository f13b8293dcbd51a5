#!/usr/bin/env node
import { endQuietlyOnClosedPipe } from './closed-pipe.js';
import { main } from './main.js';
import { withoutOptimisingCompiler } from './optimising-compiler.js';

endQuietlyOnClosedPipe();
// Only the process started from the command line tunes V8: main() also runs inside tests and
// programs that import the CLI, whose compiler is theirs to choose.
process.exitCode = await main(process.argv.slice(2), {
  onCommand: (command) => { if (!command.runsUntilStopped) withoutOptimisingCompiler(); },
});
