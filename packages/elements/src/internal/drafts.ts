// Drafts kept in the browser (localStorage), one per plan, kind and host-chosen key, so a
// reload, a crash or a closed tab loses nothing. The key carries a format version.
//
// Storage is a place anyone on the machine (or an extension) can write to, so what is read
// back is bounded before use: its length, then its nesting (both on the text, before parsing),
// then its shape. A draft that fails is set aside under its own key, never parsed again.

import { DEFAULT_LIMITS } from '@thidua/validate/engine';
import { parsePlace, type DraftPlace } from './draft-place.js';
import { nestsDeeperThan } from './json-depth.js';

export interface Draft {
  /** Storage format. */
  v: 1;
  /** The plan's schema version when the draft was saved. */
  planVersion: string;
  /** Epoch milliseconds; left out when what was stored is not a plausible time. */
  savedAt?: number;
  value: unknown;
  /** Where the user was: the open entries and the focused field. */
  place?: DraftPlace;
}

/** A stored draft longer than this is not read: about 1,000 nominees. */
export const DRAFT_MAX_CHARS = 4_000_000;

/** The data may nest as deep as validation accepts; the draft record adds one level. */
const DRAFT_MAX_DEPTH = DEFAULT_LIMITS.maxDepth + 1;

/** Times before the first draft this format could have written are not believed either. */
const EARLIEST = Date.UTC(2020, 0, 1);

const PREFIX = 'thidua:draft:v1:';
/** A failed save of the draft under the same name, with when it happened. */
const FAILED = 'thidua:draft-failed:v1:';
/** A stored draft that could not be used, kept for whoever wants to look at it. */
const ASIDE = 'thidua:draft-aside:v1:';

export type DraftRead = { draft: Draft } | { unusable: true } | undefined;

export function draftStorageKey(planId: string, kind: string, draftKey: string): string {
  return `${PREFIX}${planId}:${kind}:${draftKey}`;
}

const relatedKey = (key: string, prefix: string) => prefix + key.slice(PREFIX.length);

function storage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined; // storage disabled (privacy settings, sandboxed frame)
  }
}

function plausibleTime(t: unknown): number | undefined {
  return typeof t === 'number' && t >= EARLIEST && t <= Date.now() + 86_400_000 ? t : undefined;
}

/** A stored draft's text, bounded and checked; `unusable` when it is too long, too deep or not a draft. */
export function parseDraft(raw: string): DraftRead {
  if (raw.length > DRAFT_MAX_CHARS || nestsDeeperThan(raw, DRAFT_MAX_DEPTH)) return { unusable: true };
  let d: Partial<Draft> | null;
  try {
    d = JSON.parse(raw) as Partial<Draft> | null;
  } catch {
    return { unusable: true };
  }
  if (!d || d.v !== 1 || !d.value || typeof d.value !== 'object' || Array.isArray(d.value)) return { unusable: true };
  const savedAt = plausibleTime(d.savedAt);
  const place = parsePlace(d.place);
  return { draft: { v: 1, planVersion: String(d.planVersion ?? ''), ...(savedAt ? { savedAt } : {}), value: d.value, ...(place ? { place } : {}) } };
}

export function loadDraft(key: string): DraftRead {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  return raw ? parseDraft(raw) : undefined;
}

/** The record a draft is stored as (and downloaded as, with the plan and kind). */
export function draftRecord(planVersion: string, value: unknown, place?: DraftPlace): Draft {
  return { v: 1, planVersion, savedAt: Date.now(), value, ...(place ? { place } : {}) };
}

/** False when there is no storage or it refused the record. */
function writeDraft(key: string, planVersion: string, value: unknown, place?: DraftPlace): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(key, JSON.stringify(draftRecord(planVersion, value, place)));
    return true;
  } catch {
    return false;
  }
}

/**
 * False when the browser refused (quota, disabled storage): then the failure is noted, in
 * localStorage if a few bytes still fit, else in this tab's sessionStorage, so that the older
 * draft a reload finds is not taken for the latest.
 */
export function saveDraft(key: string, planVersion: string, value: unknown, place?: DraftPlace): boolean {
  if (!writeDraft(key, planVersion, value, place)) {
    const mark = String(Date.now());
    for (const s of [storage(), storage('sessionStorage')]) {
      try {
        s!.setItem(relatedKey(key, FAILED), mark);
        break;
      } catch {
        /* try the next one */
      }
    }
    return false;
  }
  forgetFailure(key);
  return true;
}

/** When the last save under this key failed (and none succeeded since), if one did. */
export function lastFailedSave(key: string): number | undefined {
  let latest: number | undefined;
  for (const s of [storage(), storage('sessionStorage')]) {
    try {
      const t = plausibleTime(Number(s?.getItem(relatedKey(key, FAILED)) ?? NaN));
      if (t && (!latest || t > latest)) latest = t;
    } catch {
      /* unreadable: nothing noted */
    }
  }
  return latest;
}

function forgetFailure(key: string): void {
  for (const s of [storage(), storage('sessionStorage')]) {
    try {
      s?.removeItem(relatedKey(key, FAILED));
    } catch {
      /* nothing to do */
    }
  }
}

export function removeDraft(key: string): void {
  forgetFailure(key);
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to do */
  }
}

/** Moves an unusable draft out of the way (freeing its key first, so the copy fits). */
export function setDraftAside(key: string): void {
  try {
    const s = storage();
    const raw = s?.getItem(key);
    if (!s || raw == null) return;
    s.removeItem(key);
    s.setItem(relatedKey(key, ASIDE), raw);
  } catch {
    /* the draft is gone from its key either way: it cannot come back as a draft */
  }
}
