import type { ValidationIssue } from '@thidua/core';

// The body as it arrived, for each value parsed from one: kept as long as the value lives.
const rawBodies = new WeakMap<object, Uint8Array>();

const BOM = [0xef, 0xbb, 0xbf];
const OK_HEAD = Buffer.from('{"ok":true,"value":');

/** Remembers the bytes `value` was parsed from (the body parser calls it). */
export function keepRawBody(value: unknown, body: Uint8Array): void {
  if (value !== null && typeof value === 'object') rawBodies.set(value, body);
}

/**
 * The 200 answer `{ ok: true, value, warnings }` as bytes, when `value` is the very object the
 * body parser produced (normalisation changed nothing): its JSON is then the request's own
 * text, already checked for UTF-8, repeated keys and lone surrogates, so it is copied in
 * instead of writing the dossier out again, the largest part of the answer and of its cost.
 * Undefined otherwise; the answer is then serialised as usual.
 */
export function okAnswerBytes(value: unknown, warnings: ValidationIssue[], truncated: boolean | undefined): Buffer | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const raw = rawBodies.get(value);
  if (!raw) return undefined;
  const text = raw[0] === BOM[0] && raw[1] === BOM[1] && raw[2] === BOM[2] ? raw.subarray(3) : raw;
  const tail = Buffer.from(`,"warnings":${JSON.stringify(warnings)}${truncated ? ',"truncated":true' : ''}}`);
  return Buffer.concat([OK_HEAD, text, tail]);
}
