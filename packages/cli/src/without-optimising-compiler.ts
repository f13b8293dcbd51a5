import v8 from 'node:v8';

/**
 * A command that ends when its job is done (a PDF, a validation, a batch) ends before V8's
 * optimising compiler pays back its cost: TurboFan compiles hot functions on a second thread,
 * and by the time the optimised code is ready the run is nearly over. Measured as whole
 * processes on 2 cores, without it `thidua pdf` of the 6-page report used about a quarter less
 * CPU, and neither a batch of 20 reports nor a 300-nominee dossier (703 pages) got slower. Servers run long
 * enough to gain from it and keep it.
 */
export function withoutOptimisingCompiler(): void {
  v8.setFlagsFromString('--no-turbofan');
}
