/**
 * `thidua plan … | head`: the reader may close the pipe before the output ends. Like other Unix
 * tools the command then stops quietly, with status 0 — the reader has what it asked for — and
 * not with a stack trace of the write that found the pipe closed. Any other output error is
 * still thrown.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(0);
    });
  }
}
