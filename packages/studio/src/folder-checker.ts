import { Worker } from 'node:worker_threads';
import type { FolderCheck } from './folder-check.js';
import type { StudioProblem } from './studio-state.js';

type Answer = FolderCheck | { problem: StudioProblem };

/** The checking thread: one folder check at a time, answered by reading number. */
export class FolderChecker {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, (answer: Answer) => void>();

  check(dir: string, reading: number): Promise<Answer> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./check-worker.js', import.meta.url));
      this.worker.unref();
      this.worker.on('message', ({ reading: n, result }: { reading: number; result: Answer }) => {
        this.waiting.get(n)?.(result);
        this.waiting.delete(n);
      });
      this.worker.on('error', (e) => this.failAll(e));
    }
    return new Promise((resolve) => {
      this.waiting.set(reading, resolve);
      this.worker!.postMessage({ dir, reading });
    });
  }

  /** A thread that died answers every waiting check with why, and the next check starts another. */
  private failAll(e: Error): void {
    this.worker = undefined;
    for (const resolve of this.waiting.values()) {
      resolve({ problem: { file: '.', message: `Trình kiểm tra dừng đột ngột (${e.message}). Hãy lưu lại tệp để kiểm tra lại.`, messageEn: `The checker stopped (${e.message}). Save the file again to check again.` } });
    }
    this.waiting.clear();
  }

  /** Stops the thread; a check still waiting is answered, and dropped by its reading. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.failAll(new Error('closed'));
  }
}
