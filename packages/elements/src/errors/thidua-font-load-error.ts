import { ThiduaError } from '@thidua/core';

/** A Tinos face for the PDF could not be fetched; the PDF is not built, and a retry fetches again. */
export class ThiduaFontLoadError extends ThiduaError<'THIDUA_PDF_FONTS', { url: string; status: number }> {
  override name = 'ThiduaFontLoadError';

  constructor(url: string, status: number) {
    super('THIDUA_PDF_FONTS', {
      vi: `Không tải được phông chữ ${url} (HTTP ${status}). Hãy phục vụ thư mục fonts/ cạnh pdf.js rồi bấm “Tải PDF” lại.`,
      en: `The font ${url} could not be loaded (HTTP ${status}). Serve the fonts/ folder beside pdf.js, then press “Tải PDF” again.`,
    }, { details: { url, status } });
  }
}
