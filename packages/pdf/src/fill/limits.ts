// How much of a template `fillForm` is willing to read. A real fillable form is a few hundred
// kilobytes with a few thousand objects; each limit is far above that and far below what makes
// one request take seconds or hundreds of megabytes. docs/guide/pdf.md lists them.

/** Largest template file read at all. */
export const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024;

/** Object streams may inflate to this many times the template's size in total… */
export const INFLATE_RATIO = 100;
/** …and never to more than this. */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

/** Arrays and dictionaries nested deeper than this (pdf-lib parses and writes them recursively). */
export const MAX_NESTING = 100;

/** PDF values (numbers, names, strings, arrays, dictionaries, streams…) parsed in one template. */
export const MAX_VALUES = 1_000_000;

/** Nodes visited in the page tree (the walk pdf-lib does). */
export const MAX_PAGE_TREE_NODES = 10_000;

/**
 * Nodes (fields and widgets) visited in the form-field tree. Every field without an appearance
 * gets one drawn, about 2 ms and 20 KB each; the largest real forms have a few hundred fields.
 */
export const MAX_FIELD_TREE_NODES = 5_000;

/** Levels of the page tree, the form-field tree and any /Parent chain. */
export const MAX_TREE_DEPTH = 100;

/** The inflate limit of a template of `size` bytes. */
export function inflateLimit(size: number): number {
  return Math.min(MAX_INFLATED_BYTES, INFLATE_RATIO * size);
}
