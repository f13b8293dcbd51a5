// Decoding of the legacy 8-bit encodings TCVN3 (ABC, .VnTime) and VNI-Windows as they reach a
// Unicode form (Latin-1 mojibake), and the character classes of those encodings that the
// detector weighs as evidence.
import { LEGACY_CHAR_TABLE } from './legacy-tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---------------------------------------------------------------------------------------------
// Tables

/** Latin-1 upper half (U+00A0–U+00FF), indexed by code - 0xA0. */
const TCVN3_SINGLE = new Uint16Array(0x60);
const VNI_SINGLE = new Uint16Array(0x60);
/** Two-character sequences, key (first << 8) | second (both ≤ U+00FF) → code point. */
const TCVN3_PAIR = new Map<number, number>();
export const VNI_PAIR = new Map<number, number>();
/** Characters that start a VNI two-character sequence (U+0000–U+00FF). */
export const VNI_BASE = new Uint8Array(0x100);

export const C_NEVER = 1; // used by an encoding, never in Vietnamese
export const C_VN = 2; // a Vietnamese letter
const C_WORD = 4; // part of a word (letters, and symbols the encodings use as letters)
export const C_UPPER = 8; // upper-case letter
export const C_OA = 16; // à á ã À Á Ã: "hoà", "toán", "Doãn" are real spellings
export const CLS = new Uint8Array(0x60);

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

export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c <= 0xff) return c >= 0xa0 && (CLS[c - 0xa0]! & C_WORD) !== 0;
  return (c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

// ---------------------------------------------------------------------------------------------
// Decoding

export function decodeRange(enc: LegacyEncoding, s: string, start: number, end: number): string {
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
export function forEachWord(s: string, f: (start: number, end: number) => void, gap?: (start: number, end: number) => void): void {
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
export function hasBeyondLatin1(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

export function decode(enc: LegacyEncoding, s: string): string {
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
