// The checker, the fixtures and the PDFs take a second or more of CPU: they run here, in a
// thread of their own, so the studio's server answers the page (and the form it reloads) at once.
import { parentPort } from 'node:worker_threads';
import { checkFolder } from './folder-check.js';

parentPort!.on('message', (ask: { dir: string; reading: number }) => {
  void checkFolder(ask.dir).then((result) => {
    const transfer = 'pdfBytes' in result ? Object.values(result.pdfBytes).map((b) => b.buffer as ArrayBuffer) : [];
    parentPort!.postMessage({ reading: ask.reading, result }, transfer);
  });
});
