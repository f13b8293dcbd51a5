// The pdf-lib @thidua/pdf itself uses (the root package does not depend on it): tests read and
// edit our PDFs with the very library that wrote them.
import { createRequire } from 'node:module';

const requirePdf = createRequire(new URL('../../packages/pdf/package.json', import.meta.url));
export const pdfLib = requirePdf('pdf-lib') as typeof import('../../packages/pdf/node_modules/pdf-lib');
/** Its fontkit, for `PDFDocument.registerFontkit`. */
export const pdfFontkit = requirePdf('@pdf-lib/fontkit') as Parameters<InstanceType<typeof pdfLib.PDFDocument>['registerFontkit']>[0];
