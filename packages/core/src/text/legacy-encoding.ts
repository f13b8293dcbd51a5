// Detection of Vietnamese text typed in the legacy 8-bit encodings TCVN3 (ABC, .VnTime fonts)
// and VNI-Windows, which reaches a Unicode form as Latin-1 mojibake: TCVN3 "Céng hßa x· héi"
// for "Cộng hòa xã hội", VNI "Coäng hoøa xaõ hoäi". Browser-safe, no dependencies.
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

import { LEGACY_CHAR_TABLE } from './legacy-tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyEncodingMatch {
  encoding: LegacyEncoding;
  /** The text decoded from `encoding`, NFC. */
  suggestion: string;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** Latin-1 upper half (U+00A0–U+00FF), indexed by code - 0xA0. */
const TCVN3_SINGLE = new Uint16Array(0x60);
const VNI_SINGLE = new Uint16Array(0x60);
/** Two-character sequences, key (first << 8) | second (both ≤ U+00FF) → code point. */
const TCVN3_PAIR = new Map<number, number>();
const VNI_PAIR = new Map<number, number>();
/** Characters that start a VNI two-character sequence (U+0000–U+00FF). */
const VNI_BASE = new Uint8Array(0x100);

const C_NEVER = 1; // used by an encoding, never in Vietnamese
const C_VN = 2; // a Vietnamese letter
const C_WORD = 4; // part of a word (letters, and symbols the encodings use as letters)
const C_UPPER = 8; // upper-case letter
const C_OA = 16; // à á ã À Á Ã: "hoà", "toán", "Doãn" are real spellings
const CLS = new Uint8Array(0x60);

for (const [uni, vni, tcvn3] of LEGACY_CHAR_TABLE) {
  const u = uni.charCodeAt(0);
  if (u >= 0xa0 && u <= 0xff) CLS[u - 0xa0]! |= C_VN;
  for (const [enc, single, pair] of [
    [tcvn3, TCVN3_SINGLE, TCVN3_PAIR],
    [vni, VNI_SINGLE, VNI_PAIR],
  ] as const) {
    for (let i = 0; i < enc.length; i++) {
      const c = enc.charCodeAt(i);
      if (c >= 0xa0) CLS[c - 0xa0]! |= C_WORD;
    }
    if (enc.length === 1) single[enc.charCodeAt(0) - 0xa0] = u;
    else pair.set((enc.charCodeAt(0) << 8) | enc.charCodeAt(1), u);
    if (enc.length === 2 && single === VNI_SINGLE) VNI_BASE[enc.charCodeAt(0)] = 1;
  }
}
for (let c = 0xa1; c <= 0xff; c++) {
  const k = c - 0xa0;
  if (CLS[k]! & C_WORD && !(CLS[k]! & C_VN)) CLS[k]! |= C_NEVER;
  if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) CLS[k]! |= C_WORD; // Latin-1 letters (Müller)
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) CLS[k]! |= C_UPPER;
}
for (const ch of 'àáãÀÁÃ') CLS[ch.charCodeAt(0) - 0xa0]! |= C_OA;

// Vietnamese letters: base id (1–12 vowels a ă â e ê i o ô ơ u ư y, then consonants, then the
// non-Vietnamese f j w z), tone (0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng), case.
const BASES = 'aăâeêioôơuưybcdđghklmnpqrstvxfjwz';
const TONED = ['aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị', 'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ'];
const VOWELS = 12;
const ID_LAST_VN = 29; // x
const INFO_LO = new Int16Array(0x250).fill(-1); // U+0000–U+024F
const INFO_HI = new Int16Array(0x100).fill(-1); // U+1E00–U+1EFF
const setInfo = (ch: string, info: number) => {
  const c = ch.charCodeAt(0);
  if (c < 0x250) INFO_LO[c] = info;
  else INFO_HI[c - 0x1e00] = info;
};
for (let b = 0; b < BASES.length; b++) {
  const forms = b < VOWELS ? TONED[b]! : BASES[b]!;
  for (let t = 0; t < forms.length; t++) {
    setInfo(forms[t]!, (b + 1) | (t << 6));
    setInfo(forms[t]!.toUpperCase(), (b + 1) | (t << 6) | (1 << 9));
  }
}
/** Packed letter info, or -1: id = info & 63, tone = (info >> 6) & 7, upper = info >> 9. */
function vnInfo(c: number): number {
  if (c < 0x250) return INFO_LO[c]!;
  if (c >= 0x1e00 && c <= 0x1eff) return INFO_HI[c - 0x1e00]!;
  return -1;
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c <= 0xff) return c >= 0xa0 && (CLS[c - 0xa0]! & C_WORD) !== 0;
  return (c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

function isLowerLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  const info = c > 0xff ? vnInfo(c) : -1;
  return info >= 0 && info >> 9 === 0;
}

function isVowel(c: number): boolean {
  const info = vnInfo(c);
  return info >= 0 && (info & 63) <= VOWELS;
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
// Vietnamese syllable check: (initial)(vowel cluster)(final), at most one tone mark, placed
// where Vietnamese spelling puts it (old and new style for oa/oe/uy).

const ids = (s: string) => Array.from(s, (ch) => BASES.indexOf(ch) + 1);
// Besides the Vietnamese initials, kr/pl and the final k of Central Highlands names (Krông, Đắk).
const INITIALS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'kr', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'pl', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'].map(ids);
const FINALS = ['', 'c', 'ch', 'k', 'm', 'n', 'ng', 'nh', 'p', 't'].map(ids);
const ID = (ch: string) => BASES.indexOf(ch) + 1;
const [I_A, I_EE, I_E, I_I, I_Y] = [ID('a'), ID('ê'), ID('e'), ID('i'), ID('y')];
const [K_C, K_G, K_NG, K_K, K_GH, K_NGH, K_GI, K_QU] = ['c', 'g', 'ng', 'k', 'gh', 'ngh', 'gi', 'qu'].map((x) => INITIALS.findIndex((y) => y.join() === ids(x).join()));
const STOP_FINAL = new Set(['c', 'ch', 'k', 'p', 't'].map((x) => FINALS.findIndex((y) => y.join() === ids(x).join())));
const [F_C, F_CH, F_NG, F_NH] = ['c', 'ch', 'ng', 'nh'].map((x) => FINALS.findIndex((y) => y.join() === ids(x).join()));
const I_OW = ID('ơ');
const KEY_OO = ID('o') | (ID('o') << 4);

/** Vowel cluster (ids, 4 bits each) → allowed tone positions: bits 0–3 without a final
 *  consonant, bits 4–7 with one (0 = cluster not allowed in that position). */
const CLUSTERS = new Map<number, number>();
for (const [v, open, closed] of [
  ['a', 1, 1], ['ă', 0, 1], ['â', 0, 1], ['e', 1, 1], ['ê', 1, 1], ['i', 1, 1], ['o', 1, 1],
  ['ô', 1, 1], ['ơ', 1, 1], ['u', 1, 1], ['ư', 1, 1], ['y', 1, 1],
  ['ai', 1, 0], ['ao', 1, 0], ['au', 1, 0], ['ay', 1, 0], ['âu', 1, 0], ['ây', 1, 0], ['eo', 1, 0],
  ['êu', 1, 0], ['ia', 1, 0], ['iu', 1, 0], ['oi', 1, 0], ['ôi', 1, 0], ['ơi', 1, 0], ['ua', 1, 0],
  ['ui', 1, 0], ['ưa', 1, 0], ['ưi', 1, 0], ['ưu', 1, 0],
  ['iê', 0, 2], ['yê', 0, 2], ['uô', 0, 2], ['ươ', 0, 2], ['oă', 0, 2], ['uâ', 0, 2],
  ['oa', 3, 2], ['oe', 3, 2], ['uy', 3, 2], ['uê', 2, 2], ['uơ', 2, 0], ['oo', 0, 3],
  ['iêu', 2, 0], ['yêu', 2, 0], ['oai', 2, 0], ['oay', 2, 0], ['oeo', 2, 0], ['uây', 2, 0],
  ['uôi', 2, 0], ['uya', 2, 0], ['uyu', 2, 0], ['ươi', 2, 0], ['ươu', 2, 0], ['uyê', 0, 4],
] as const) {
  const key = ids(v).reduce((k, id, i) => k | (id << (4 * i)), 0);
  CLUSTERS.set(key, open | (closed << 4));
}

const scratchId = new Uint8Array(8);

/** Whether `w` (NFC) is one Vietnamese syllable. Case: lower, Title or UPPER unless `anyCase`. */
function isVietnameseSyllable(w: string, anyCase = false): boolean {
  const n = w.length;
  if (n === 0 || n > 8) return false;
  let tones = 0;
  let tonePos = -1;
  let tone = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const info = vnInfo(w.charCodeAt(i));
    if (info < 0 || (info & 63) > ID_LAST_VN) return false;
    scratchId[i] = info & 63;
    const t = (info >> 6) & 7;
    if (t) { tones++; tonePos = i; tone = t; }
    if (info >> 9) upper += i === 0 ? n : 1;
  }
  if (tones > 1) return false;
  // upper: n (Title), n + n - 1 (UPPER), or < n (lower-case first letter)
  if (!anyCase && upper !== 0 && upper !== n && upper !== 2 * n - 1) return false;
  for (let a = 0; a < INITIALS.length; a++) {
    const ini = INITIALS[a]!;
    if (!startsWith(ini, 0)) continue;
    for (let b = 0; b < FINALS.length; b++) {
      const fin = FINALS[b]!;
      const cs = ini.length;
      const ce = n - fin.length;
      if (ce - cs < 1 || ce - cs > 3 || !startsWith(fin, ce)) continue;
      let key = 0;
      let ok = true;
      for (let i = cs; i < ce; i++) {
        const id = scratchId[i]!;
        if (id > VOWELS) { ok = false; break; }
        key |= id << (4 * (i - cs));
      }
      if (!ok) continue;
      const masks = CLUSTERS.get(key);
      if (masks === undefined) continue;
      const mask = fin.length ? masks >> 4 : masks & 15;
      if (!mask) continue;
      if (tones && (tonePos < cs || tonePos >= ce || !(mask & (1 << (tonePos - cs))))) continue;
      const first = scratchId[cs]!;
      const last = scratchId[ce - 1]!;
      const front = first === I_E || first === I_EE || first === I_I || first === I_Y;
      if ((a === K_K || a === K_GH || a === K_NGH) && !front) continue;
      if ((a === K_C || a === K_NG) && front) continue;
      if (a === K_G && (first === I_E || first === I_EE)) continue;
      if (a === K_GI && first === I_I) continue;
      if ((b === F_CH || b === F_NH) && last !== I_A && last !== I_EE && last !== I_I && last !== I_Y) continue;
      // No -ng/-c after y, lone ê, i, ơ ("ênh", "inh", "uynh", not "êng", "ing", "uyng");
      // "oo" only in -oong/-ooc.
      if ((b === F_NG || b === F_C) && (last === I_Y || ((last === I_EE || last === I_I || last === I_OW) && ce - cs === 1))) continue;
      if (key === KEY_OO && b !== F_NG && b !== F_C) continue;
      if (key === I_Y && fin.length && a !== K_QU) continue; // quýt, Quỳnh; else y + final is yê
      if (STOP_FINAL.has(b) && tone !== 0 && tone !== 2 && tone !== 5) continue;
      return true;
    }
  }
  return false;

  function startsWith(part: readonly number[], at: number): boolean {
    for (let i = 0; i < part.length; i++) if (scratchId[at + i] !== part[i]) return false;
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding

function decodeRange(enc: LegacyEncoding, s: string, start: number, end: number): string {
  const single = enc === 'tcvn3' ? TCVN3_SINGLE : VNI_SINGLE;
  const pairs = enc === 'tcvn3' ? TCVN3_PAIR : VNI_PAIR;
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (c <= 0xff && d >= 0xa0 && d <= 0xff) {
        const u = pairs.get((c << 8) | d);
        if (u !== undefined) { out += String.fromCharCode(u); i++; continue; }
      }
    }
    const u = c >= 0xa0 && c <= 0xff ? single[c - 0xa0]! : 0;
    out += u ? String.fromCharCode(u) : s[i]!;
  }
  return out;
}

/** Calls `f(start, end)` for each word: a run of letters and of the symbols the encodings use
 *  as letters; calls `gap(start, end)` for the text between words. */
function forEachWord(s: string, f: (start: number, end: number) => void, gap?: (start: number, end: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const g = i;
    while (i < n && !isWordCode(s.charCodeAt(i))) i++;
    if (gap && i > g) gap(g, i);
    if (i >= n) break;
    const start = i;
    while (i < n && isWordCode(s.charCodeAt(i))) i++;
    f(start, i);
  }
}

/** Whether the word has a character no 8-bit encoding produces (U+0100 and above). */
function hasBeyondLatin1(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

function decode(enc: LegacyEncoding, s: string): string {
  // TCVN3 has no capitals with tone marks: text in the capital fonts (.VnTimeH) was typed with
  // the lower-case bytes ("CéNG HßA"). Such words become upper case: a word whose ASCII letters
  // are all capitals, two or more, or any word when the whole text has no lower-case ASCII and
  // some word has two capitals ("X· HéI"; but "Lª Hµ" stays "Lê Hà").
  let capsText = false;
  if (enc === 'tcvn3') {
    let run = 0;
    let capsWord = false;
    let low = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) { if (++run >= 2) capsWord = true; }
      else if (c >= 0x61 && c <= 0x7a) low = true;
      else if (!isWordCode(c)) run = 0;
    }
    capsText = capsWord && !low;
  }
  let out = '';
  forEachWord(s, (start, end) => {
    if (hasBeyondLatin1(s, start, end)) { out += s.slice(start, end); return; }
    let w = decodeRange(enc, s, start, end);
    if (enc === 'tcvn3') {
      let up = 0;
      let low = 0;
      for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x41 && c <= 0x5a) up++;
        else if (c >= 0x61 && c <= 0x7a) low++;
      }
      if (low === 0 && (up >= 2 || capsText)) w = w.toUpperCase();
    }
    out += w;
  }, (start, end) => { out += s.slice(start, end); });
  return out.normalize('NFC');
}

/** Decodes TCVN3 (ABC, .VnTime) mojibake to NFC Unicode. Words holding a character above
 *  U+00FF (ă đ ơ ư ạ …, combining marks, other scripts) were typed in Unicode and are left as
 *  they are. Capitals with tone marks, which TCVN3 lacks, are restored in words typed all in
 *  capitals. */
export function decodeTcvn3(s: string): string {
  return decode('tcvn3', s);
}

/** Decodes VNI-Windows mojibake to NFC Unicode (base letter + mark pairs first, then single
 *  characters). Words holding a character above U+00FF are left as they are. */
export function decodeVni(s: string): string {
  return decode('vni', s);
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
