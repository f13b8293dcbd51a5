import v8 from 'node:v8';

/**
 * A command that ends when its job is done (a PDF, a validation, a small batch) ends before
 * V8's optimising compiler pays back its cost: TurboFan compiles hot functions on a second
 * thread, and by the time the optimised code is ready the run is nearly over. Measured as whole
 * processes on 2 cores, without it `thidua pdf` of the 6-page report used about a quarter less
 * CPU, and neither a batch of 20 reports nor a 300-nominee dossier (703 pages) got slower.
 * Servers run long enough to gain from it and keep it.
 *
 * The choice is made in two places, each where its fact is first known: bin.ts turns it off as
 * soon as the command is known not to run until stopped, and `thidua pdf` turns it back on once
 * it has counted a batch of at least {@link OPTIMISING_BATCH} documents.
 */
export function withoutOptimisingCompiler(): void {
  v8.setFlagsFromString('--no-turbofan');
}

/**
 * Batches from this many documents up keep the optimising compiler: without it each report
 * costs about twice the CPU once the code is hot (18 against 9 ms), which outweighs the start
 * it saves after about 25 reports (100 reports: 2.3 s of CPU without, 1.8 s with).
 */
export const OPTIMISING_BATCH = 25;

/** Back on, before the hot code runs: as if it had never been turned off. */
export function withOptimisingCompiler(): void {
  v8.setFlagsFromString('--turbofan');
}
