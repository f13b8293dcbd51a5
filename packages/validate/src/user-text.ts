// Text the user typed, quoted inside a message (a nominee's name as context, an unknown key,
// a decoded suggestion). Messages end up in summaries, terminals and logs, so the quote is
// wrapped in Unicode isolates, FSI U+2068 … PDI U+2069: a U+202E or a Hebrew word in a name
// then reorders only the name, never the rest of the line. Invisible characters (controls,
// bidi and format characters, separators, lone surrogates, noncharacters) are shown as
// U+FFFD: the message must not carry them on.

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}]/gu;

/** `text` isolated for a message, cut to `max` characters (code points, never half a pair). */
export function userText(text: string, max = Infinity): string {
  let s = text;
  if (s.length > max) {
    let n = 0;
    let at = 0;
    for (const ch of s) {
      if (n++ === max) { s = `${s.slice(0, at)}…`; break; }
      at += ch.length;
    }
  }
  return `\u2068${s.replace(INVISIBLE, '\ufffd')}\u2069`;
}
