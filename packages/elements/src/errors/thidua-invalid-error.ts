import { ThiduaError, type ValidationIssue } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import { TRANSLATIONS } from '../translations/index.js';

/** The form was asked for a PDF while its data has errors; `errors` are the validator's. */
export class ThiduaInvalidError extends ThiduaError<'THIDUA_INVALID', { errors: ValidationIssue[] }> {
  override name = 'ThiduaInvalidError';

  constructor(readonly errors: ValidationIssue[]) {
    const n = { n: errors.length };
    super('THIDUA_INVALID', {
      vi: `${interpolate(TRANSLATIONS.vi.invalidSummary, n)} Sửa các lỗi hiển thị trên biểu mẫu, hoặc in bản nháp.`,
      en: `${interpolate(TRANSLATIONS.en.invalidSummary, n)} Fix the errors shown on the form, or print a draft.`,
    }, { details: { errors } });
  }
}
