// The Vietnamese syllable model of the legacy-encoding check: every Vietnamese letter with its
// tone and case, packed in tables, and whether a word is one syllable: (initial)(vowel
// cluster)(final), at most one tone mark, placed where Vietnamese spelling puts it.

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
export function vnInfo(c: number): number {
  if (c < 0x250) return INFO_LO[c]!;
  if (c >= 0x1e00 && c <= 0x1eff) return INFO_HI[c - 0x1e00]!;
  return -1;
}


export function isLowerLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  const info = c > 0xff ? vnInfo(c) : -1;
  return info >= 0 && info >> 9 === 0;
}

export function isVowel(c: number): boolean {
  const info = vnInfo(c);
  return info >= 0 && (info & 63) <= VOWELS;
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
export function isVietnameseSyllable(w: string, anyCase = false): boolean {
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
