import { PDFDocument, PDFName, PDFPage, type PDFRef } from 'pdf-lib';
import { FACE_NAMES, type FaceName } from '../fonts/font-source.js';
import type { FontSet } from '../fonts/font-set.js';
import type { Drawable, Page } from './flow.js';
import { ContentBytes } from './content-bytes.js';
import type { StreamFactory } from './streams.js';
import { addSignatureFields, type SignaturePlace } from '../sign/signature-fields.js';

export interface RenderOptions {
  /** Visible diagonal "BẢN NHÁP" watermark on every page. */
  draft?: boolean;
  /** Page-number size (Decree 30: 13–14). */
  pageNumberSize?: number;
  /** Empty signature fields at the signers' places. */
  signatureFields?: boolean;
}

const RES: Record<FaceName, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };
/** ` /F1 ` …: the font operator's start, per face. */
const FONT_OP = Object.fromEntries(FACE_NAMES.map((f) => [f, ` /${RES[f]} `])) as Record<FaceName, string>;

/** Text state carried across the lines of one text object, so unchanged fonts are not re-set. */
interface TextState {
  face: FaceName | undefined;
  size: number;
}

// Bytes the content streams use often.
const SP = 0x20;
const NL = 0x0a;

/**
 * One text line as TJ operators inside the page's single text object: one run per face,
 * spaces carry the justification; `Tf` only where the face or size changes.
 */
function textOps(out: ContentBytes, d: Extract<Drawable, { kind: 'text' }>, pageHeight: number, state: TextState, fonts: FontSet): void {
  const { line, size } = d;
  let x = d.x + line.offset;
  let extra = 0;
  const spaces = line.spaces;
  const slack = line.available - line.width;
  if (d.align === 'center') x += slack / 2;
  else if (d.align === 'right') x += slack;
  else if (d.align === 'justify' && !line.last && spaces > 0 && slack > 0) extra = slack / spaces;
  // TJ numbers are thousandths of text space, subtracted from the advance.
  const adj = (-extra * 1000) / size;
  out.text('1 0 0 1 ').num(x).byte(SP).num(pageHeight - d.y).text(' Tm');
  // Words and spaces of one face go into as few strings as they can: a string ends only where
  // a justified space adds its adjustment, or the face changes.
  let run = false;
  let open = false;
  // The face is looked up where it changes, not for every word.
  let face = state.face === undefined ? undefined : fonts.face(state.face);
  for (const t of line.tokens) {
    if (t.face !== state.face || size !== state.size) {
      if (open) out.byte(0x29);
      if (run) out.text('] TJ');
      run = open = false;
      state.face = t.face;
      state.size = size;
      face = fonts.face(t.face);
      out.text(FONT_OP[t.face]).num(size).text(' Tf');
    }
    if (!run) out.text(' [');
    if (!open) out.byte(0x28);
    run = open = true;
    out.text(t.code);
    face!.use(t.ids);
    if (t.space && extra) {
      out.text(') ').num(adj).byte(SP);
      open = false;
    }
  }
  if (open) out.byte(0x29);
  if (run) out.text('] TJ');
  out.byte(NL);
}

function pageOps(out: ContentBytes, page: Page, fonts: FontSet, opts: RenderOptions): void {
  const { setup } = page;
  if (opts.draft) {
    // Light grey, diagonal, under the content: visible on paper, never hides the text. Marked
    // as a watermark artifact (ISO 32000-1 §14.8.2.2), so text extraction and screen readers
    // leave it out of the document's text.
    const size = 96;
    const bold = fonts.face('bold');
    const word = bold.word('BẢN NHÁP');
    bold.use(word.ids);
    const w = (word.advance * size) / 1000;
    const a = Math.atan2(setup.height, setup.width);
    const c = Math.cos(a);
    const s = Math.sin(a);
    const cx = setup.width / 2 - (c * w) / 2 + (s * size * 0.35);
    const cy = setup.height / 2 - (s * w) / 2 - (c * size * 0.35);
    out.text(`/Artifact <</Type /Pagination /Subtype /Watermark>> BDC q 0.82 g BT /${RES.bold} ${size} Tf `);
    out.num(c).byte(SP).num(s).byte(SP).num(-s).byte(SP).num(c).byte(SP).num(cx).byte(SP).num(cy);
    out.text(` Tm (${word.code}) Tj ET Q EMC\n`);
  }
  out.text('0 g 0 G\n');
  if (page.pageInDoc > 1) {
    // Decree 30: Arabic page numbers centred in the top margin, none on page 1.
    const size = opts.pageNumberSize ?? 13;
    const regular = fonts.face('regular');
    const label = regular.word(String(page.pageInDoc));
    regular.use(label.ids);
    const w = (label.advance * size) / 1000;
    const y = setup.height - setup.margin.top / 2 - size / 3;
    out.text(`BT /${RES.regular} ${size} Tf 1 0 0 1 `).num((setup.width - w) / 2).byte(SP).num(y);
    out.text(` Tm (${label.code}) Tj ET\n`);
  }
  // All lines in one text object (drawn in reading order), then the rules and borders:
  // path operators are not allowed inside BT … ET.
  const state: TextState = { face: undefined, size: 0 };
  let text = false;
  for (const d of page.items) {
    if (d.kind !== 'text') continue;
    if (!text) out.text('BT\n');
    text = true;
    textOps(out, d, setup.height, state, fonts);
  }
  if (text) out.text('ET\n');
  const h = setup.height;
  for (const d of page.items) {
    if (d.kind !== 'stroke') continue;
    out.num(d.width).text(' w ').num(d.x1).byte(SP).num(h - d.y1).text(' m ').num(d.x2).byte(SP).num(h - d.y2).text(' l S\n');
  }
}

/** Writes laid-out pages into the document, each in its own orientation, then embeds the font subsets they use. */
export async function renderPages(doc: PDFDocument, pages: Page[], fonts: FontSet, streams: StreamFactory, opts: RenderOptions = {}): Promise<void> {
  const ctx = doc.context;
  // Every page is written (and its glyphs encoded) before the font objects are made.
  const out = new ContentBytes();
  const contents = pages.map((p) => {
    out.clear();
    pageOps(out, p, fonts, opts);
    return streams.deflated(out.view());
  });
  const used = FACE_NAMES.filter((f) => fonts.face(f).isUsed);
  const fontDict = ctx.obj(Object.fromEntries(used.map((f) => [RES[f], fonts.face(f).ref])));
  const resources = ctx.register(ctx.obj({ Font: fontDict, ProcSet: ['PDF', 'Text'] }));
  const places: { page: PDFPage; place: SignaturePlace }[] = [];
  // Pages go straight to the end of the root's Kids: doc.addPage walks every page already in
  // the tree to find where the new one goes, which made a 700-page dossier's pages quadratic.
  const tree = doc.catalog.Pages();
  const treeRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  contents.forEach((stream, i) => {
    const { setup } = pages[i]!;
    const page = PDFPage.create(doc);
    page.setSize(setup.width, setup.height);
    tree.pushLeafNode(page.ref);
    page.node.setParent(treeRef);
    page.node.set(PDFName.of('Contents'), ctx.register(stream));
    page.node.set(PDFName.of('Resources'), resources);
    if (opts.signatureFields) {
      for (const d of pages[i]!.items) if (d.kind === 'field') places.push({ page, place: { ...d, docIndex: pages[i]!.docIndex } });
    }
  });
  addSignatureFields(doc, places);
  await fonts.finish();
}
