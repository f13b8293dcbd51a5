import type { Nominee } from '@thidua/core';
import type { HeaderInput } from './national-header.js';

// Each document carries its author's letterhead (NĐ 30/2020 ô 2; NĐ 98/2023 Phụ lục I):
// a collective's report is written by the collective under its direct superior (Mẫu 02
// "ĐƠN VỊ CẤP TRÊN / ĐƠN VỊ"); an individual's (Mẫu 03) and a household's report by a person,
// under the national name and motto alone. Never the submitting unit's header by default.

const PLACE_PART = /^(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s/iu;
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

/**
 * The collective's name for its letterhead: with a superior above it, the trailing address
 * parts (", xã Phi Liêng, huyện Đam Rông") and a trailing part naming the superior itself
 * repeat what the line above says, as letterheads never do ("UBND XÃ PHI LIÊNG / THÔN PĂNG DUNG").
 */
export function ownName(name: string, superior: string | undefined): string {
  if (!superior || name.includes('\n')) return name;
  const parts = name.split(/,\s*/u);
  const above = fold(superior);
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (PLACE_PART.test(last) || above.includes(fold(last))) parts.pop();
    else break;
  }
  return parts.join(', ');
}

/** The letterhead of a nominee's achievement report: who wrote it. */
export function reportLetterhead(n: Nominee): Pick<HeaderInput, 'parentAgency' | 'agency'> {
  if (n.type !== 'collective') return {};
  const superior = n.profile.superior?.trim() || undefined;
  return { ...(superior ? { parentAgency: superior } : {}), agency: ownName(n.name, superior) };
}
