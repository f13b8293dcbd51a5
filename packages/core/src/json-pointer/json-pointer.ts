// JSON Pointer (RFC 6901): the paths of validation issues, of refused JSON text and of form fields.

/** One reference token: "~" as "~0" first, then "/" as "~1" (RFC 6901 §3). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer of a path of keys and indices; `[]` is the whole document, "". */
export function toPointer(path: readonly (string | number)[]): string {
  return path.length ? '/' + path.map(escapePointerToken).join('/') : '';
}

/** The tokens of a pointer, unescaped ("~1" before "~0", RFC 6901 §4); "" is `[]`. */
export function parsePointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
