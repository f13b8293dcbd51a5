import { detectLegacyEncoding, type LegacyEncodingMatch } from '@thidua/core';

export interface InputLimits {
  /** Deepest nesting accepted; real submissions are under 10 levels. */
  maxDepth: number;
  /** Most values (strings, numbers, objects…) accepted in one submission. */
  maxNodes: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxDepth: 64, maxNodes: 1_000_000 };

export interface LegacyHit extends LegacyEncodingMatch {
  path: string;
}

export type NormalizeOutcome =
  | { ok: true; value: unknown; legacy: LegacyHit[] }
  | { ok: false; code: 'too-deep' | 'too-large'; limit: number };

class LimitExceeded {
  constructor(readonly code: 'too-deep' | 'too-large', readonly limit: number) {}
}

// Anything at or above U+0300 may be a combining mark or a precomposed letter; below it a
// string is already NFC, and normalising it would only cost time.
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * NFC-normalises every string of a JSON-like value and notes legacy-encoded (TCVN3/VNI)
 * text, copying only what changes. Keys such as `__proto__` stay plain own data properties:
 * nothing here ever assigns through an object's prototype.
 */
export function normalizeInput(input: unknown, limits: InputLimits = DEFAULT_LIMITS): NormalizeOutcome {
  const legacy: LegacyHit[] = [];
  const path: string[] = [];
  let nodes = 0;

  const walk = (v: unknown, depth: number): unknown => {
    if (++nodes > limits.maxNodes) throw new LimitExceeded('too-large', limits.maxNodes);
    if (typeof v === 'string') {
      if (!MAYBE_NOT_NFC.test(v) && !/[\u0080-\u00ff]/.test(v)) return v;
      const s = v.normalize('NFC');
      const hit = detectLegacyEncoding(s);
      if (hit) legacy.push({ ...hit, path: path.length ? '/' + path.map(escapePointer).join('/') : '' });
      return s;
    }
    if (v === null || typeof v !== 'object') return v;
    if (depth >= limits.maxDepth) throw new LimitExceeded('too-deep', limits.maxDepth);
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        path.push(String(i));
        const x = v[i];
        const y = walk(x, depth + 1);
        path.pop();
        if (out) out.push(y);
        else if (y !== x) { out = v.slice(0, i); out.push(y); }
      }
      return out ?? v;
    }
    const src = v as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    const keys = Object.keys(src);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      path.push(k);
      const x = src[k];
      const y = walk(x, depth + 1);
      path.pop();
      if (!out && y !== x) {
        out = {};
        for (let j = 0; j < i; j++) define(out, keys[j]!, src[keys[j]!]);
      }
      if (out) define(out, k, y);
    }
    return out ?? v;
  };

  try {
    return { ok: true, value: walk(input, 0), legacy };
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, code: e.code, limit: e.limit };
    if (e instanceof RangeError) return { ok: false, code: 'too-deep', limit: limits.maxDepth };
    throw e;
  }
}

function define(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
