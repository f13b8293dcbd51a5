import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { FontFaces } from '../fonts/font-source.js';
import { FontSet } from '../fonts/font-set.js';
import type { Block } from './blocks.js';
import { Flow } from './flow.js';
import { pageSetup, type Margins, type PageSetup } from './page-setup.js';
import { renderPages } from './render.js';
import { StreamFactory, type Deflate } from './streams.js';

export interface TypesetOptions {
  fonts: FontFaces;
  /** Margins in mm within Decree 30's ranges; default top 20, bottom 20, left 30, right 15. */
  margins?: Partial<Margins>;
  draft?: boolean;
  /**
   * Empty signature fields (AcroForm /Sig) at every signer's place, for digital signing
   * without re-layout; on by default, off by default for drafts.
   */
  signatureFields?: boolean;
  title?: string;
  author?: string;
  /** zlib deflate; the Node entry passes the native one, browsers fall back to pako. */
  deflate?: Deflate;
}

/** What document builders get: the page geometry and text measurement in the real fonts. */
export interface TypesetContext {
  setup: PageSetup;
  fonts: FontSet;
}

/**
 * Lays blocks out on A4 pages and writes the PDF. `build` receives the context so it can
 * measure text (rules as long as a line, column widths) before returning its blocks.
 */
export async function typeset(build: (ctx: TypesetContext) => Block[], opts: TypesetOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const setup = pageSetup(opts.margins);
  const streams = new StreamFactory(doc, opts.deflate);
  const fonts = new FontSet(doc, opts.fonts, streams);
  const blocks = build({ setup, fonts });
  const pages = new Flow(fonts, setup).layout(blocks);
  await renderPages(doc, pages, fonts, streams, { ...(opts.draft ? { draft: true } : {}), signatureFields: opts.signatureFields ?? !opts.draft });
  if (opts.title) doc.setTitle(opts.title, { showInWindowTitleBar: true });
  if (opts.author) doc.setAuthor(opts.author);
  doc.setCreator('Thi Đua SDK');
  doc.setProducer('Thi Đua SDK (@thidua/pdf, pdf-lib)');
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('vi-VN'));
  // objectsPerTick: pdf-lib otherwise yields to a timer every 50 objects (≥ 1 ms a document).
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
