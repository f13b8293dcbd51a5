// Decree 30/2020 Phụ lục I writes an agency in capitals only in the letterhead; inside a
// sentence it is "Ủy ban nhân dân huyện Xuân Lộc". Data often carries the letterhead form.

/** Words (capitals) after which a place name follows; two-word markers first. */
const PLACE_MARKERS = ['THỊ TRẤN', 'THÀNH PHỐ', 'THỊ XÃ', 'HUYỆN', 'TỈNH', 'XÃ', 'PHƯỜNG', 'QUẬN', 'THÔN', 'XÓM', 'ẤP', 'BẢN', 'PHUM', 'SÓC', 'TỔ DÂN PHỐ', 'KHU PHỐ'];
/** Capitals that are not a marker although they start with one ("XÃ HỘI", "HUYỆN ỦY", "TỈNH ỦY"). */
const NOT_A_PLACE = ['XÃ HỘI', 'HUYỆN ỦY', 'TỈNH ỦY', 'HUYỆN UỶ', 'TỈNH UỶ', 'THÀNH ỦY', 'THÀNH UỶ', 'TỈNH ĐOÀN', 'HUYỆN ĐOÀN'];
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
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const core = raw.replace(/[,.;:()]+$/u, '');
    if (raw === '-' || raw === '–') {
      out.push(raw);
      inPlace = false;
      partStart = true;
      continue;
    }
    const exception = NOT_A_PLACE.find((ph) => startsWith(words.map((w) => w.replace(/[,.;:()]+$/u, '')), i, ph));
    const marker = exception ? undefined : PLACE_MARKERS.find((ph) => startsWith(words.map((w) => w.replace(/[,.;:()]+$/u, '')), i, ph));
    if (marker) {
      const n = marker.split(' ').length;
      for (let k = 0; k < n; k++) out.push(words[i + k]!.toLocaleLowerCase('vi'));
      if (partStart && out.length === n) out[0] = capitalise(out[0]!);
      i += n - 1;
      inPlace = true;
      partStart = false;
      continue;
    }
    let word: string;
    if (ABBREVIATIONS.has(core) || /\d/u.test(core)) word = raw;
    else if (inPlace || partStart) word = capitalise(raw);
    else word = raw.toLocaleLowerCase('vi');
    out.push(word);
    partStart = false;
    // A comma ends the place name: "…, TỈNH ĐỒNG NAI" starts a new marker.
    if (/,$/u.test(raw)) inPlace = false;
  }
  return out.join(' ');
}
