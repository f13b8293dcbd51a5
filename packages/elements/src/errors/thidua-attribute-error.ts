import { ThiduaError } from '@thidua/core';

/** The `plan` or `kind` attribute holds what no plan id or document kind can be; nothing is fetched. */
export class ThiduaAttributeError extends ThiduaError<'THIDUA_ELEMENT_ATTRIBUTE', { attribute: 'plan' | 'kind'; value: string }> {
  override name = 'ThiduaAttributeError';

  constructor(attribute: 'plan' | 'kind', value: string) {
    super('THIDUA_ELEMENT_ATTRIBUTE', attribute === 'plan' ? {
      vi: `thidua-form: "${value}" không phải mã kế hoạch. Hãy đặt plan là một mã kế hoạch (chữ thường, số, dấu gạch ngang), ví dụ plan="lam-dong-2022-2025".`,
      en: `thidua-form: "${value}" is not a plan id. Set plan to a plan id (lower-case letters, digits, hyphens), e.g. plan="lam-dong-2022-2025".`,
    } : {
      vi: `thidua-form: kind phải là "report" hoặc "nomination", không phải "${value}". Hãy đặt kind="report" (báo cáo thành tích) hoặc kind="nomination" (tờ trình).`,
      en: `thidua-form: kind must be "report" or "nomination", not "${value}". Set kind="report" (achievement report) or kind="nomination" (nomination letter).`,
    }, { details: { attribute, value } });
  }
}
