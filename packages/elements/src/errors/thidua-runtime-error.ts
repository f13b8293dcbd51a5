import { ThiduaError } from '@thidua/core';

/** The single-file bundle found no plans/runtime.js of its own version to take its engine parts from. */
export class ThiduaRuntimeError extends ThiduaError<'THIDUA_RUNTIME_MISMATCH', Record<string, never>> {
  override name = 'ThiduaRuntimeError';

  constructor() {
    super('THIDUA_RUNTIME_MISMATCH', {
      vi: 'thidua-form: plans/runtime.js chưa nạp hoặc khác phiên bản. Hãy phục vụ dist/ của cùng một phiên bản @thidua/elements rồi tải lại trang.',
      en: 'thidua-form: plans/runtime.js is not loaded or of another version. Serve the dist/ of one @thidua/elements version, then reload.',
    });
  }
}
