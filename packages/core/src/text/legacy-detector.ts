// Detection of Vietnamese text typed in the legacy 8-bit encodings TCVN3 and VNI-Windows.
//
// Decision by evidence, word by word:
//  - evidence: a character the encodings use that never occurs in Vietnamese (ß Ö × ¸ µ ® ä ø
//    û ï ñ …) inside a word; for VNI also a vowel followed by a VNI mark that no Vietnamese
//    spelling has ("Vaên", "Nguyeãn"; "oà/oá/oã" are exempt: "hoà", "toán" are real words);
//    for TCVN3 also an upper-case Latin-1 letter right after a lower-case one ("tiÕn").
//  - a word is "fixed" when it is not a Vietnamese syllable but its decoded form is one
//    (initial + vowel cluster + final, one tone mark where Vietnamese spelling puts it).
//  - flag when the fixed words carry enough evidence (a fixed word with evidence weighs 1, or
//    less when it decodes to one or two letters: "µm", "Mª"), repair at least as many words
//    as decoding leaves broken, and the text is not mostly foreign words (see `decide`).
//    If both encodings qualify, the higher score wins.
// Genuine Vietnamese (NFC or NFD) never contains any of the evidence, so it leaves through the
// fast path: one pass over the string, no allocation.
import { CLS, C_NEVER, C_OA, C_UPPER, C_VN, VNI_BASE, VNI_PAIR, decode, decodeRange, forEachWord, hasBeyondLatin1, isWordCode, type LegacyEncoding } from './legacy-decoder.js';
import { isLowerLetter, isVietnameseSyllable, isVowel } from './legacy-syllable.js';

export interface LegacyEncodingMatch {
  encoding: LegacyEncoding;
  /** The text decoded from `encoding`, NFC. */
  suggestion: string;
}

const EV_NEVER = 1;
const EV_VNI = 2;
const EV_CASE = 4;

/** Evidence carried by the character `c` (U+00A1–U+00FE) at `i`: EV_* bits. */
function evidenceAt(s: string, i: number, c: number): number {
  const cls = CLS[c - 0xa0]!;
  let ev = 0;
  if (cls & C_NEVER) {
    // Only inside a word: a lone "©", "§ 5", "«…»" between spaces is punctuation. A word
    // starting with µ is a unit ("µm", "µg"), not TCVN3 "à…".
    const before = i > 0 && isWordCode(s.charCodeAt(i - 1));
    if (before || (c !== 0xb5 && i + 1 < s.length && isWordCode(s.charCodeAt(i + 1)))) ev = EV_NEVER;
  } else if (!(cls & C_VN)) return 0;
  if (i === 0) return ev;
  const p = s.charCodeAt(i - 1);
  if (p <= 0xff && VNI_BASE[p] && VNI_PAIR.has((p << 8) | c)) {
    // "oà/oá/oã" are real spellings ("hoà", "toán", "Doãn") unless a vowel precedes ("muoán").
    const oa = (p === 0x6f || p === 0x4f) && cls & C_OA;
    if (!oa || (i > 1 && isVowel(s.charCodeAt(i - 2)))) ev |= EV_VNI;
  }
  if (cls & C_UPPER && isLowerLetter(p)) ev |= EV_CASE;
  return ev;
}

// ---------------------------------------------------------------------------------------------
// Detection

interface Tally {
  fixed: number; // not a syllable before, a syllable after decoding
  evidence: number; // weight of the fixed words that carry evidence
  unfixed: number; // changed, a syllable neither before nor after
  broken: number; // a syllable before, not after
  foreign: number; // other non-syllables the encoding leaves alone
  shrink: number; // characters merged away (tie-break: VNI pairs, TCVN3 capitals)
}

/** Every character the two encodings produce above ASCII (U+00A0 is unused). */
const LEGACY_RANGE = /[\u00a1-\u00fe]/;

const newTally = (): Tally => ({ fixed: 0, evidence: 0, unfixed: 0, broken: 0, foreign: 0, shrink: 0 });

/**
 * Returns the legacy encoding `text` was most likely typed in, with the decoded text, or null
 * when `text` is plausibly Unicode (or not Vietnamese at all). Expects NFC input; NFD is fine.
 */
export function detectLegacyEncoding(text: string): LegacyEncodingMatch | null {
  // Fast path, allocation-free: nothing to decide unless some U+00A1–U+00FE character (where
  // every byte of both encodings lands) carries evidence. The regex rejects ASCII, NFD and
  // other scripts about 3× faster than the loop; the loop then looks at the few Latin-1
  // characters of NFC Vietnamese.
  if (!LEGACY_RANGE.test(text)) return null;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1 || c > 0xfe) continue;
    if (evidenceAt(text, i, c) !== 0) return classify(text);
  }
  return null;
}

function classify(text: string): LegacyEncodingMatch | null {
  const tallies = { tcvn3: newTally(), vni: newTally() };
  let foreign = 0;
  forEachWord(text, (start, end) => {
    // Words with ă đ ơ ư ạ…, combining marks or other scripts were typed in Unicode.
    if (hasBeyondLatin1(text, start, end)) return;
    let latin1 = false;
    let upper = 0;
    let ev = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xa0) latin1 = true;
      if (c >= 0x41 && c <= 0x5a) upper++;
      if (c >= 0xa1 && c <= 0xfe) ev |= evidenceAt(text, i, c);
    }
    const word = text.slice(start, end);
    const valid = isVietnameseSyllable(word);
    if (!latin1) {
      // Plain ASCII: a foreign word (English, French) speaks against Vietnamese; acronyms don't.
      if (!valid && upper < 2 && end - start >= 2) foreign++;
      return;
    }
    for (const enc of ['tcvn3', 'vni'] as const) {
      const t = tallies[enc];
      const dec = decodeRange(enc, text, start, end);
      if (dec === word) { if (!valid) t.foreign++; continue; }
      t.shrink += word.length - dec.length;
      const decValid = isVietnameseSyllable(dec.normalize('NFC'), true);
      if (!valid && decValid) {
        t.fixed++;
        const e = ev & (enc === 'tcvn3' ? EV_NEVER | EV_CASE : EV_NEVER | EV_VNI);
        const len = dec.length;
        let w = 0;
        // Short words weigh less: "µm" (micrometre) would read "àm", Spanish "Mª" "Mê".
        if (e & (EV_NEVER | EV_CASE)) w = len >= 3 ? 1 : len === 2 ? 0.5 : 0.25;
        if (e & EV_VNI) w = Math.max(w, len >= 2 ? 1 : 0.5);
        t.evidence += w;
      } else if (valid && !decValid) t.broken++;
      else if (!valid && !decValid) t.unfixed++;
    }
  });
  const score = (t: Tally) => t.fixed + t.evidence - t.unfixed - 2 * t.broken;
  const { tcvn3, vni } = tallies;
  const okT = decide(tcvn3, foreign);
  const okV = decide(vni, foreign);
  if (!okT && !okV) return null;
  // Both plausible: the better score wins; on a tie, the reading that explains more characters
  // as pairs (VNI base + mark, TCVN3 capitals), then TCVN3.
  const enc: LegacyEncoding = !okV ? 'tcvn3' : !okT ? 'vni'
    : score(vni) > score(tcvn3) || (score(vni) === score(tcvn3) && vni.shrink > tcvn3.shrink) ? 'vni' : 'tcvn3';
  return { encoding: enc, suggestion: decode(enc, text) };
}

function decide(t: Tally, asciiForeign: number): boolean {
  return (
    // enough evidence: one full word, or a short one ("Hµ") with another repaired word ("Néi")
    (t.evidence >= 1 || (t.evidence >= 0.5 && t.fixed >= 2)) &&
    t.fixed >= t.unfixed + 2 * t.broken && // decoding repairs more than it leaves or spoils
    2 * t.fixed >= asciiForeign + t.foreign // and the text is not mostly another language
  );
}
