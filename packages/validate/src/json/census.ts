// The cheap test that lets a well-formed text through at the cost of one pass over the parsed
// value and one over the text: JSON.parse keeps the last of repeated keys, so a text with a
// repeated key names more members than the parsed value holds; and JSON.parse accepts lone
// surrogates, which the walk sees. Only a text that fails this is scanned again to say where.
// The same walk finds the keys that could reach a prototype: JSON.parse makes `__proto__` an
// own data property, however it was spelled (escapes included), so a key comparison is exact.

type MaybeWellFormed = string & { isWellFormed?(): boolean };
const LONE_SURROGATE = /\p{Cs}/u;
/** No lone surrogate: String.prototype.isWellFormed (ES2024) where it exists, a regular expression elsewhere. */
export const isWellFormed = (s: string) => (s as MaybeWellFormed).isWellFormed?.() ?? !LONE_SURROGATE.test(s);

// Besides raw in a text given as a string (decoded UTF-8 cannot hold one), a lone surrogate
// gets into a parsed value only written as an escape \uD800–\uDFFF; most texts have no \u at all.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
export const hasSurrogateEscape = (text: string) => text.includes('\\u') && SURROGATE_ESCAPE.test(text);

export interface ValueCensus {
  /** Members of all objects, counted after JSON.parse merged repeated keys. */
  members: number;
  /** Some key or string holds a lone surrogate (looked for only when asked). */
  loneSurrogate: boolean;
  /** Some object has a `__proto__` key, or a `constructor` object with a `prototype` key. */
  forbiddenKey: boolean;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Walks a parsed JSON value without recursion (a 2 MB text can nest a million levels). */
export function censusOf(value: unknown, lookForLoneSurrogates: boolean): ValueCensus {
  let members = 0;
  let loneSurrogate = false;
  let forbiddenKey = false;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (lookForLoneSurrogates && !isWellFormed(v)) loneSurrogate = true;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      members += keys.length;
      for (const k of keys) {
        if (lookForLoneSurrogates && !isWellFormed(k)) loneSurrogate = true;
        const x = (v as Record<string, unknown>)[k];
        if (k === '__proto__' || (k === 'constructor' && x !== null && typeof x === 'object' && hasOwn(x, 'prototype'))) forbiddenKey = true;
        stack.push(x);
      }
    }
  }
  return { members, loneSurrogate, forbiddenKey };
}

const isJsonSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Members named in a text JSON.parse accepted: strings followed by a colon. Outside strings
 * valid JSON has no quote, so each quote found from the end of the last string opens the next;
 * a quote preceded by an odd run of backslashes is escaped and does not close it.
 */
export function membersInText(text: string): number {
  let members = 0;
  for (let open = text.indexOf('"'); open !== -1;) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && escaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) break;
    let next = close + 1;
    while (isJsonSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 0x3a) members++;
    open = text.indexOf('"', next);
  }
  return members;
}

function escaped(text: string, quote: number): boolean {
  let run = 0;
  for (let i = quote - 1; text.charCodeAt(i) === 0x5c; i--) run++;
  return run % 2 === 1;
}
