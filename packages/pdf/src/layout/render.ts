import { PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { FACE_NAMES, type FaceName } from '../fonts/font-source.js';
import type { FontSet } from '../fonts/font-set.js';
import type { Drawable, Page } from './flow.js';
import { latin1, type StreamFactory } from './streams.js';
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
const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** Text state carried across the lines of one text object, so unchanged fonts are not re-set. */
interface TextState {
  face: FaceName | undefined;
  size: number;
}

/**
 * One text line as TJ operators inside the page's single text object: one run per face,
 * spaces carry the justification; `Tf` only where the face or size changes.
 */
function textOps(d: Extract<Drawable, { kind: 'text' }>, pageHeight: number, state: TextState): string {
  const { line, size } = d;
  let x = d.x + line.offset;
  let extra = 0;
  const spaces = line.spaces;
  const slack = line.available - line.width;
  if (d.align === 'center') x += slack / 2;
  else if (d.align === 'right') x += slack;
  else if (d.align === 'justify' && !line.last && spaces > 0 && slack > 0) extra = slack / spaces;
  // TJ numbers are thousandths of text space, subtracted from the advance.
  const adj = extra ? ` ${n((-extra * 1000) / size)} ` : '';
  let out = `1 0 0 1 ${n(x)} ${n(pageHeight - d.y)} Tm`;
  // Words and spaces of one face go into as few strings as they can: a string ends only where
  // a justified space adds its adjustment, or the face changes.
  let run = '';
  let open = false;
  const flush = () => {
    if (open) run += ')';
    if (run) out += ` [${run}] TJ`;
    run = '';
    open = false;
  };
  for (const t of line.tokens) {
    if (t.face !== state.face || size !== state.size) {
      flush();
      state.face = t.face;
      state.size = size;
      out += ` /${RES[t.face]} ${n(size)} Tf`;
    }
    if (!open) {
      run += '(';
      open = true;
    }
    run += t.code;
    if (t.space && adj) {
      run += `)${adj}`;
      open = false;
    }
  }
  flush();
  return out + '\n';
}

function pageOps(page: Page, fonts: FontSet, opts: RenderOptions): string {
  const { setup } = page;
  let ops = '';
  if (opts.draft) {
    // Light grey, diagonal, under the content: visible on paper, never hides the text. Marked
    // as a watermark artifact (ISO 32000-1 §14.8.2.2), so text extraction and screen readers
    // leave it out of the document's text.
    const word = 'BẢN NHÁP';
    const size = 96;
    const w = fonts.face('bold').widthOf(word, size);
    const a = Math.atan2(setup.height, setup.width);
    const c = Math.cos(a);
    const s = Math.sin(a);
    const cx = setup.width / 2 - (c * w) / 2 + (s * size * 0.35);
    const cy = setup.height / 2 - (s * w) / 2 - (c * size * 0.35);
    ops += `/Artifact <</Type /Pagination /Subtype /Watermark>> BDC q 0.82 g BT /${RES.bold} ${size} Tf ${n(c)} ${n(s)} ${n(-s)} ${n(c)} ${n(cx)} ${n(cy)} Tm (${fonts.face('bold').encode(word)}) Tj ET Q EMC\n`;
  }
  ops += '0 g 0 G\n';
  if (page.pageInDoc > 1) {
    // Decree 30: Arabic page numbers centred in the top margin, none on page 1.
    const size = opts.pageNumberSize ?? 13;
    const label = String(page.pageInDoc);
    const w = fonts.face('regular').widthOf(label, size);
    const y = setup.height - setup.margin.top / 2 - size / 3;
    ops += `BT /${RES.regular} ${size} Tf 1 0 0 1 ${n((setup.width - w) / 2)} ${n(y)} Tm (${fonts.face('regular').encode(label)}) Tj ET\n`;
  }
  // All lines in one text object (drawn in reading order), then the rules and borders:
  // path operators are not allowed inside BT … ET.
  const state: TextState = { face: undefined, size: 0 };
  let text = '';
  let paths = '';
  for (const d of page.items) {
    if (d.kind === 'text') text += textOps(d, setup.height, state);
    else if (d.kind === 'stroke') paths += `${n(d.width)} w ${n(d.x1)} ${n(setup.height - d.y1)} m ${n(d.x2)} ${n(setup.height - d.y2)} l S\n`;
  }
  if (text) ops += `BT\n${text}ET\n`;
  return ops + paths;
}

/** Writes laid-out pages into the document, each in its own orientation, then embeds the font subsets they use. */
export async function renderPages(doc: PDFDocument, pages: Page[], fonts: FontSet, streams: StreamFactory, opts: RenderOptions = {}): Promise<void> {
  const ctx = doc.context;
  const contents = pages.map((p) => pageOps(p, fonts, opts));
  const used = FACE_NAMES.filter((f) => fonts.face(f).isUsed);
  const fontDict = ctx.obj(Object.fromEntries(used.map((f) => [RES[f], fonts.face(f).ref])));
  const resources = ctx.register(ctx.obj({ Font: fontDict, ProcSet: ['PDF', 'Text'] }));
  const places: { page: PDFPage; place: SignaturePlace }[] = [];
  contents.forEach((ops, i) => {
    const { setup } = pages[i]!;
    const page = doc.addPage([setup.width, setup.height]);
    page.node.set(PDFName.of('Contents'), ctx.register(streams.deflated(latin1(ops))));
    page.node.set(PDFName.of('Resources'), resources);
    if (opts.signatureFields) {
      for (const d of pages[i]!.items) if (d.kind === 'field') places.push({ page, place: { ...d, docIndex: pages[i]!.docIndex } });
    }
  });
  addSignatureFields(doc, places);
  await fonts.finish();
}
