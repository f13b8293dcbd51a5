// Messages quote what the user typed (a nominee's name, a unit's name), and typed text may hold
// bidi controls: an unclosed U+202E in a name would reverse everything after it on the line.
// Isolated runs of a message (U+2066–U+2068 … U+2069, as the validator wraps quoted text) are
// drawn as <bdi>, which also closes whatever they leave open; a control outside any isolate
// gets a <bdi> of its own, where it has nothing to act on. Text the element places itself
// (names in card titles, answers in the review) goes in a <bdi> where it is drawn.

import { html } from 'lit';

const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** A message as template parts, with every bidi control kept from acting past its own run. */
export function message(text: string): unknown {
  if (!CONTROL.test(text)) return text;
  const parts: unknown[] = [];
  let plain = '';
  let open = 0;
  let isolate = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const opens = c >= 0x2066 && c <= 0x2068;
    if (open) {
      isolate += ch;
      if (opens) open++;
      else if (c === 0x2069 && --open === 0) {
        parts.push(plain, html`<bdi>${isolate}</bdi>`);
        plain = isolate = '';
      }
    } else if (opens) {
      open = 1;
      isolate = ch;
    } else if (CONTROL.test(ch)) {
      parts.push(plain, html`<bdi>${ch}</bdi>`);
      plain = '';
    } else plain += ch;
  }
  parts.push(plain);
  // An isolate left open runs to the end of the message, as it would in plain text.
  if (open) parts.push(html`<bdi>${isolate}</bdi>`);
  return parts;
}
