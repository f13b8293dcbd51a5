// When the form validates what changed. The whole dossier is validated each time (tens of
// milliseconds and a large short-lived copy at 300 nominees), so it never runs before the
// frame that shows a keystroke: right after that frame when the officer can see the result
// (a new dossier, a key in a field that shows its issues), or else once typing pauses. A field
// not yet left shows none of its issues (errors are earned), so validating each of its keys
// would change nothing on screen; what does change (a counter, a card's title) is drawn after
// each frame from the data, with the issues of the last validation.

/** How long typing must pause before a field that shows no issues yet is validated. */
export const TYPING_PAUSE_MS = 300;

/** A hidden tab draws no frames: work waiting for one runs after this instead. */
const HIDDEN_TAB_MS = 100;

export class ValidationSchedule {
  private _stale = false;
  private _settled: Promise<void> = Promise.resolve();
  private _resolve: (() => void) | undefined;
  private _frameQueued = false;
  /** Counts validations: a frame's run queued before the last one has nothing left to do. */
  private _round = 0;
  private _drawQueued = false;
  private _fallback: ReturnType<typeof setTimeout> | undefined;
  private _pause: ReturnType<typeof setTimeout> | undefined;

  /**
   * `validate` validates now (and calls `done()`); `draw` asks for a render with the issues
   * the form already has.
   */
  constructor(private readonly _validate: () => void, private readonly _draw: () => void) {}

  /** What changed is not validated yet. */
  get stale(): boolean {
    return this._stale;
  }

  /** Resolves once what changed is validated (at once when it is). */
  get settled(): Promise<void> {
    return this._settled;
  }

  /** Validates right after the next frame. */
  afterFrame(): void {
    this._markStale();
    if (this._frameQueued) return;
    this._frameQueued = true;
    const round = this._round;
    const run = () => {
      if (round === this._round) this._validate();
    };
    requestAnimationFrame(() => setTimeout(run, 0));
    this._fallback ??= setTimeout(run, HIDDEN_TAB_MS);
  }

  /** Draws again right after the next frame; validates once no key came for `TYPING_PAUSE_MS`. */
  afterPause(): void {
    this._markStale();
    clearTimeout(this._pause);
    this._pause = setTimeout(() => this._validate(), TYPING_PAUSE_MS);
    if (this._drawQueued) return;
    this._drawQueued = true;
    requestAnimationFrame(() => setTimeout(() => {
      this._drawQueued = false;
      // Validated meanwhile: that drew already.
      if (this._stale) this._draw();
    }, 0));
  }

  /** The data was validated: nothing waits any more. */
  done(): void {
    this._stale = false;
    this._round++;
    this._frameQueued = false;
    clearTimeout(this._fallback);
    clearTimeout(this._pause);
    this._fallback = this._pause = undefined;
    this._resolve?.();
    this._resolve = undefined;
  }

  private _markStale(): void {
    if (this._stale) return;
    this._stale = true;
    this._settled = new Promise((resolve) => {
      this._resolve = resolve;
    });
  }
}
