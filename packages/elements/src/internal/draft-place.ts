// Where the user was in the form, kept with the draft so that a reload goes back there: the
// entries (nominee cards) that were open and the field that had focus, as JSON pointers.
// Read back from storage, it is checked like the rest of the draft: bounded and well formed.

export interface DraftPlace {
  /** Pointers of the open entries: `/nominees/2`. */
  open: string[];
  /** Pointer of the field that had focus last. */
  field?: string;
}

/** More open entries than a dossier could have nominees is not a place worth restoring. */
const MAX_OPEN = 2_000;
const MAX_POINTER = 1_000;

const isPointer = (p: unknown): p is string => typeof p === 'string' && p.length <= MAX_POINTER && (p === '' || p.startsWith('/'));

/** The place stored with a draft, if it is one; anything else is ignored (the draft still comes back). */
export function parsePlace(v: unknown): DraftPlace | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { open, field } = v as Record<string, unknown>;
  if (!Array.isArray(open) || open.length > MAX_OPEN || !open.every(isPointer)) return undefined;
  return { open: [...open], ...(isPointer(field) && field ? { field } : {}) };
}

/** The id of a control (`f.nominees.1.name`, a radio's `f.x.y-2`) as the pointer of its field. */
export function pointerOfControlId(id: string): string | undefined {
  const m = /^f((?:\.[^.]+)*?)(?:-\d+)?$/.exec(id);
  if (!m) return undefined;
  return m[1]!.split('.').slice(1).map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
