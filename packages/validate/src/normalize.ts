import { detectLegacyEncoding, findUnprintable, type LegacyEncodingMatch, type UnprintableCharacter } from '@thidua/core';
import { toPointer } from '@thidua/core/json-pointer';
import { isCommonPrintable } from '@thidua/core/text';
import { LENGTH_CAPS } from './length-caps.js';

export interface InputLimits {
  /** Deepest nesting accepted; real submissions are under 10 levels. */
  maxDepth: number;
  /** Most values (strings, numbers, objects…) accepted in one submission. */
  maxNodes: number;
}

/**
 * A 300-nominee dossier, the largest a province sends, holds about 18 000 values (a past award's decision is four of them): 60 000
 * leaves room for three times that and keeps the work of a hostile body bounded.
 */
export const DEFAULT_LIMITS: InputLimits = { maxDepth: 64, maxNodes: 60_000 };

export interface LegacyHit extends LegacyEncodingMatch {
  path: string;
}

/** A string holding a character the official PDF cannot print (the first such character). */
export interface UnprintableHit extends UnprintableCharacter {
  path: string;
}

export type NormalizeOutcome =
  /**
   * `long`: some string or list is longer than LENGTH_CAPS. `surrogates`: some string holds a
   * UTF-16 surrogate (an astral character or half of one), so its length in UTF-16 units is
   * not its length in characters.
   */
  | { ok: true; value: unknown; legacy: LegacyHit[]; unprintable: UnprintableHit[]; long: boolean; surrogates: boolean }
  | { ok: false; code: 'too-deep' | 'too-large'; limit: number };

class LimitExceeded {
  constructor(readonly code: 'too-deep' | 'too-large', readonly limit: number) {}
}

// A string made only of these characters is already NFC: none is a combining mark, a
// Hangul jamo or a singleton decomposition (Latin incl. Vietnamese precomposed letters,
// general punctuation from U+2002, currency, arrows, maths, ideographic space).
// Anything else goes through String.prototype.normalize, which is exact but slower.
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2002-\u20cf\u2190-\u22ff\u3000]/;

// Printable ASCII, tabs and line breaks: nothing to normalise, decode or refuse.
const NOT_PLAIN_ASCII = /[^\t\n\r\u0020-\u007e]/;
const VIETNAMESE_BLOCK = /[\u1e00-\u1eff]/;
const SURROGATE = /[\ud800-\udfff]/;

// Characters of U+0080–U+00FF that Vietnamese never uses but TCVN3/VNI mojibake is full
// of; only strings holding one are worth the encoding detector's time.
const LEGACY_HINT = /[\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;


/**
 * NFC-normalises every string of a JSON-like value and notes legacy-encoded (TCVN3/VNI)
 * text and characters the official PDF cannot print, copying only what changes. Keys such
 * as `__proto__` stay plain own data properties: nothing here ever assigns through an
 * object's prototype. Keys are not checked for printability: every object of a plan's
 * schema is closed, so an unknown key is refused anyway (and quoted isolated).
 */
export function normalizeInput(input: unknown, limits: InputLimits = DEFAULT_LIMITS): NormalizeOutcome {
  const legacy: LegacyHit[] = [];
  const unprintable: UnprintableHit[] = [];
  let long = false;
  let surrogates = false;
  const path: string[] = [];
  /** JSON Pointer of the value being walked (built only for a hit). */
  const pointer = () => toPointer(path);
  let nodes = 0;

  const walk = (v: unknown, depth: number): unknown => {
    if (++nodes > limits.maxNodes) throw new LimitExceeded('too-large', limits.maxNodes);
    if (typeof v === 'string') {
      if (v.length > LENGTH_CAPS.text) long = true;
      // Plain ASCII (ids, enum values, dates) is the common case: nothing to check.
      if (!NOT_PLAIN_ASCII.test(v)) return v;
      // One scan settles the usual Vietnamese sentence: already NFC, and printable.
      const common = isCommonPrintable(v);
      const s = common || !MAYBE_NOT_NFC.test(v) ? v : v.normalize('NFC');
      // The common blocks hold no surrogate: only a string outside them can.
      if (!common && !surrogates && SURROGATE.test(s)) surrogates = true;
      // Mojibake is made of Latin-1 only: a string already holding precomposed Vietnamese
      // letters (U+1E00–U+1EFF, in nearly every sentence) was typed in Unicode.
      if (!VIETNAMESE_BLOCK.test(s) && LEGACY_HINT.test(s)) {
        const hit = detectLegacyEncoding(s);
        if (hit) legacy.push({ ...hit, path: pointer() });
      }
      const bad = common ? undefined : findUnprintable(s);
      if (bad) unprintable.push({ ...bad, path: pointer() });
      return s;
    }
    if (v === null || typeof v !== 'object') return v;
    if (depth >= limits.maxDepth) throw new LimitExceeded('too-deep', limits.maxDepth);
    if (Array.isArray(v)) {
      if (v.length > LENGTH_CAPS.items) long = true;
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
    return { ok: true, value: walk(input, 0), legacy, unprintable, long, surrogates };
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, code: e.code, limit: e.limit };
    if (e instanceof RangeError) return { ok: false, code: 'too-deep', limit: limits.maxDepth };
    throw e;
  }
}

function define(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
