// A Set and a Map that report every change: the form's UI state (touched fields, open cards,
// list keys) lives in them, and a change must redraw the parts that depend on it.

export class TrackedSet<T> extends Set<T> {
  constructor(private readonly changed: () => void, items?: Iterable<T>) {
    super(items);
  }

  override add(v: T): this {
    if (!this.has(v)) this.changed?.();
    return super.add(v);
  }

  override delete(v: T): boolean {
    const had = super.delete(v);
    if (had) this.changed();
    return had;
  }

  override clear(): void {
    if (this.size) this.changed();
    super.clear();
  }
}

export class TrackedMap<K, V> extends Map<K, V> {
  constructor(private readonly changed: () => void) {
    super();
  }

  override set(k: K, v: V): this {
    if (this.get(k) !== v) this.changed?.();
    return super.set(k, v);
  }

  override delete(k: K): boolean {
    const had = super.delete(k);
    if (had) this.changed();
    return had;
  }

  override clear(): void {
    if (this.size) this.changed();
    super.clear();
  }
}
