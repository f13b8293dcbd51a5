// Drafts kept in the browser (localStorage), one per plan, kind and host-chosen key, so a
// reload, a crash or a closed tab loses nothing. The key carries a format version.

export interface Draft {
  /** Storage format. */
  v: 1;
  /** The plan's schema version when the draft was saved. */
  planVersion: string;
  /** Epoch milliseconds. */
  savedAt: number;
  value: unknown;
}

const PREFIX = 'thidua:draft:v1';

export function draftStorageKey(planId: string, kind: string, draftKey: string): string {
  return `${PREFIX}:${planId}:${kind}:${draftKey}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled (privacy settings, sandboxed frame)
  }
}

export function loadDraft(key: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Draft;
    return d && d.v === 1 && d.value && typeof d.value === 'object' ? d : undefined;
  } catch {
    return undefined;
  }
}

/** False when the browser refused (quota, disabled storage): the caller may tell the user. */
export function saveDraft(key: string, planVersion: string, value: unknown): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, JSON.stringify({ v: 1, planVersion, savedAt: Date.now(), value } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to do */
  }
}

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
