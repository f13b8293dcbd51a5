import { Type, type TSchema } from '@sinclair/typebox';
import { Count, DateField, OptionalText, STANDINGS, StringEnum, Text, Year, label } from '@thidua/core';
import { NON_BLANK } from '@thidua/core/text';

// Who an individual or a householder is, as the national templates ask and no more. The
// individual's lines follow "I. Sơ lược lý lịch" of the BCTT cá nhân (NĐ 91/2017 Mẫu 02,
// NĐ 98/2023 Mẫu 03); the templates list every line for everyone and mark none "(nếu có)",
// but they were drawn for people with an employer: a citizen or a village elder has no
// workplace, rank or qualification, and a report that gives only "47 tuổi" has no birth date.

const EMPLOYED = STANDINGS.filter((s) => s.employed).map((s) => s.value);
const EMPLOYED_ONLY = ['workplace', 'position', 'qualification'] as const;

/** Where the template stands on a line, said in the field's description. */
function note(vi: string, en: string): Record<string, unknown> {
  return { description: vi, 'x-description-en': en };
}

const TEMPLATE_LINE = note(
  'Dòng có trong mẫu báo cáo thành tích cá nhân (NĐ 91/2017 Mẫu 02, NĐ 98/2023 Mẫu 03); mẫu không ghi “nếu có”. Bỏ trống khi báo cáo không nêu: bản in bỏ hẳn dòng này.',
  'A line of the individual achievement-report template (Decree 91/2017 form 02, Decree 98/2023 form 03), not marked "if any". Leave it out when the report does not give it: the printout omits the line.',
);
const EMPLOYED_LINE = note(
  'Dòng có trong mẫu báo cáo thành tích cá nhân (NĐ 91/2017 Mẫu 02, NĐ 98/2023 Mẫu 03). Bắt buộc với cán bộ, công chức, viên chức và người lao động; không bắt buộc với công dân, già làng, trưởng thôn/bản, người có uy tín.',
  'A line of the individual achievement-report template (Decree 91/2017 form 02, Decree 98/2023 form 03). Required of officials and employees; optional for citizens and community figures.',
);
const BIRTH = note(
  'Mẫu ghi “Ngày, tháng, năm sinh”. Khi báo cáo chỉ nêu năm sinh hoặc tuổi, ghi đúng như vậy. Cán bộ, công chức, viên chức và người lao động cần ít nhất một trong ngày sinh, năm sinh, tuổi; công dân, già làng, trưởng thôn/bản, người có uy tín ghi khi báo cáo nêu (để trống thì có cảnh báo).',
  'The template asks for the date of birth. When the report gives only a year of birth or an age, enter that. Officials and employees need at least one of date of birth, year of birth, age; citizens and community figures give it where the report does (left out, it is a warning).',
);
const NOT_IN_TEMPLATE = note(
  'Mẫu báo cáo thành tích không có dòng riêng cho nội dung này; ghi khi báo cáo nêu.',
  'The achievement-report template has no line of its own for this; enter it when the report gives it.',
);

/** Shown under the year and the age: the three are alternatives, each marked optional on its own. */
const ONE_OF_BIRTH = {
  'x-ui-hint': 'Ghi ít nhất một trong: ngày, tháng, năm sinh; năm sinh; tuổi — như báo cáo nêu (bắt buộc với cán bộ, công chức, viên chức, người lao động).',
  'x-ui-hint-en': 'Give at least one of: date of birth, year of birth, age — as the report gives it (required of officials and employees).',
};

function Age(vi: string, en: string) {
  return Count(vi, en, { minimum: 1, maximum: 130, 'x-unit': 'tuổi', 'x-unit-en': 'years', ...BIRTH });
}

/** "At least one of" said in the schema, so every validator (ajv, Python) asks the same. */
const atLeastOne = (keys: readonly string[]) => ({ anyOf: keys.map((k) => ({ type: 'object', required: [k] })) });

/** The individual's "I. Sơ lược lý lịch". */
export function IndividualProfile() {
  const optional = (s: TSchema) => Type.Optional(s);
  return Type.Object(
    {
      fullName: Text('Họ và tên (ghi đầy đủ)', 'Full name', { maxLength: 120 }),
      alias: optional(OptionalText('Bí danh', 'Alias', { maxLength: 120 })),
      standing: StringEnum('Đối tượng', 'Standing', STANDINGS, {
        'x-ui-widget': 'select',
        ...note(
          'Cán bộ, công chức, viên chức và người lao động ghi cơ quan, chức vụ, trình độ; công dân, già làng, trưởng thôn/bản, người có uy tín ghi khi có.',
          'Officials and employees give their workplace, position and qualification; citizens and community figures give them where they have them.',
        ),
      }),
      birthDate: optional({ ...DateField('Ngày, tháng, năm sinh', 'Date of birth'), ...BIRTH }),
      birthYear: optional({ ...Year('Năm sinh', 'Year of birth'), ...BIRTH, ...ONE_OF_BIRTH }),
      age: optional({ ...Age('Tuổi (tính đến ngày báo cáo)', 'Age (at the date of the report)'), ...ONE_OF_BIRTH }),
      gender: StringEnum('Giới tính', 'Gender', [
        { value: 'nam', label: 'Nam', labelEn: 'Male' },
        { value: 'nu', label: 'Nữ', labelEn: 'Female' },
      ], { 'x-ui-widget': 'radio' }),
      ethnicity: optional(OptionalText('Dân tộc', 'Ethnicity', { maxLength: 60, extra: TEMPLATE_LINE })),
      religion: optional(OptionalText('Tôn giáo', 'Religion', { maxLength: 60, extra: TEMPLATE_LINE })),
      hometown: optional(OptionalText('Quê quán', 'Home town', { maxLength: 300, extra: TEMPLATE_LINE })),
      residence: Text('Nơi thường trú', 'Permanent residence', { maxLength: 300 }),
      workplace: optional(OptionalText('Cơ quan, đơn vị công tác', 'Workplace', { maxLength: 300, extra: EMPLOYED_LINE })),
      position: optional(OptionalText('Chức vụ (Đảng, chính quyền, đoàn thể)', 'Position (party, government, unions)', { maxLength: 300, extra: EMPLOYED_LINE })),
      partyMember: optional(Type.Boolean({ ...label('Đảng viên Đảng Cộng sản Việt Nam', 'Member of the Communist Party of Viet Nam'), ...NOT_IN_TEMPLATE })),
      partyJoinedDate: optional({ ...DateField('Ngày vào Đảng', 'Date of admission to the Party'), ...NOT_IN_TEMPLATE }),
      partyJoinedYear: optional({ ...Year('Năm vào Đảng', 'Year of admission to the Party'), ...NOT_IN_TEMPLATE }),
      politicalTheory: optional(OptionalText('Trình độ lý luận chính trị', 'Political theory level', { maxLength: 100 })),
      qualification: optional(OptionalText('Trình độ chuyên môn, nghiệp vụ', 'Professional qualification', { maxLength: 200, extra: EMPLOYED_LINE })),
      academicTitle: optional(OptionalText('Học hàm, học vị, danh hiệu, giải thưởng', 'Academic titles and prizes', { maxLength: 300 })),
      phone: optional(OptionalText('Điện thoại', 'Phone', { maxLength: 40 })),
    },
    {
      ...label('I. Sơ lược lý lịch', 'I. Curriculum vitae'),
      additionalProperties: false,
      allOf: [
        {
          if: { type: 'object', properties: { standing: { type: 'string', enum: EMPLOYED } }, required: ['standing'] },
          then: {
            type: 'object',
            required: [...EMPLOYED_ONLY],
            // Blank is not given; the length stays the field's own (maxLength only bounds the check).
            properties: Object.fromEntries(EMPLOYED_ONLY.map((k) => [k, { type: 'string', minLength: 1, maxLength: 300, pattern: NON_BLANK }])),
            // Real documents: a village head's or a citizen's report often gives no birth at all
            // ("Ông Triệu Văn Hòn, Trưởng xóm"); for them a missing birth line is a warning
            // (template-line-missing), for officials and employees it stays an error.
            ...atLeastOne(['birthDate', 'birthYear', 'age']),
          },
        },
      ],
      // A date or year of admission says the person is a member: it cannot stand alone.
      dependencies: {
        partyJoinedDate: { type: 'object', required: ['partyMember'], properties: { partyMember: { type: 'boolean', const: true } } },
        partyJoinedYear: { type: 'object', required: ['partyMember'], properties: { partyMember: { type: 'boolean', const: true } } },
      },
    },
  );
}

// No national household template was found (communes' forms ask for chủ hộ, địa chỉ, đóng góp): a report
// of a household that gives no year or age of its head is valid, with a warning (template-line-missing).
const HOUSEHOLDER_BIRTH = {
  ...note('Ghi năm sinh hoặc tuổi của chủ hộ khi báo cáo nêu; để trống thì hồ sơ vẫn hợp lệ, kèm cảnh báo.', "Give the householder's year of birth or age where the report does; left out, the dossier stays valid with a warning."),
  'x-ui-hint': 'Ghi năm sinh hoặc tuổi của chủ hộ, như báo cáo nêu.',
  'x-ui-hint-en': "Give the householder's year of birth or age, as the report does.",
};

/** Birth of the householder: a year or an age, as household reports give it. */
export function HouseholderBirth(): { properties: Record<string, TSchema>; ethnicity: TSchema; options: Record<string, unknown> } {
  return {
    properties: {
      birthYear: Type.Optional({ ...Year('Năm sinh chủ hộ', "Householder's year of birth"), ...HOUSEHOLDER_BIRTH }),
      age: Type.Optional(Count('Tuổi chủ hộ (tính đến ngày báo cáo)', "Householder's age (at the date of the report)", { minimum: 1, maximum: 130, 'x-unit': 'tuổi', 'x-unit-en': 'years', ...HOUSEHOLDER_BIRTH })),
    },
    ethnicity: Type.Optional(OptionalText('Dân tộc', 'Ethnicity', { maxLength: 60, extra: NOT_IN_TEMPLATE })),
    options: {},
  };
}
