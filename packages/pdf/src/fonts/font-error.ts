import { ThiduaError } from '@thidua/core';

/** A font file the embedder cannot use: a missing TrueType table, or glyphs not yet padded. */
export class FontError extends ThiduaError<'THIDUA_PDF_FONT', { table?: string }> {
  override name = 'FontError';

  static missingTable(where: string, table: string): FontError {
    return new FontError('THIDUA_PDF_FONT', {
      vi: `${where}: phông chữ không có bảng "${table}" (không phải phông TrueType có đường viền glyf). Hãy dùng phông TrueType, ví dụ Tinos đi kèm.`,
      en: `${where}: the font has no "${table}" table (not a TrueType-outline font). Use a TrueType font such as the bundled Tinos.`,
    }, { details: { table } });
  }

  static notPadded(): FontError {
    return new FontError('THIDUA_PDF_FONT', {
      vi: 'ttf-subset: phông chữ chưa qua padGlyphs (cần bảng loca dạng dài). Hãy cho phông qua padGlyphs trước khi nhúng.',
      en: 'ttf-subset: pass the font through padGlyphs first (long loca expected).',
    });
  }
}
