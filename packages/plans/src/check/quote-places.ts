// A rule that quotes the plan and cites a place of it must quote that place: a quote found in
// source.txt but outside every place its clause names means the clause points elsewhere.
import type { CitationCheck } from './citations.js';

const norm = (s: string) => s.normalize('NFC').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
// Footnote numbers glued to a word ("bền vững3") are not words of the sentence.
const plain = (s: string) => norm(s).replace(/(\p{L})\d+(?=[\s,.;:)]|$)/gu, '$1');

export interface QuoteOutside {
  /** Pointer of the quote (or of a criterion's or reading's text). */
  pointer: string;
  clausePointer: string;
  quote: string;
  /** Line of source.txt where the quoted words are. */
  foundAt: number;
  places: string[];
}

/** The quoted words each cited item carries: its `quote`, a criterion's or a reading's `text` ("…" leaves words out). */
function quotedWords(definition: unknown, clausePointer: string): { pointer: string; parts: string[] } | undefined {
  const parentPointer = clausePointer.replace(/\/clause$/, '');
  const parent = parentPointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], definition) as Record<string, unknown> | undefined;
  if (!parent || typeof parent !== 'object') return undefined;
  if (typeof parent.quote === 'string') return { pointer: `${parentPointer}/quote`, parts: [parent.quote] };
  if (/^\/(readings\/\d+|participantGroups\/\d+\/criteria\/\d+)$/.test(parentPointer) && typeof parent.text === 'string') {
    return { pointer: `${parentPointer}/text`, parts: parent.text.split('…').map(norm).filter((x) => x.length > 0) };
  }
  return undefined;
}

export function quotesOutsidePlaces(definition: unknown, checks: CitationCheck[], sourceText: string): QuoteOutside[] {
  const lines = sourceText.normalize('NFC').split(/\r?\n/);
  const textOf = (from: number, to: number) => lines.slice(from - 1, to).join(' ');
  const whole = { norm: norm(sourceText), plain: plain(sourceText) };
  const byClause = new Map<string, CitationCheck[]>();
  for (const c of checks) byClause.set(c.pointer, [...(byClause.get(c.pointer) ?? []), c]);
  const out: QuoteOutside[] = [];
  for (const [clausePointer, cs] of byClause) {
    // Unresolved places are reported as such; a clause naming the plan's text as a whole proves nothing here.
    const found = cs.filter((c) => c.found && c.ref.target.kind !== 'attachment');
    if (!found.length || found.length < cs.length) continue;
    const q = quotedWords(definition, clausePointer);
    if (!q) continue;
    const inPlace = (part: string) => found.some((c) => {
      const t = textOf(c.line!, c.endLine!);
      return norm(t).includes(norm(part)) || plain(t).includes(plain(part));
    });
    if (q.parts.every(inPlace)) continue;
    const missingPart = q.parts.find((p) => !inPlace(p))!;
    // Words found nowhere are a paraphrase (a criterion may sum up its bullet) or a wrong copy,
    // which quote-not-in-source reports. Found elsewhere, they show where the clause should point.
    if (!whole.norm.includes(norm(missingPart)) && !whole.plain.includes(plain(missingPart))) continue;
    const head = plain(missingPart).slice(0, 60);
    const holds = (i: number) => plain(textOf(i + 1, i + 3)).includes(head);
    let at = lines.findIndex((_, i) => holds(i));
    if (at < 0) continue;
    // The first three-line window that holds the words may start above them: move to their line.
    while (at + 1 < lines.length && holds(at + 1)) at++;
    out.push({ pointer: q.pointer, clausePointer, quote: missingPart, foundAt: at + 1, places: found.map((c) => c.place) });
  }
  return out;
}
