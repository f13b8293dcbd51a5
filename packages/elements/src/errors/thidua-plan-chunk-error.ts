import { ThiduaError } from '@thidua/core';

/** The module at a plan chunk's address is not one (another file served there, or another version's). */
export class ThiduaPlanChunkError extends ThiduaError<'THIDUA_PLAN_CHUNK', { url: string }> {
  override name = 'ThiduaPlanChunkError';

  constructor(url: string) {
    super('THIDUA_PLAN_CHUNK', {
      vi: `thidua-form: ${url} không phải tệp kế hoạch của biểu mẫu. Hãy phục vụ thư mục plans/ của cùng phiên bản @thidua/elements (ở địa chỉ đặt bằng setAssetBase), rồi tải lại trang.`,
      en: `thidua-form: ${url} is not a plan chunk. Serve the plans/ folder of the same @thidua/elements version (at the address set with setAssetBase), then reload the page.`,
    }, { details: { url } });
  }
}
