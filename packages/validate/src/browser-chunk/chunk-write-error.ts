import { ThiduaError } from '@thidua/core';

export type ChunkWriteReason = 'reserved-key' | 'ajv-output';

/** A plan's browser chunk could not be written (the build and the server both write them). */
export class ChunkWriteError extends ThiduaError<'THIDUA_CHUNK_WRITE', { reason: ChunkWriteReason; where: string }> {
  override name = 'ChunkWriteError';

  constructor(reason: ChunkWriteReason, where: string) {
    super('THIDUA_CHUNK_WRITE', reason === 'reserved-key'
      ? {
        vi: `${where}: lược đồ đã dùng khóa "$s", khóa mà tệp kế hoạch cho trình duyệt dành để nén lược đồ. Hãy đổi tên khóa đó trong định nghĩa kế hoạch.`,
        en: `${where}: the schema already uses the key "$s", which the browser chunk reserves for packing schemas. Rename that key in the plan definition.`,
      }
      : {
        vi: `${where}: mã kiểm tra biên dịch sẵn của ajv không còn dạng mà tệp kế hoạch cho trình duyệt cần. Hãy dùng phiên bản ajv mà @thidua/validate khai báo.`,
        en: `${where}: ajv's precompiled validator no longer has the shape the browser chunk needs. Use the ajv version @thidua/validate declares.`,
      }, { details: { reason, where } });
  }
}
