import type { NominationSubmission, NomineeType, Phase, PlanDefinition } from '@thidua/core';
import { foldDiacritics as fold } from '@thidua/core/text';

// The tờ trình's trích yếu names what is proposed, for whom, in which movement and round
// (NĐ 30/2020 Phụ lục I, ô 5b; NĐ 98/2023 Mẫu 01 / NĐ 152/2025 Mẫu 01: "Về việc đề nghị …").

/** Titles are "công nhận danh hiệu …" (Luật TĐKT 2022 Điều 24–28); other forms are "tặng …". */
const TITLE = /^(chiến sĩ|lao động tiên tiến|chiến sĩ tiên tiến|tập thể lao động|đơn vị (tiên tiến|quyết thắng))/iu;

const WHO: Record<NomineeType, string> = { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' };

function joinVi(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}


/**
 * The movement as a sentence names it. A plan's movement may be its slogan ("Vì người nghèo …")
 * or already "Phong trào thi đua …": never "phong trào thi đua Phong trào thi đua".
 */
export function movementPhrase(name: string): string {
  const n = name.normalize('NFC').trim();
  if (fold(n).startsWith('phong trao thi dua')) return n.charAt(0).toLocaleLowerCase('vi') + n.slice(1);
  const quoted = /^[“"].*[”"]$/u.test(n) ? n : `“${n}”`;
  return `phong trào thi đua ${quoted}`;
}

const span = (from: number, to: number) => (from === to ? `năm ${to}` : `giai đoạn ${from} - ${to}`);

/** "… có thành tích xuất sắc qua sơ kết phong trào thi đua “…” giai đoạn 2021 - 2023". */
function achievementPhrase(plan: PlanDefinition, phase: Phase | undefined): string {
  const m = plan.movement;
  const movement = movementPhrase(m.name);
  const covers = phase?.covers ?? (phase?.year !== undefined ? { from: phase.year, to: phase.year } : undefined);
  switch (phase?.kind) {
    case 'so-ket':
      return `có thành tích xuất sắc qua sơ kết ${movement} ${span(covers?.from ?? m.from, covers?.to ?? phase.year ?? m.to)}`;
    case 'tong-ket':
      return `có thành tích xuất sắc qua tổng kết ${movement} ${span(covers?.from ?? m.from, covers?.to ?? m.to)}`;
    case 'hang-nam':
      // A yearly round names its year; a movement named for one year ("… năm 2023") then takes the round's.
      if (covers && !(covers.from === m.from && covers.to === m.to && m.from !== m.to)) {
        return `có thành tích xuất sắc trong ${movement.replace(/\s+năm \d{4}$/u, '')} ${span(covers.from, covers.to).replace(/^giai đoạn/u, 'năm')}`;
      }
      return `có thành tích xuất sắc trong ${movement}${/\d{4}$/u.test(movement) ? '' : ` ${span(m.from, m.to)}`}`;
    case 'chuyen-de':
    case 'dot-xuat':
      return `có thành tích xuất sắc ${phase.kind === 'dot-xuat' ? 'đột xuất' : 'chuyên đề'} trong ${movement}${covers ? ` ${span(covers.from, covers.to)}` : ''}`;
    default:
      return `có thành tích xuất sắc trong ${movement}${/\d{4}$/u.test(movement) ? '' : ` ${span(m.from, m.to)}`}`;
  }
}

/** The award as proposed: "tặng Bằng khen …" or "công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh”". */
export function proposal(award: string): string {
  return TITLE.test(award) ? `công nhận danh hiệu “${award}”` : `tặng ${award}`;
}

/** "Về việc đề nghị tặng {award} cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc …". */
export function coverSubject(plan: PlanDefinition, d: NominationSubmission, award: string): string {
  const types = (['collective', 'individual', 'household'] as const).filter((t) => d.nominees.some((n) => n.type === t));
  const who = types.length ? ` cho ${joinVi(types.map((t) => WHO[t]))}` : '';
  return `Về việc đề nghị ${proposal(award)}${who} ${achievementPhrase(plan, plan.phases.find((p) => p.id === d.phase))}`;
}
