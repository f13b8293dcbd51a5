// Building blocks for `pattern`s that every JSON Schema stack reads alike: ECMA-262 (ajv), Python's
// `re` (jsonschema) and Java's `java.util.regex`. The shorthands differ between them: `\s` is
// Unicode in JavaScript and Python (with different sets) but ASCII in Java; `.` stops at `\r` in
// JavaScript but not in Python; `$` also matches before a final "\n" in Python and Java. So the
// schemas spell these out with escapes all three read the same way (\t \n \r \f \xhh \uhhhh).

/** JavaScript's `\s`, spelt out as a character-class body. */
export const WHITESPACE_CLASS = '\\t\\n\\x0b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** Any character but a line terminator: JavaScript's `.`. */
export const ANY_IN_LINE = '[^\\n\\r\\u2028\\u2029]';

/** The very end of the text, with no line break allowed before it: JavaScript's `$`. */
export const END = '(?![\\s\\S])';
