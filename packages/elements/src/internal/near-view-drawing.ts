// What of a long form draws its controls: only what is near the view. A thing (a nominee card,
// a top-level part) either draws its fields or waits as a light placeholder; a waiting one draws
// once it comes within a screen of the view, and a drawn one scrolled more than three screens
// away waits again, unless it holds the focus. Each keystroke costs the browser (its autofill
// walks every control of the page) in proportion to the controls in the page, so after scrolling
// through a dossier the fields far away should not be there. A thing that waits again keeps the
// height it had drawn ({@link NearViewDrawing.heightOf}), so nothing on screen moves.

/** How far beyond the view a waiting thing starts to draw: a screen above and below. */
const AHEAD = '100% 0px';
/** How far beyond the view a drawn thing goes back to waiting: three screens. */
const BEHIND = '300% 0px';

type Watcher = (el: Element | undefined) => void;

export class NearViewDrawing<K> {
  private readonly _waiting = new Set<K>();
  // Without IntersectionObserver what waits draws at once, and what is drawn stays.
  private readonly _near = new Observed<K>(AHEAD, (entries) => this._seen(entries), (key) => this.drawNow(key));
  private readonly _far = new Observed<K>(BEHIND, (entries) => this._left(entries), () => undefined);
  /** Drawn things seen near the view since they drew: only these can be scrolled away from it. */
  private readonly _wasNear = new Set<Element>();
  private readonly _heights = new Map<K, number>();

  /**
   * `changed` is called when something is to draw or to wait. `farFromStart`: a thing drawn
   * far from the view may wait before it was ever near (a group far below the top when the
   * form is first drawn); otherwise only once it has been near (a card opened by a script
   * before it scrolls there stays drawn).
   */
  constructor(private readonly _changed: () => void, private readonly _farFromStart = false) {}

  /** These wait until they come near the view. */
  defer(keys: Iterable<K>): void {
    for (const k of keys) this._waiting.add(k);
  }

  /** Draws on the next update, wherever it is. */
  drawNow(key: K): void {
    if (this._waiting.delete(key)) this._changed();
  }

  isWaiting(key: K): boolean {
    return this._waiting.has(key);
  }

  /** While it waits again: the height in CSS pixels it had drawn, for its placeholder. */
  heightOf(key: K): number | undefined {
    return this._waiting.has(key) ? this._heights.get(key) : undefined;
  }

  /** The data was replaced: nothing waits. */
  reset(): void {
    this._waiting.clear();
    this._heights.clear();
    this._near.forget();
    this._far.forget();
  }

  /** For Lit's `ref` on a waiting thing's placeholder: watched until it comes near the view. */
  watcher(key: K): Watcher {
    return this._near.watcher(key);
  }

  /** For Lit's `ref` on a drawn thing: watched until it is far from the view. */
  drawnWatcher(key: K): Watcher {
    return this._far.watcher(key, (el) => this._wasNear.delete(el));
  }

  connect(): void {
    this._near.connect();
    this._far.connect();
  }

  disconnect(): void {
    this._near.disconnect();
    this._far.disconnect();
  }

  private _seen(entries: IntersectionObserverEntry[]): void {
    let drew = false;
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const key = this._near.keyOf(e.target);
      if (key === undefined) continue;
      this._near.unwatch(e.target);
      drew = this._waiting.delete(key) || drew;
    }
    if (drew) this._changed();
  }

  /**
   * Drawn things that left the zone around the view wait again. Only when truly far: inside a
   * scrolling box of the portal a thing leaves the zone as soon as the box hides it, and one
   * just out of sight there keeps its fields.
   */
  private _left(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const e of entries) {
      if (e.isIntersecting) {
        this._wasNear.add(e.target);
        continue;
      }
      const key = this._far.keyOf(e.target);
      if (key === undefined || !(this._farFromStart || this._wasNear.has(e.target))) continue;
      // The root's bounds include the margin: a screen is the window's height.
      const screen = innerHeight;
      const box = e.boundingClientRect;
      if (box.bottom > -screen && box.top < 2 * screen) continue;
      const root = e.target.getRootNode() as Document | ShadowRoot;
      if (root.activeElement && e.target.contains(root.activeElement)) continue;
      this._far.unwatch(e.target);
      this._wasNear.delete(e.target);
      this._heights.set(key, box.height);
      this._waiting.add(key);
      changed = true;
    }
    if (changed) this._changed();
  }
}

/** Elements watched by one IntersectionObserver, each for a key. */
class Observed<K> {
  private readonly _keys = new Map<Element, K>();
  private readonly _refs = new Map<K, Watcher>();
  private _observer: IntersectionObserver | undefined;

  /** `unobservable` is called instead of watching where there is no IntersectionObserver. */
  constructor(private readonly _margin: string, private readonly _callback: IntersectionObserverCallback, private readonly _unobservable: (key: K) => void) {}

  keyOf(el: Element): K | undefined {
    return this._keys.get(el);
  }

  /** One function per key, so Lit does not detach and attach it again on every update. */
  watcher(key: K, onUnwatch?: (el: Element) => void): Watcher {
    let fn = this._refs.get(key);
    if (!fn) {
      let current: Element | undefined;
      fn = (el) => {
        if (current) {
          this.unwatch(current);
          onUnwatch?.(current);
        }
        current = el;
        if (el) this.watch(el, key);
      };
      this._refs.set(key, fn);
    }
    return fn;
  }

  watch(el: Element, key: K): void {
    if (typeof IntersectionObserver === 'undefined') {
      this._unobservable(key);
      return;
    }
    this._keys.set(el, key);
    this._observe(el);
  }

  unwatch(el: Element): void {
    this._keys.delete(el);
    this._observer?.unobserve(el);
  }

  forget(): void {
    this._refs.clear();
  }

  connect(): void {
    for (const el of this._keys.keys()) this._observe(el);
  }

  disconnect(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }

  private _observe(el: Element): void {
    this._observer ??= new IntersectionObserver(this._callback, { rootMargin: this._margin });
    this._observer.observe(el);
  }
}
