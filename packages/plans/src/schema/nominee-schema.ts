import { Type, type TSchema } from '@sinclair/typebox';
import { PlanDefinitionError } from '../errors.js';
import { FiguresSchema } from './figure-schema.js';
import {
  Count, IndicatorNumber, DateField, LongText, OptionalText, StringEnum, Text, Year, label,
  type NomineeType, type PlanDefinition,
} from '@thidua/core';
import { AwardRecords } from './honours-schema.js';
import { HouseholderBirth, IndividualProfile } from './identity-schema.js';

export const NOMINEE_TYPE_LABELS: Record<NomineeType, { label: string; labelEn: string }> = {
  collective: { label: 'Tập thể', labelEn: 'Collective' },
  individual: { label: 'Cá nhân', labelEn: 'Individual' },
  household: { label: 'Hộ gia đình', labelEn: 'Household' },
};

const GENDER = [
  { value: 'nam', label: 'Nam', labelEn: 'Male' },
  { value: 'nu', label: 'Nữ', labelEn: 'Female' },
];

// A line of the national achievement-report template that a real report may lack: leaving it
// out is a warning (packages/validate rules/template-lines), so nothing has to be invented.
const templateLine = {
  'x-ui-hint': 'Dòng của mẫu báo cáo thành tích; để trống nếu báo cáo không có (hồ sơ vẫn hợp lệ, kèm cảnh báo).',
  'x-ui-hint-en': 'A line of the achievement-report template; leave it empty if the report has none (the dossier stays valid, with a warning).',
};

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** Fields every nominee variant shares; the plan supplies groups, criteria, evidence and blocks. */
function commonProperties(plan: PlanDefinition, type: NomineeType): Record<string, TSchema> {
  const groups = plan.participantGroups;
  const categories = unique(groups.flatMap((g) => g.categories ?? []), (c) => c.id);
  const criteria = unique(groups.flatMap((g) => g.criteria), (c) => c.id);
  const evidenceIds = unique(plan.thresholds.flatMap((t) => t.anyOf.map((x) => x.indicator)), (s) => s);
  const blocks = plan.dossier.confirmationBlocks[type];
  const groupsWith = (test: (g: (typeof groups)[number]) => boolean) => groups.filter(test).map((g) => g.id);

  const confirmationProps: Record<string, TSchema> = {};
  for (const b of blocks) {
    const entry = Type.Object(
      {
        agency: Type.Optional(OptionalText('Cơ quan xác nhận', 'Confirming agency', { maxLength: 200 })),
        // A citizen reporting their own achievements has no position to write.
        title: Type.Optional(Text('Chức vụ', 'Position', { maxLength: 120 })),
        // The signer writes the name by hand when the dossier does not know who will sign.
        fullName: Type.Optional(Text('Họ và tên', 'Full name', { maxLength: 120, extra: { 'x-ui-hint': 'Để trống nếu chưa biết người ký: người ký ghi họ tên khi ký.', 'x-ui-hint-en': 'Leave empty if the signer is not known yet: they write their name when signing.' } })),
      },
      { ...label(b.label, b.labelEn), additionalProperties: false, 'x-confirmation': b.note },
    );
    confirmationProps[b.id] = b.required ? entry : Type.Optional(entry);
  }

  const props: Record<string, TSchema> = {
    // `(?![\s\S])`, not `$`: in Python and Java `$` also matches before a final "\n".
    // A key the dossier's parts refer to the nominee by: forms make one, officers never type it.
    id: Type.String({ ...label('Mã trong hồ sơ', 'Key in dossier'), pattern: '^[A-Za-z0-9_-]{1,20}(?![\\s\\S])', 'x-ui-widget': 'generated' }),
    type: Type.Literal(type, { ...label('Loại đối tượng', 'Nominee type'), 'x-enum-labels': [NOMINEE_TYPE_LABELS[type].label], 'x-enum-labels-en': [NOMINEE_TYPE_LABELS[type].labelEn] }),
    // What applies (x-ui-applies, x-ui-enum-applies) is for forms: the plan rules still check it.
    group: StringEnum('Nhóm đối tượng', 'Participant group', groups.map((g) => ({ value: g.id, label: g.label, labelEn: g.labelEn })), {
      'x-ui-widget': 'select',
      'x-ui-enum-applies': groups.map((g) => ({ type: g.nomineeTypes })),
    }),
    ...(categories.length
      ? {
          category: Type.Optional(StringEnum('Phân loại', 'Category', categories.map((c) => ({ value: c.id, label: c.label, labelEn: c.labelEn })), {
            'x-ui-widget': 'select',
            'x-ui-applies': { group: groupsWith((g) => Boolean(g.categories?.length)) },
            'x-ui-enum-applies': categories.map((c) => ({ group: groupsWith((g) => Boolean(g.categories?.some((x) => x.id === c.id))) })),
          })),
        }
      : {}),
    criteriaMet: Type.Array(
      StringEnum('Tiêu chí', 'Criterion', criteria.map((c) => ({ value: c.id, label: c.text, labelEn: c.text }))),
      {
        ...label('Tiêu chí đạt được', 'Criteria met'), minItems: 1, maxItems: 50, uniqueItems: true, 'x-ui-widget': 'checkboxes',
        'x-ui-enum-applies': criteria.map((c) => ({ group: groupsWith((g) => g.criteria.some((x) => x.id === c.id)) })),
      },
    ),
    summary: LongText('Thành tích tóm tắt', 'Summary of achievements', { maxLength: 2000 }),
    votesAgree: Count('Số phiếu đồng ý', 'Votes in favour'),
    ...(evidenceIds.length
      ? {
          evidence: Type.Optional(
            Type.Object(
              Object.fromEntries(
                evidenceIds.map((id) => {
                  const ind = plan.indicators.find((i) => i.id === id);
                  if (!ind) {
                    throw new PlanDefinitionError({ planId: plan.id, where: 'thresholds', name: id }, {
                      vi: `Một ngưỡng của kế hoạch ${plan.id} nêu chỉ tiêu không có “${id}”.`,
                      en: `plans: a threshold of ${plan.id} names unknown indicator "${id}".`,
                    });
                  }
                  const row = Type.Object(
                    { year: Year('Năm', 'Year'), value: IndicatorNumber(ind.kind, ind.label, ind.labelEn, { 'x-unit': ind.unit, 'x-unit-en': ind.unitEn }) },
                    { ...label('Số liệu năm', 'Yearly figure'), additionalProperties: false },
                  );
                  return [id, Type.Optional(Type.Array(row, { ...label(ind.label, ind.labelEn), minItems: 1, maxItems: 30, 'x-ui-widget': 'table', 'x-unit': ind.unit, 'x-unit-en': ind.unitEn, 'x-clause': ind.clause }))];
                }),
              ),
              {
                ...label('Số liệu chứng minh tiêu chí', 'Figures proving the criteria'), additionalProperties: false,
                // Asked of the groups whose thresholds read these figures.
                'x-ui-applies': { group: unique(plan.thresholds.map((t) => t.appliesTo.group), (g) => g) },
              },
            ),
          ),
        }
      : {}),
    figures: FiguresSchema(plan, 'Số liệu thành tích', 'Achievement figures'),
    pastAwards: Type.Object(
      {
        emulationTitles: AwardRecords('Danh hiệu thi đua', 'Emulation titles'),
        commendations: AwardRecords('Hình thức khen thưởng', 'Commendations'),
      },
      { ...label('Các hình thức đã được khen thưởng', 'Awards already received'), additionalProperties: false },
    ),
    confirmations: Type.Object(confirmationProps, { ...label('Xác nhận, ký', 'Confirmations and signatures'), additionalProperties: false }),
    reportPlace: Text('Địa danh báo cáo thành tích', 'Place of the achievement report', { maxLength: 100 }),
    reportDate: DateField('Ngày báo cáo thành tích', 'Date of the achievement report'),
    note: Type.Optional(OptionalText('Ghi chú', 'Note', { maxLength: 500 })),
  };
  return props;
}

function collective(plan: PlanDefinition) {
  return Type.Object(
    {
      ...commonProperties(plan, 'collective'),
      name: Text('Tên tập thể (ghi đầy đủ, không viết tắt)', 'Collective name (in full)', { maxLength: 300 }),
      profile: Type.Object(
        {
          // The report's letterhead (NĐ 98/2023 Mẫu 02: "ĐƠN VỊ CẤP TRÊN / ĐƠN VỊ"): the collective under its direct superior.
          superior: Type.Optional(Text('Đơn vị cấp trên trực tiếp', 'Direct superior unit', { maxLength: 200, extra: {
            'x-ui-hint': 'In ở dòng trên tên tập thể trong tiêu đề báo cáo thành tích, ví dụ “Ủy ban nhân dân xã …” cho một thôn của xã. Để trống nếu tập thể không có đơn vị cấp trên.',
            'x-ui-hint-en': 'Printed above the collective\'s name in its achievement report\'s letterhead, e.g. the commune\'s people\'s committee for one of its villages. Leave empty if the collective has none.',
          } })),
          headquarters: Type.Optional(Text('Trụ sở chính', 'Headquarters', { maxLength: 300, extra: templateLine })),
          phone: Type.Optional(OptionalText('Điện thoại', 'Phone', { maxLength: 40 })),
          email: Type.Optional(OptionalText('Thư điện tử', 'E-mail', { maxLength: 120 })),
          website: Type.Optional(OptionalText('Trang thông tin điện tử', 'Website', { maxLength: 200 })),
          history: Type.Optional(LongText('Quá trình thành lập và phát triển', 'Founding and development', templateLine)),
          structure: Type.Optional(LongText('Cơ cấu tổ chức, cơ sở vật chất, tổ chức đảng, đoàn thể', 'Organisation, facilities, party and unions', templateLine)),
          staffCount: Type.Optional(Count('Tổng số cán bộ, công chức, viên chức, người lao động', 'Staff')),
          functions: Type.Optional(LongText('Chức năng, nhiệm vụ được giao', 'Functions and duties', templateLine)),
        },
        { ...label('I. Sơ lược đặc điểm, tình hình', 'I. Overview'), additionalProperties: false },
      ),
      report: Type.Object(
        {
          results: LongText('Kết quả đạt được', 'Results achieved'),
          measures: Type.Optional(LongText('Các biện pháp, giải pháp, sáng kiến đã thực hiện', 'Measures and initiatives', templateLine)),
          otherWork: Type.Optional(OptionalText('Công tác xây dựng Đảng, đoàn thể và thực hiện chính sách', 'Party, union and policy work', { long: true })),
        },
        { ...label('II. Thành tích đạt được', 'II. Achievements'), additionalProperties: false },
      ),
    },
    { ...label('Tập thể', 'Collective'), additionalProperties: false, 'x-nominee-type': 'collective' },
  );
}

function individual(plan: PlanDefinition) {
  return Type.Object(
    {
      ...commonProperties(plan, 'individual'),
      profile: IndividualProfile(),
      report: Type.Object(
        {
          duties: Type.Optional(LongText('Quyền hạn, nhiệm vụ được giao', 'Powers and duties', templateLine)),
          results: LongText('Thành tích đạt được', 'Achievements'),
          commitment: Type.Optional(OptionalText('Cam kết', 'Commitment', { long: true })),
        },
        { ...label('II. Thành tích đạt được', 'II. Achievements'), additionalProperties: false },
      ),
    },
    { ...label('Cá nhân', 'Individual'), additionalProperties: false, 'x-nominee-type': 'individual' },
  );
}

function household(plan: PlanDefinition) {
  const householderBirth = HouseholderBirth();
  return Type.Object(
    {
      ...commonProperties(plan, 'household'),
      profile: Type.Object(
        {
          householder: Text('Họ và tên chủ hộ', 'Head of household', { maxLength: 120 }),
          ...householderBirth.properties,
          gender: StringEnum('Giới tính chủ hộ', "Householder's gender", GENDER, { 'x-ui-widget': 'radio' }),
          ethnicity: householderBirth.ethnicity,
          members: Type.Optional(Count('Số nhân khẩu', 'Household members')),
          address: Type.Object(
            {
              village: Text('Thôn, ấp, tổ dân phố', 'Village or residential group', { maxLength: 120 }),
              commune: Text('Xã, phường, thị trấn', 'Commune', { maxLength: 120 }),
              district: Text('Huyện, thị xã, thành phố', 'District', { maxLength: 120 }),
            },
            { ...label('Địa chỉ', 'Address'), additionalProperties: false },
          ),
        },
        { ...label('I. Thông tin hộ gia đình', 'I. Household'), additionalProperties: false, ...householderBirth.options },
      ),
      report: Type.Object(
        {
          contributions: Type.Optional(LongText('Đóng góp công sức, đất đai, tài sản', 'Contributions of labour, land and assets', templateLine)),
          labourDays: Type.Optional(Count('Số ngày công đóng góp', 'Days of labour contributed', { 'x-unit': 'ngày công', 'x-unit-en': 'days' })),
          landArea: Type.Optional(Type.Number({ ...label('Diện tích đất hiến tặng', 'Land donated'), minimum: 0, maximum: 1e7, 'x-unit': 'm²', 'x-unit-en': 'm²', 'x-ui-widget': 'number' })),
          moneyVnd: Type.Optional(Type.Number({ ...label('Tiền, tài sản quy đổi', 'Money and assets (value)'), minimum: 0, maximum: 1e13, 'x-unit': 'đồng', 'x-unit-en': 'VND', 'x-ui-widget': 'money' })),
          results: LongText('Thành tích đạt được', 'Achievements'),
        },
        { ...label('II. Thành tích, đóng góp', 'II. Achievements and contributions'), additionalProperties: false },
      ),
    },
    { ...label('Hộ gia đình', 'Household'), additionalProperties: false, 'x-nominee-type': 'household' },
  );
}

/** One nominee: a tagged union on `type`, so each variant carries its own achievement report. */
export function NomineeSchema(plan: PlanDefinition) {
  const allowed = new Set(plan.participantGroups.flatMap((g) => g.nomineeTypes));
  const branches = [
    allowed.has('collective') && collective(plan),
    allowed.has('individual') && individual(plan),
    allowed.has('household') && household(plan),
  ].filter((b): b is ReturnType<typeof collective> => Boolean(b));
  return Type.Unsafe<Record<string, unknown>>({
    type: 'object',
    ...label('Đối tượng đề nghị khen thưởng', 'Nominee'),
    discriminator: { propertyName: 'type' },
    required: ['type'],
    oneOf: branches,
  });
}

