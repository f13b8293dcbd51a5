import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { draining, pdfBusy, pdfCancelled, pdfTimeout } from './errors.js';
import type { PdfJob, PdfJobResult } from './pdf-worker.js';

// The thread entry is the built file, as for the cluster: from src/ and dist/ alike, ../dist/ is dist/.
const WORKER = fileURLToPath(new URL('../dist/pdf-worker.js', import.meta.url));

export interface PdfPoolSettings { threads: number; queue: number; timeoutMs: number; planDirs: readonly string[] }

export interface PdfPoolStats {
  /** Threads the pool may run (started on the first PDF). */
  threads: number;
  /** Jobs being rendered now. */
  running: number;
  /** Jobs waiting for a thread. */
  queued: number;
}

/** One PDF thread beside the event loop on 2 cores; one core kept for the event loop beyond that. */
export function defaultPdfThreads(cores = os.availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * A bounded pool of worker threads that render submissions (piscina): at most `threads` jobs
 * render at once, at most `queue` more wait, and any job still unfinished `timeoutMs` after it
 * was asked for is given up. A job given up while it waits leaves the queue; one given up while
 * it renders has its thread stopped (piscina replaces it), so the slot is free at once. No
 * thread starts before the first job.
 */
export class PdfPool {
  #pool: Piscina<PdfJob, PdfJobResult> | undefined;
  #jobs = 0;
  #closed = false;
  // Mean time a thread takes for a job, to tell a refused client when to come back: a
  // 300-nominee dossier's time until the first job says otherwise.
  #meanMs = 1200;

  constructor(readonly settings: PdfPoolSettings) {}

  stats(): PdfPoolStats {
    const running = Math.min(this.#jobs, this.settings.threads);
    return { threads: this.settings.threads, running, queued: this.#jobs - running };
  }

  /** Seconds until a thread is likely free, from the jobs ahead and the mean job time; at least 1. */
  retryAfterSeconds(): number {
    const rounds = Math.ceil((this.#jobs + 1) / this.settings.threads);
    return Math.max(1, Math.ceil((rounds * this.#meanMs) / 1000));
  }

  /**
   * Renders in a thread. Refused with a 503 `ThiduaHttpError` when the queue is full
   * (`THIDUA_PDF_BUSY`), the time limit passed (`THIDUA_PDF_TIMEOUT`) or the pool is closing
   * (`THIDUA_DRAINING`); `cancel` aborted gives up the job (`THIDUA_PDF_CANCELLED`).
   */
  async render(job: PdfJob, cancel?: AbortSignal): Promise<PdfJobResult> {
    if (this.#closed) throw draining();
    if (this.#jobs >= this.settings.threads + this.settings.queue) throw pdfBusy(this.retryAfterSeconds());
    const timer = AbortSignal.timeout(this.settings.timeoutMs);
    const signal = cancel ? AbortSignal.any([cancel, timer]) : timer;
    this.#jobs++;
    try {
      const result = await this.#piscina().run(job, { signal });
      this.#meanMs = 0.7 * this.#meanMs + 0.3 * result.ms;
      return result;
    } catch (e) {
      if (cancel?.aborted) throw pdfCancelled();
      if (timer.aborted) throw pdfTimeout(this.settings.timeoutMs, this.retryAfterSeconds());
      if (this.#closed) throw draining();
      throw e;
    } finally {
      this.#jobs--;
    }
  }

  /** Stops every thread; jobs still running are given up. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#pool?.destroy();
  }

  #piscina(): Piscina<PdfJob, PdfJobResult> {
    this.#pool ??= new Piscina<PdfJob, PdfJobResult>({
      filename: WORKER,
      minThreads: this.settings.threads,
      maxThreads: this.settings.threads,
      // Our own count refuses first; this only backs it up.
      maxQueue: this.settings.queue + this.settings.threads,
      // Threads live as long as the pool: each keeps its parsed fonts.
      idleTimeout: 2 ** 31 - 1,
      workerData: { planDirs: [...this.settings.planDirs] },
      // The built thread imports the built packages: a parent's `--conditions` (as under the
      // test runner) would point them at TypeScript sources a thread cannot load.
      execArgv: [],
    });
    return this.#pool;
  }
}
