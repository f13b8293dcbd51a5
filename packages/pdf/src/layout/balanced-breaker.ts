import { PLACE_WORDS } from '@thidua/core/text';
import type { FontSet } from '../fonts/font-set.js';
import type { Paragraph } from './blocks.js';
import type { Line, Token } from './line-breaker.js';

// Title lines (agency names, signers' titles) are read as names: "ỦY BAN NHÂN DÂN / HUYỆN ĐAM
// RÔNG", never "ỦY BAN NHÂN DÂN HUYỆN ĐAM / RÔNG". They are broken into as few lines as the
// width allows, with no break inside a place name or a compound word where another break
// serves, and lines as even as possible; a "\n" in the text is always a break.

/** Words that start a place name: the name runs from them to the next such word or a dash. */
const PLACE_STARTS = PLACE_WORDS.map((p) => p.split(' '));

/** Two-syllable words of agency names and titles, never cut in two. */
const COMPOUNDS = new Set([
  'ỦY BAN', 'NHÂN DÂN', 'HỘI ĐỒNG', 'THI ĐUA', 'KHEN THƯỞNG', 'CHỦ TỊCH', 'THƯỜNG TRỰC', 'THƯỜNG VỤ', 'THƯƠNG BINH',
  'XÃ HỘI', 'LAO ĐỘNG', 'NỘI VỤ', 'GIÁO DỤC', 'ĐÀO TẠO', 'MẶT TRẬN', 'TỔ QUỐC', 'VĂN HÓA', 'GIA ĐÌNH', 'XÁC NHẬN',
  'CHỦ HỘ', 'CÔNG AN', 'QUÂN SỰ', 'Y TẾ', 'TÀI CHÍNH', 'KẾ HOẠCH', 'ĐẦU TƯ', 'NÔNG NGHIỆP', 'PHÁT TRIỂN', 'NÔNG THÔN',
  'DÂN TỘC', 'TÔN GIÁO', 'CHỦ TỌA', 'THƯ KÝ', 'CƠ QUAN', 'ĐƠN VỊ', 'CÔNG TÁC', 'TRƯỞNG THÔN', 'BÍ THƯ', 'PHỤ NỮ',
  'THANH NIÊN', 'CỰU CHIẾN', 'CHIẾN BINH', 'NÔNG DÂN', 'ĐẢNG ỦY', 'CHI BỘ', 'HÀNH CHÍNH', 'VĂN PHÒNG', 'CẤP TRÌNH',
]);

/** Names joined by a dash that read as one ("Thi đua - Khen thưởng"): kept on one line where they fit. */
const PHRASES = ['THI ĐUA - KHEN THƯỞNG', 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'].map((p) => p.split(' '));

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/** Cost of a break after each word: 1 inside a place name or a compound or before a dash, ½ inside a dashed name. */
function breakCosts(words: string[]): number[] {
  const w = words.map(upper);
  const cost = w.map(() => 0);
  for (let i = 0; i + 1 < w.length; i++) {
    if (COMPOUNDS.has(`${w[i]} ${w[i + 1]}`) || /^[-–]$/u.test(w[i + 1]!)) cost[i] = 1;
  }
  for (let i = 0; i < w.length; i++) {
    for (const ph of PHRASES) if (ph.every((x, k) => w[i + k] === x)) for (let k = i; k < i + ph.length - 1; k++) cost[k] = Math.max(cost[k]!, 0.5);
    const place = PLACE_STARTS.find((p) => p.every((x, k) => w[i + k] === x));
    if (!place || (place[0] === 'XÃ' && w[i + 1] === 'HỘI') || (place[0] === 'THÔN' && w[i - 1] === 'NÔNG')) continue;
    let j = i + place.length;
    const isStart = (k: number) => PLACE_STARTS.some((p) => p.every((x, m) => w[k + m] === x));
    while (j < w.length && !isStart(j) && !/^[-–,;]$/u.test(w[j]!) && !/[,;]$/u.test(w[j - 1]!)) j++;
    for (let k = i; k < j - 1; k++) cost[k] = 1;
  }
  return cost;
}

interface Best {
  lines: number;
  cost: number;
  widest: number;
  next: number;
}

/**
 * Lines of one "\n"-free part: fewest bad breaks (a line of one short word is one too), then
 * fewest lines, then the narrowest widest line.
 */
function breakPart(units: Token[][], space: Token, room: number, costs: number[]): number[] {
  const n = units.length;
  const widths = units.map((u) => u.reduce((a, t) => a + t.width, 0));
  const best: (Best | undefined)[] = Array(n + 1);
  best[n] = { lines: 0, cost: 0, widest: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    let w = 0;
    for (let j = i; j < n; j++) {
      w += (j > i ? space.width : 0) + widths[j]!;
      if (w > room + 0.01 && j > i) break;
      const rest = best[j + 1]!;
      const runt = j === i && n > 1 && [...units[i]!.map((t) => t.text).join('')].length <= 4 ? 0.5 : 0;
      const cand: Best = { lines: rest.lines + 1, cost: rest.cost + runt + (j + 1 < n ? costs[j]! : 0), widest: Math.max(w, rest.widest), next: j + 1 };
      const cur = best[i];
      const better = !cur || cand.cost < cur.cost - 0.01 || (Math.abs(cand.cost - cur.cost) < 0.01 && (cand.lines < cur.lines || (cand.lines === cur.lines && cand.widest < cur.widest - 0.01)));
      if (better) best[i] = cand;
    }
  }
  const ends: number[] = [];
  for (let i = 0; i < n; i = best[i]!.next) ends.push(best[i]!.next);
  return ends;
}

/** Breaks a title paragraph: `tokens` as the line breaker made them from the text of each "\n"-part. */
export function breakBalanced(para: Paragraph, width: number, fonts: FontSet, tokenize: (p: Paragraph) => Token[]): Line[] {
  const left = para.leftIndent ?? 0;
  const room = width - left - (para.rightIndent ?? 0);
  const parts = para.spans.map((s) => s.text).join('').split('\n');
  const face = para.spans[0]?.face ?? 'regular';
  const lines: Line[] = [];
  for (const text of parts) {
    const tokens = tokenize({ ...para, spans: [{ text, face }] });
    const blank = fonts.face(face).word(' ');
    const space = tokens.find((t) => t.space) ?? { face, text: ' ', width: (blank.advance * para.size) / 1000, space: true, code: blank.code, ids: blank.ids };
    const units: Token[][] = [];
    for (const t of tokens) {
      if (t.space) units.push([]);
      else if (!units.length) units.push([t]);
      else units[units.length - 1]!.push(t);
    }
    const words = units.filter((u) => u.length);
    if (!words.length) continue;
    const ends = breakPart(words, space, room, breakCosts(words.map((u) => u.map((t) => t.text).join(''))));
    let from = 0;
    ends.forEach((end, k) => {
      const line: Token[] = [];
      for (let i = from; i < end; i++) {
        if (i > from) line.push(space);
        line.push(...words[i]!);
      }
      const w = line.reduce((a, t) => a + t.width, 0);
      lines.push({ tokens: line, width: w, available: room, offset: left, last: k === ends.length - 1, spaces: end - from - 1 });
      from = end;
    });
  }
  if (!lines.length) lines.push({ tokens: [], width: 0, available: room, offset: left, last: true, spaces: 0 });
  return lines;
}
