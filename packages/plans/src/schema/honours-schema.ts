import { Type } from '@sinclair/typebox';
import { DateField, Text, Year, label } from '@thidua/core';

// "III. Các hình thức đã được khen thưởng": the template's column is "Số, ngày, tháng, năm của
// quyết định …; cơ quan ban hành". Some honours come without a decision (recognised at a
// provincial gala, one of 150 "người có uy tín"): they are stated as such, not given a
// made-up number.

function Decision() {
  return Type.Object(
    {
      number: Text('Số quyết định', 'Decision number', { maxLength: 60, extra: { 'x-ui-hint': 'Ví dụ: 123/QĐ-UBND', 'x-ui-hint-en': 'For example: 123/QĐ-UBND' } }),
      date: Type.Optional(DateField('Ngày quyết định', 'Decision date')),
      issuer: Text('Cơ quan ban hành', 'Issued by', { maxLength: 200 }),
    },
    { ...label('Quyết định', 'Decision'), additionalProperties: false },
  );
}

export function AwardRecords(vi: string, en: string) {
  return Type.Array(
    Type.Object(
      {
        year: Year('Năm', 'Year'),
        title: Text('Danh hiệu, hình thức', 'Title or award', { maxLength: 300 }),
        decision: Type.Optional(Decision()),
        recognition: Type.Optional(Text('Ghi nhận không có quyết định', 'Recognised without a decision', {
          maxLength: 300,
          extra: {
            'x-ui-hint': 'Khi không có quyết định: ghi hình thức, nơi, ngày ghi nhận (ví dụ: Biểu dương tại Hội nghị tôn vinh ngày 12/10/2022).',
            'x-ui-hint-en': 'When there is no decision: how, where and when it was given (e.g. praised at a recognition ceremony on 12/10/2022).',
          },
        })),
      },
      {
        ...label('Dòng', 'Row'),
        additionalProperties: false,
        // One of the two, said in the schema so every validator asks the same.
        anyOf: [{ type: 'object', required: ['decision'] }, { type: 'object', required: ['recognition'] }],
      },
    ),
    { ...label(vi, en), maxItems: 60, 'x-ui-widget': 'table' },
  );
}
