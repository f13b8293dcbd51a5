// A quote is the plan's own words: every `quote`, every reading's text (where "…" leaves words
// out) and every purpose bullet must occur in source.txt, after NFC and whitespace are evened
// out. The copy's ** bold marks and footnote numbers glued to a word are not words.
import type { DefinitionIssue } from './references.js';
import { token } from './issue.js';

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const plain = (s: string) => norm(s.replaceAll('**', '').replace(/(\p{L})\d+(?=[\s,.;:)])/gu, '$1'));

/** Quoted words in a definition: `quote` anywhere, `/readings/i/text` and `/purposes/i/text`. */
function* quoted(value: unknown, at = ''): Generator<{ pointer: string; parts: string[] }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* quoted(value[i], `${at}/${i}`);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    const pointer = `${at}/${token(k)}`;
    if (typeof v === 'string' && (k === 'quote' || (k === 'text' && /^\/(readings|purposes)\/\d+$/.test(at)))) {
      yield { pointer, parts: v.split('…').map(norm).filter((x) => x.length > 0) };
    } else yield* quoted(v, pointer);
  }
}

export function checkQuotesInSource(definition: unknown, sourceText: string): DefinitionIssue[] {
  const text = `${norm(sourceText.replaceAll('**', ''))}\n${plain(sourceText)}`;
  const out: DefinitionIssue[] = [];
  for (const q of quoted(definition)) {
    const missing = q.parts.find((p) => !text.includes(p));
    if (missing === undefined) continue;
    const shown = missing.length > 80 ? `${missing.slice(0, 79)}…` : missing;
    // Where the copy departs from the text: the first word after the longest prefix the text has.
    const words = missing.split(' ');
    let k = 0;
    while (k < words.length && text.includes(words.slice(0, k + 1).join(' '))) k++;
    const from = k > 0 ? ` (từ chữ “${words.slice(k, k + 4).join(' ')}”)` : '';
    const fromEn = k > 0 ? ` (from "${words.slice(k, k + 4).join(' ')}")` : '';
    out.push({
      code: 'quote-not-in-source', severity: 'error', pointer: q.pointer,
      message: `Câu trích “${shown}” không khớp văn bản kế hoạch (source.txt)${from}. Câu trích phải chép đúng từng chữ: hãy chép lại từ source.txt (dùng “…” cho chỗ lược bớt).`,
      messageEn: `the quoted words "${shown}" do not match the plan's text (source.txt)${fromEn}; copy them word for word from it ("…" marks words left out)`,
    });
  }
  return out;
}
