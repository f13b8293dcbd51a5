/** Runs the last scheduled task once `delay` ms have passed without a new one. */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private task: (() => void) | undefined;

  constructor(private readonly delay: number) {}

  schedule(task: () => void): void {
    this.task = task;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Runs the pending task now (page hidden, element removed). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const t = this.task;
    this.task = undefined;
    t?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.task = undefined;
  }

  get pending(): boolean {
    return this.task !== undefined;
  }
}
