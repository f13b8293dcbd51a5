import type { NomineeType } from '@thidua/core';
import { regimeOn } from '@thidua/plans/law';
import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { arr, inLang, obj, str } from './context.js';

/**
 * A line of the national achievement-report template that a real report may not have: a news-based
 * or simple report of a commune, the people and officials of a commune, or a household that left
 * poverty by itself. The law asks the report to follow the template, not to invent what the unit
 * does not have, so a missing line is a warning naming the line and the template, never an error.
 */
interface TemplateLine {
  type: NomineeType;
  /** Only for individuals of these standings (`profile.standing`); absent: every nominee of the type. */
  standings?: string[];
  /** Where the line lives in the nominee; any one of several alternative fields fills it. */
  anyOf: string[][];
  line: string;
  lineEn: string;
  template: Template;
}

type Template = 'collective' | 'collective-results' | 'individual-profile' | 'individual' | 'household';

const LINES: readonly TemplateLine[] = [
  { type: 'collective', anyOf: [['profile', 'headquarters']], line: 'Trụ sở chính', lineEn: 'Headquarters', template: 'collective' },
  { type: 'collective', anyOf: [['profile', 'history']], line: 'Quá trình thành lập và phát triển', lineEn: 'Founding and development', template: 'collective' },
  { type: 'collective', anyOf: [['profile', 'structure']], line: 'Cơ cấu tổ chức, cơ sở vật chất, tổ chức đảng, đoàn thể', lineEn: 'Organisation, facilities, party and unions', template: 'collective' },
  { type: 'collective', anyOf: [['profile', 'functions']], line: 'Chức năng, nhiệm vụ được giao', lineEn: 'Functions and duties', template: 'collective' },
  // A village head's or a citizen's report often gives no birth date, year or age ("Ông Triệu Văn Hòn,
  // Trưởng xóm"); officials and workers must give one (the schema requires it of them).
  {
    type: 'individual', standings: ['citizen', 'community-figure'],
    anyOf: [['profile', 'birthDate'], ['profile', 'birthYear'], ['profile', 'age']],
    line: 'Ngày, tháng, năm sinh (hoặc năm sinh, tuổi)', lineEn: 'Date of birth (or year of birth, age)', template: 'individual-profile',
  },
  // The household lines every commune's form has: householder, address, contributions; no birth year.
  { type: 'household', anyOf: [['profile', 'birthYear'], ['profile', 'age']], line: 'Năm sinh chủ hộ (hoặc tuổi)', lineEn: "Householder's year of birth (or age)", template: 'household' },
  { type: 'collective', anyOf: [['report', 'measures']], line: 'Các biện pháp, giải pháp, sáng kiến đã thực hiện', lineEn: 'Measures and initiatives', template: 'collective-results' },
  { type: 'individual', anyOf: [['report', 'duties']], line: 'Quyền hạn, nhiệm vụ được giao', lineEn: 'Powers and duties', template: 'individual' },
  {
    type: 'household',
    anyOf: [['report', 'contributions'], ['report', 'labourDays'], ['report', 'landArea'], ['report', 'moneyVnd']],
    line: 'Đóng góp công sức, đất đai, tài sản', lineEn: 'Contributions of labour, land and assets', template: 'household',
  },
];

// Form numbers as the confirmation blocks (plans/src/shared/law.ts) record them; none guessed.
const TEMPLATE_CLAUSE: Record<Template, Record<string, string>> = {
  collective: {
    'nd91-2017': 'Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 01 (báo cáo thành tích tập thể), mục I',
    'nd98-2023': 'Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 02 (báo cáo thành tích tập thể), mục I',
    'nd152-2025': 'Nghị định 152/2025/NĐ-CP, Phụ lục (mẫu báo cáo thành tích tập thể), mục I',
  },
  'collective-results': {
    'nd91-2017': 'Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 01 (báo cáo thành tích tập thể), mục II',
    'nd98-2023': 'Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 02 (báo cáo thành tích tập thể), mục II',
    'nd152-2025': 'Nghị định 152/2025/NĐ-CP, Phụ lục (mẫu báo cáo thành tích tập thể), mục II',
  },
  'individual-profile': {
    'nd91-2017': 'Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 02 (báo cáo thành tích cá nhân), mục I',
    'nd98-2023': 'Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 03 (báo cáo thành tích cá nhân), mục I',
    'nd152-2025': 'Nghị định 152/2025/NĐ-CP, Phụ lục, Mẫu số 05 (báo cáo thành tích cá nhân), mục I',
  },
  individual: {
    'nd91-2017': 'Nghị định 91/2017/NĐ-CP, Phụ lục, Mẫu số 02 (báo cáo thành tích cá nhân), mục II',
    'nd98-2023': 'Nghị định 98/2023/NĐ-CP, Phụ lục I, Mẫu số 03 (báo cáo thành tích cá nhân), mục II',
    'nd152-2025': 'Nghị định 152/2025/NĐ-CP, Phụ lục, Mẫu số 05 (báo cáo thành tích cá nhân), mục II',
  },
  // No national household template was found: the lines are those every commune's form has.
  household: {
    'nd91-2017': 'Báo cáo thành tích hộ gia đình (không có mẫu quốc gia; dòng đóng góp theo mẫu cấp xã)',
    'nd98-2023': 'Báo cáo thành tích hộ gia đình (không có mẫu quốc gia; dòng đóng góp theo mẫu cấp xã)',
    'nd152-2025': 'Báo cáo thành tích hộ gia đình (không có mẫu quốc gia; dòng đóng góp theo mẫu cấp xã)',
  },
};

const given = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

const at = (n: Record<string, unknown>, path: string[]): unknown => path.reduce<unknown>((node, k) => obj(node)[k], n);

/** Each template line a nominee's report leaves out gets a warning naming the line and the template. */
const check: Rule = (ctx) => {
  arr(ctx.data['nominees']).forEach((raw, i) => {
    const n = obj(raw);
    const regime = regimeOn(str(n['reportDate']), ctx.plan.legalRegime).id;
    for (const line of LINES) {
      if (n['type'] !== line.type || line.anyOf.some((p) => given(at(n, p)))) continue;
      // A report or profile that is missing altogether is the schema's error; its lines are not listed too.
      const part = n[line.anyOf[0]![0]!];
      if (!part || typeof part !== 'object') continue;
      if (line.standings && !line.standings.includes(str(obj(n['profile'])['standing']) ?? '')) continue;
      const first = line.anyOf[0]!;
      ctx.report({
        path: `/nominees/${i}/${first.join('/')}`,
        code: 'template-line-missing',
        params: { line: inLang(ctx, line.line, line.lineEn) },
        clause: TEMPLATE_CLAUSE[line.template][regime] ?? TEMPLATE_CLAUSE[line.template]['nd98-2023'],
        severity: 'warning',
      });
    }
  });
};

export const templateLineRule: RuleModule = {
  name: 'template-lines',
  kinds: ['nomination'],
  codes: ['template-line-missing'],
  check,
};
