// Which open nominee cards wait to draw their fields. "Mở tất cả" on a 300-nominee dossier
// would otherwise build some 15 000 controls at once (seconds) before the next frame; instead
// the cards it opens stay light placeholders until they come within a screen of the view, then
// draw for good. A card the user opens, or that focus is sent to (the error summary, "Sửa" in
// the review), draws at once.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far beyond the view a waiting card starts to draw: a screen above and below. */
const AHEAD = '100% 0px';

export class CardDrawingController implements ReactiveController {
  /** Changes whenever a waiting card is to draw: the parts holding cards are drawn again. */
  version = 0;
  private readonly _host: ReactiveControllerHost;
  private readonly _waiting = new Set<number>();
  private readonly _watched = new Map<Element, number>();
  private readonly _refs = new Map<number, (el: Element | undefined) => void>();
  private _observer: IntersectionObserver | undefined;

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
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
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
