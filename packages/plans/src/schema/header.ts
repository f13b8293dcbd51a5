import { Type } from '@sinclair/typebox';
import { DocNumber, DateField, OptionalText, StringEnum, Text, label, type PlanDefinition } from '@thidua/core';
import { parentAgencyHint } from './plan-hints.js';

/** Ô 2–4 of the unit's own document: agency, number, place and date. */
export function IssuingHeaderSchema(plan: PlanDefinition, numberExample: string) {
  const units = plan.units ?? [];
  return Type.Object(
    {
      parentAgency: Type.Optional(OptionalText('Cơ quan chủ quản', 'Parent agency', { maxLength: 200, extra: { 'x-ui-hint': parentAgencyHint(plan), 'x-ui-hint-en': 'Upper case' } })),
      agency: Text('Tên cơ quan, đơn vị', 'Agency or unit name', { maxLength: 200 }),
      unitType: StringEnum('Loại đơn vị', 'Unit type', plan.unitTypes.map((u) => ({ value: u.id, label: u.label, labelEn: u.labelEn })), { 'x-ui-widget': 'select' }),
      ...(units.length
        ? { unitCode: Type.Optional(StringEnum('Đơn vị có quy định riêng', 'Named unit', units.map((u) => ({ value: u.id, label: u.name, labelEn: u.name })), { 'x-ui-widget': 'select' })) }
        : {}),
      number: DocNumber('Số, ký hiệu văn bản', 'Document number and symbol', numberExample),
      place: Text('Địa danh', 'Place name', { maxLength: 100 }),
      date: DateField('Ngày ban hành', 'Date of issue'),
    },
    { ...label('Thông tin văn bản', 'Document header'), additionalProperties: false },
  );
}
