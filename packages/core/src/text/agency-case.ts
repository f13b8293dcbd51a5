import { PLACE_WORDS } from './place-words.js';

// Decree 30/2020 Phụ lục I writes an agency in capitals only in the letterhead; inside a
// sentence it is "Ủy ban nhân dân huyện Xuân Lộc". Data often carries the letterhead form.

/** Capitals that are not a marker although they start with one ("XÃ HỘI", "HUYỆN ỦY", "TỈNH ỦY"). */
const NOT_A_PLACE = ['XÃ HỘI', 'HUYỆN ỦY', 'TỈNH ỦY', 'HUYỆN UỶ', 'TỈNH UỶ', 'THÀNH ỦY', 'THÀNH UỶ', 'TỈNH ĐOÀN', 'HUYỆN ĐOÀN'];
/** Committees named in lower case after their first word ("Ủy ban nhân dân", "Hội đồng nhân dân"). */
const FIXED = ['ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'];
/**
 * Kinds of agency whose field is capitalised after them, as is each field joined by "và" or "-"
 * (NĐ 30/2020 Phụ lục II, viết hoa tên cơ quan: "Sở Giáo dục và Đào tạo", "Hội đồng Thi đua - Khen thưởng").
 */
const KINDS = ['CHI CỤC', 'TRUNG TÂM', 'HỘI ĐỒNG', 'BAN', 'BỘ', 'CỤC', 'PHÒNG', 'SỞ', 'VỤ', 'VIỆN', 'HỘI'];
/** Abbreviations kept in capitals. */
const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'MTTQ', 'TĐKT', 'LĐTBXH', 'THPT', 'THCS', 'CSXH', 'NHCSXH', 'TNHH', 'HTX', 'VN', 'TP', 'TX', 'TT', 'CP', 'TW', 'TƯ']);

const hasLower = (s: string) => s !== s.toLocaleUpperCase('vi');
const capitalise = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi');

function startsWith(words: string[], i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((p, k) => words[i + k] === p);
}

/**
 * An agency name as written inside a sentence: "ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC" →
 * "Ủy ban nhân dân huyện Xuân Lộc". Administrative words are lower-cased, the place name after
 * huyện/tỉnh/xã/… and the first word of each part ("… - Thương binh …") keep a capital, known
 * abbreviations (UBND) stay. A name already written in mixed case is returned unchanged: its
 * writer chose its capitals.
 */
export function agencyInSentence(name: string): string {
  const text = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!text || hasLower(text)) return text;
  const words = text.split(' ');
  const out: string[] = [];
  let inPlace = false;
  let partStart = true;
  // Inside an agency's field ("LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"): the word after "và" is capitalised.
  let inField = false;
  let capNext = false;
  const bare = words.map((w) => w.replace(/[,.;:()]+$/u, ''));
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const core = raw.replace(/[,.;:()]+$/u, '');
    if (raw === '-' || raw === '–') {
      out.push(raw);
      inPlace = false;
      partStart = true;
      continue;
    }
    const fixed = partStart ? FIXED.find((ph) => startsWith(bare, i, ph)) : undefined;
    const kind = partStart && !fixed ? KINDS.find((ph) => startsWith(bare, i, ph)) : undefined;
    if (fixed || kind) {
      const n = (fixed ?? kind)!.split(' ').length;
      for (let k = 0; k < n; k++) out.push(k === 0 ? capitalise(words[i + k]!) : words[i + k]!.toLocaleLowerCase('vi'));
      i += n - 1;
      partStart = false;
      inField = capNext = Boolean(kind);
      continue;
    }
    const exception = NOT_A_PLACE.find((ph) => startsWith(bare, i, ph));
    const marker = exception ? undefined : PLACE_WORDS.find((ph) => startsWith(bare, i, ph));
    if (marker) {
      const n = marker.split(' ').length;
      for (let k = 0; k < n; k++) out.push(words[i + k]!.toLocaleLowerCase('vi'));
      if (partStart && out.length === n) out[0] = capitalise(out[0]!);
      i += n - 1;
      inPlace = true;
      partStart = false;
      inField = capNext = false;
      continue;
    }
    let word: string;
    if (ABBREVIATIONS.has(core) || /\d/u.test(core)) word = raw;
    else if (inPlace || partStart || capNext) word = capitalise(raw);
    else word = raw.toLocaleLowerCase('vi');
    out.push(word);
    capNext = inField && core === 'VÀ';
    partStart = false;
    // A comma ends the place name: "…, TỈNH ĐỒNG NAI" starts a new marker.
    if (/,$/u.test(raw)) inPlace = false;
  }
  return out.join(' ');
}
