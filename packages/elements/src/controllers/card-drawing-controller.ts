// Which open nominee cards wait to draw their fields. "Mở tất cả" on a 300-nominee dossier
// would otherwise build some 15 000 controls at once (seconds) before the next frame; instead
// the cards it opens stay light placeholders until they come within a screen of the view, then
// draw. A card the user opens, or that focus is sent to (the error summary, "Sửa" in the
// review), draws at once. An open card scrolled far from the view (more than three screens)
// waits again, unless it holds the focus: after scrolling through a dossier only the cards near
// the view have controls, so each keystroke costs the browser (its autofill walks every control
// of the page) the same at nominee 150 as at nominee 1. The card keeps its height meanwhile
// (`content-visibility: auto` remembers it), so nothing on screen moves.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far beyond the view a waiting card starts to draw: a screen above and below. */
const AHEAD = '100% 0px';
/** How far beyond the view a drawn card goes back to waiting: three screens. */
const BEHIND = '300% 0px';

export class CardDrawingController implements ReactiveController {
  /** Changes whenever a card is to draw or to wait: the parts holding cards are drawn again. */
  version = 0;
  private readonly _host: ReactiveControllerHost;
  private readonly _waiting = new Set<number>();
  private readonly _watched = new Map<Element, number>();
  private readonly _refs = new Map<number, (el: Element | undefined) => void>();
  private _observer: IntersectionObserver | undefined;
  private readonly _drawn = new Map<Element, number>();
  /** Drawn cards seen near the view since they drew: only these can be scrolled away from it. */
  private readonly _wasNear = new Set<Element>();
  private readonly _drawnRefs = new Map<number, (el: Element | undefined) => void>();
  private _farObserver: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  /** These cards were opened together: each draws when it comes near the view. */
  defer(keys: Iterable<number>): void {
    for (const k of keys) this._waiting.add(k);
  }

  /** The card draws on the next update, wherever it is. */
  drawNow(key: number): void {
    if (this._waiting.delete(key)) this._drew();
  }

  isWaiting(key: number): boolean {
    return this._waiting.has(key);
  }

  /** The data was replaced: no card waits. */
  reset(): void {
    this._waiting.clear();
    this._refs.clear();
    this._drawnRefs.clear();
  }

  /**
   * For Lit's `ref` on an open card's drawn fields: watches them until they are far from the
   * view. One function per key, as for {@link watcher}.
   */
  drawnWatcher(key: number): (el: Element | undefined) => void {
    let fn = this._drawnRefs.get(key);
    if (!fn) {
      let current: Element | undefined;
      fn = (el) => {
        if (current) this._unwatchDrawn(current);
        current = el;
        if (el && typeof IntersectionObserver !== 'undefined') {
          this._drawn.set(el, key);
          this._observeDrawn(el);
        }
      };
      this._drawnRefs.set(key, fn);
    }
    return fn;
  }

  /**
   * For Lit's `ref` on a waiting card's placeholder: watches it until it comes near the view.
   * One function per key, so Lit does not detach and attach it again on every update.
   */
  watcher(key: number): (el: Element | undefined) => void {
    let fn = this._refs.get(key);
    if (!fn) {
      let current: Element | undefined;
      fn = (el) => {
        if (current) this._unwatch(current);
        current = el;
        if (el) this._watch(el, key);
      };
      this._refs.set(key, fn);
    }
    return fn;
  }

  hostConnected(): void {
    for (const el of this._watched.keys()) this._observe(el);
    for (const el of this._drawn.keys()) this._observeDrawn(el);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._farObserver?.disconnect();
    this._farObserver = undefined;
  }

  private _watch(el: Element, key: number): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.drawNow(key);
      return;
    }
    this._watched.set(el, key);
    this._observe(el);
  }

  private _observe(el: Element): void {
    this._observer ??= new IntersectionObserver((entries) => this._seen(entries), { rootMargin: AHEAD });
    this._observer.observe(el);
  }

  private _unwatch(el: Element): void {
    this._watched.delete(el);
    this._observer?.unobserve(el);
  }

  private _observeDrawn(el: Element): void {
    this._farObserver ??= new IntersectionObserver((entries) => this._left(entries), { rootMargin: BEHIND });
    this._farObserver.observe(el);
  }

  private _unwatchDrawn(el: Element): void {
    this._drawn.delete(el);
    this._wasNear.delete(el);
    this._farObserver?.unobserve(el);
  }

  /**
   * Drawn cards that left the zone around the view wait again. Only when truly far: inside a
   * scrolling box of the portal a card leaves the zone as soon as the box hides it, and one
   * just out of sight there keeps its fields.
   */
  private _left(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const e of entries) {
      if (e.isIntersecting) {
        this._wasNear.add(e.target);
        continue;
      }
      // A card opened far from the view (by a script, before it scrolls there) stays drawn.
      const key = this._drawn.get(e.target);
      if (key === undefined || !this._wasNear.has(e.target)) continue;
      // The root's bounds include the margin: a screen is the window's height.
      const screen = innerHeight;
      const box = e.boundingClientRect;
      if (box.bottom > -screen && box.top < 2 * screen) continue;
      const root = e.target.getRootNode() as Document | ShadowRoot;
      if (root.activeElement && e.target.contains(root.activeElement)) continue;
      this._unwatchDrawn(e.target);
      this._waiting.add(key);
      changed = true;
    }
    if (changed) this._drew();
  }

  private _seen(entries: IntersectionObserverEntry[]): void {
    let drew = false;
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const key = this._watched.get(e.target);
      if (key === undefined) continue;
      this._unwatch(e.target);
      drew = this._waiting.delete(key) || drew;
    }
    if (drew) this._drew();
  }

  private _drew(): void {
    this.version++;
    this._host.requestUpdate();
  }
}
