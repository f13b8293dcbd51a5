// How deep a JSON text nests, read from the text itself: a stored draft is checked before it
// is parsed, because every later step (copying, freezing, drawing) recurses into it.

/** True when the JSON text nests arrays and objects deeper than `max` (strings are skipped). */
export function nestsDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}
