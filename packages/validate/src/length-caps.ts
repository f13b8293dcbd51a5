/**
 * The longest text and the longest list any plan's schema accepts: a `LongText` field
 * (20 000 characters) and the nominee list (2 000 entries). tests/validate/length-caps.test.ts
 * checks every published schema against them.
 */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_LIST_LENGTH = 2_000;

/**
 * What the JSON Schema check reads at most. ajv (with allErrors) runs `pattern` on a string
 * that already failed `maxLength`, and checks every item of a list that already failed
 * `maxItems`; so a longer string or list is cut to these before it runs. It fails its
 * `maxLength`/`maxItems` all the same, no pattern ever reads more than `text` UTF-16 units,
 * and ajv's errors no longer grow with the length of a hostile list.
 */
export const LENGTH_CAPS = {
  /** Twice (MAX_TEXT_LENGTH + 1) UTF-16 units: a longer string holds more code points than any field allows. */
  text: 2 * MAX_TEXT_LENGTH + 2,
  items: MAX_LIST_LENGTH + 1,
};

/** A copy of JSON data with every string and list longer than the caps cut to them. */
export function cutToCaps(data: unknown): unknown {
  // Only hostile or broken input gets here, so a JSON round trip is fast enough; JSON.parse
  // keeps a "__proto__" key a plain property.
  return JSON.parse(JSON.stringify(data, (_, v: unknown) => (typeof v === 'string' ? v.slice(0, LENGTH_CAPS.text) : Array.isArray(v) ? v.slice(0, LENGTH_CAPS.items) : v)));
}
