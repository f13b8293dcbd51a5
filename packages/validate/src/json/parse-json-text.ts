import { censusOf, hasSurrogateEscape, isWellFormed, membersInText } from './census.js';
import { decodeUtf8 } from './decode-utf8.js';
import { duplicateKey, emptyText, forbiddenKey, loneSurrogate, malformed } from './json-text-error.js';
import { locateRefusal, syntaxErrorAt } from './locate.js';

/**
 * Parses a JSON text as the SDK accepts it, from the server's request bodies to the command
 * line's files: bytes must be UTF-8 (a leading byte-order mark is dropped), and the text one
 * JSON value with no repeated key in any object, no lone UTF-16 surrogate (written raw or as
 * `\ud800`) in any key or string, and no `__proto__` or `constructor.prototype` key. Anything
 * else throws a {@link JsonTextError} that says what and where, in Vietnamese and English.
 *
 * A well-formed text costs one JSON.parse and two linear passes (one over the value, one over
 * the text); only a refused one is scanned again to locate the fault.
 */
export function parseJsonText(input: string | Uint8Array): unknown {
  let text = typeof input === 'string' ? input : decodeUtf8(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw emptyText();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed(syntaxErrorAt(text));
  }
  const census = censusOf(value, hasSurrogateEscape(text) || (typeof input === 'string' && !isWellFormed(text)));
  if (census.forbiddenKey) throw forbiddenKey();
  if (census.loneSurrogate || census.members !== membersInText(text)) {
    // The census and the scanner disagree only if one of them is wrong: refuse all the same.
    throw locateRefusal(text) ?? (census.loneSurrogate ? loneSurrogate() : duplicateKey());
  }
  return value;
}
