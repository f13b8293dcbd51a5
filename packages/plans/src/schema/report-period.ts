import { Type } from '@sinclair/typebox';
import { StringEnum, Text, Year, label, type PlanDefinition } from '@thidua/core';

/** The first years of the plan's review spans, as examples for the field. */
function spanHint(plan: PlanDefinition): { vi: string; en: string } {
  const spans = plan.reporting.periods.filter((p) => p.span).map((p) => `${p.span!.from} cho “${p.label}”`);
  return spans.length
    ? { vi: `Năm đầu giai đoạn báo cáo, ví dụ ${spans.join('; ')}; để trống nếu báo cáo một năm.`, en: 'First year of the span reported on; leave empty for a one-year report.' }
    : { vi: 'Năm đầu giai đoạn báo cáo; để trống nếu báo cáo một năm.', en: 'First year of the span reported on; leave empty for a one-year report.' };
}

/**
 * The period a report states: its type and last year, for a review the span's first year
 * ("sơ kết 03 năm 2021 - 2023"), and further scopes the same report covers (a model run
 * 2023 - 2025 reported with the review). Years are checked against the plan by the rounds rule.
 */
export function ReportPeriodSchema(plan: PlanDefinition) {
  const hint = spanHint(plan);
  return Type.Object(
    {
      type: StringEnum('Kỳ báo cáo', 'Reporting period', plan.reporting.periods.map((p) => ({ value: p.id, label: p.label, labelEn: p.labelEn })), { 'x-ui-widget': 'select' }),
      year: Year('Năm báo cáo', 'Year reported'),
      fromYear: Type.Optional(Type.Integer({ ...Year('Từ năm', 'From year'), 'x-ui-hint': hint.vi, 'x-ui-hint-en': hint.en })),
      extraScopes: Type.Optional(
        Type.Array(
          Type.Object(
            {
              label: Text('Nội dung báo cáo thêm', 'Further scope', { maxLength: 300, extra: { 'x-ui-hint': 'Như báo cáo ghi, ví dụ: kết quả thực hiện mô hình điểm', 'x-ui-hint-en': 'As the report names it, e.g. the results of a pilot model' } }),
              fromYear: Type.Optional(Year('Từ năm', 'From year')),
              year: Year('Đến năm', 'To year'),
            },
            { ...label('Phạm vi báo cáo thêm', 'Further scope'), additionalProperties: false },
          ),
          { ...label('Báo cáo cùng nội dung khác', 'Further scopes in the same report'), maxItems: 5, 'x-ui-widget': 'table' },
        ),
      ),
    },
    { ...label('Kỳ báo cáo', 'Reporting period'), additionalProperties: false },
  );
}
