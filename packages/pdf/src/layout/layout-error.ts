import { ThiduaError } from '@thidua/core';

/** A document built of blocks the layout engine cannot place; `details.block` names the kind. */
export class LayoutError extends ThiduaError<'THIDUA_PDF_LAYOUT', { block: string }> {
  override name = 'LayoutError';

  static nestedTable(): LayoutError {
    return new LayoutError('THIDUA_PDF_LAYOUT', {
      vi: 'pdf: không đặt được bảng trong cột hoặc ô. Hãy đặt bảng ở cấp ngoài cùng của tài liệu.',
      en: 'pdf: a table inside a column or cell is not supported. Put the table at the top level of the document.',
    }, { details: { block: 'table' } });
  }
}
