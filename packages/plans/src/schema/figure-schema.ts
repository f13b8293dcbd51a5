import { Type, type TSchema } from '@sinclair/typebox';
import { StringEnum, Text, Year, label, type Indicator, type PlanDefinition } from '@thidua/core';
import { FIGURE_QUALIFIERS } from '@thidua/core/text';

/** Room for money in đồng and for fractions of a hectare; negative for a change that fell. */
const FIGURE_BOUND = 1e15;

const numberField = (vi: string, en: string, extra: Record<string, unknown> = {}) =>
  Type.Number({ ...label(vi, en), minimum: -FIGURE_BOUND, maximum: FIGURE_BOUND, 'x-ui-widget': 'number', ...extra });

/** The qualifier select: "trên", "gần" … before a number that is not exact. */
export function QualifierSchema(extra: Record<string, unknown> = {}) {
  return StringEnum('Từ chỉ mức', 'Qualifier', FIGURE_QUALIFIERS, {
    'x-ui-widget': 'select',
    'x-ui-hint': 'Để trống khi số liệu chính xác; chọn “trên”, “gần”, “khoảng”… đúng như văn bản viết.',
    'x-ui-hint-en': 'Leave empty for an exact figure; pick "over", "nearly", "about"… as the document says.',
    ...extra,
  });
}

/** One row of "Số liệu thành tích": what | qualifier | value [đến upTo] [/of] | unit | year or span | indicator. */
export function FigureSchema(indicators: readonly Indicator[]): TSchema {
  const props: Record<string, TSchema> = {
    what: Text('Nội dung', 'What is counted', { maxLength: 300 }),
    qualifier: Type.Optional(QualifierSchema()),
    value: numberField('Số liệu', 'Value'),
    upTo: Type.Optional(numberField('Đến (với “từ … đến …”)', 'Up to (for “from … to …”)', { 'x-ui-hint': 'Với “từ 20 đến 100”: Số liệu 20, Đến 100.', 'x-ui-hint-en': 'For "from 20 to 100": value 20, up to 100.' })),
    of: Type.Optional(numberField('Trên tổng số', 'Out of', { 'x-ui-hint': 'Với “124/154 hộ”: Số liệu 124, Trên tổng số 154.', 'x-ui-hint-en': 'For "124/154 households": value 124, out of 154.' })),
    unit: Text('Đơn vị tính', 'Unit', { maxLength: 60 }),
    year: Type.Optional(Year('Năm', 'Year')),
    fromYear: Type.Optional(Year('Từ năm', 'From year')),
    toYear: Type.Optional(Year('Đến năm', 'To year')),
  };
  if (indicators.length) {
    props['indicator'] = Type.Optional(StringEnum('Chỉ tiêu của kế hoạch', 'Plan indicator', indicators.map((i) => ({ value: i.id, label: i.label, labelEn: i.labelEn })), {
      'x-ui-widget': 'select',
      'x-ui-hint': 'Chọn khi số liệu này là một chỉ tiêu của kế hoạch, để được dùng khi xét tiêu chí và cộng tổng.',
      'x-ui-hint-en': "Pick when the figure is one of the plan's indicators, so criteria and totals can use it.",
    }));
  }
  return Type.Object(props, { ...label('Số liệu', 'Figure'), additionalProperties: false });
}

/** The optional list "Số liệu thành tích" (a nominee) or "Số liệu khác" (a report section). */
export function FiguresSchema(plan: PlanDefinition, vi: string, en: string): TSchema {
  return Type.Optional(Type.Array(FigureSchema(plan.indicators), { ...label(vi, en), maxItems: 100, 'x-ui-widget': 'repeat' }));
}
