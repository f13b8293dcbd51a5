import { PDFArray, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { MM } from '../layout/page-setup.js';

/** A signer's place as laid out: the signature space's box, y from the top of the page. */
export interface SignaturePlace {
  /** "document.role", e.g. "to-trinh.nguoi-ky". */
  name: string;
  docIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

// Decree 30, Phụ lục I (ô 7–8): the signature sits between the title and the name and the
// seal covers about a third of it on its left, so the field spans the whole signature space,
// centred on the signer's column. Signing clients scale their image into the field; 60 mm
// holds a signature image with the seal overlapping it without reaching the next column.
const MAX_WIDTH = 60 * MM;
const GAP = 2;

/** A plan's block id as the role part of a field name: "capTrinh" → "cap-trinh". */
export const fieldRole = (id: string): string => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/[^a-z0-9-]/g, '-');

/**
 * Full field names, unique in the file: a dossier holds several documents of one kind (one
 * achievement report per nominee), so the second report's fields become "bao-cao-thanh-tich-2.…",
 * and a role met twice in one document "….role-2".
 */
export function signatureFieldNames(places: Pick<SignaturePlace, 'name' | 'docIndex'>[]): string[] {
  const docNames = new Map<string, string>();
  const docCount = new Map<string, number>();
  const used = new Set<string>();
  return places.map(({ name, docIndex }) => {
    const dot = name.indexOf('.');
    const base = dot < 0 ? 'van-ban' : name.slice(0, dot);
    const role = dot < 0 ? name : name.slice(dot + 1);
    const key = `${base}\u0000${docIndex}`;
    let docName = docNames.get(key);
    if (!docName) {
      const k = (docCount.get(base) ?? 0) + 1;
      docCount.set(base, k);
      docName = k === 1 ? base : `${base}-${k}`;
      docNames.set(key, docName);
    }
    let full = `${docName}.${role}`;
    for (let k = 2; used.has(full); k++) full = `${docName}.${role}-${k}`;
    used.add(full);
    return full;
  });
}

/**
 * Empty signature fields (AcroForm /FT /Sig) at the signers' places, one parent field per
 * document with its roles as kids, so a digital-signature client signs the printed layout as it is.
 */
export function addSignatureFields(doc: PDFDocument, places: { page: PDFPage; place: SignaturePlace }[]): void {
  if (!places.length) return;
  const ctx = doc.context;
  const names = signatureFieldNames(places.map((p) => p.place));
  const parents = new Map<string, { ref: PDFRef; kids: PDFArray }>();
  const fields = ctx.obj([]);
  // One empty appearance per field size (there are two): a dossier of 40 nominees has 100 fields.
  const appearances = new Map<string, PDFRef>();
  places.forEach(({ page, place }, i) => {
    const [docName, role] = splitName(names[i]!);
    let parent = parents.get(docName);
    if (!parent) {
      const kids = ctx.obj([]);
      const ref = ctx.register(ctx.obj({ T: PDFString.of(docName), Kids: kids }));
      parent = { ref, kids };
      parents.set(docName, parent);
      fields.push(ref);
    }
    const width = Math.min(place.width - 2 * GAP, MAX_WIDTH);
    const height = place.height - 2 * GAP;
    const x1 = place.x + (place.width - width) / 2;
    const y1 = page.getHeight() - place.y - GAP - height;
    const rect = [x1, y1, x1 + width, y1 + height].map((v) => Math.round(v * 100) / 100);
    // An empty appearance: nothing shows until signed, and PDF/A checkers find the /AP they require.
    const bbox = [0, 0, Math.round((rect[2]! - rect[0]!) * 100) / 100, Math.round((rect[3]! - rect[1]!) * 100) / 100];
    let ap = appearances.get(bbox.join(' '));
    // An empty stream is written as it is: pdf-lib's formXObject would run pako on it, which
    // sets up a whole compressor for nothing (a thirtieth of the time of a 6-page report).
    if (!ap) appearances.set(bbox.join(' '), (ap = ctx.register(ctx.stream(new Uint8Array(0), { BBox: bbox, Matrix: [1, 0, 0, 1, 0, 0], Resources: {}, Type: 'XObject', Subtype: 'Form' }))));
    const widget = ctx.register(ctx.obj({
      Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFString.of(role), Parent: parent.ref,
      Rect: rect.map((v) => PDFNumber.of(v)), F: 4, P: page.ref, AP: { N: ap },
    }));
    parent.kids.push(widget);
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (annots) annots.push(widget);
    else page.node.set(PDFName.of('Annots'), ctx.obj([widget]));
  });
  doc.catalog.set(PDFName.of('AcroForm'), ctx.register(ctx.obj({ Fields: fields })));
}

function splitName(full: string): [string, string] {
  const dot = full.indexOf('.');
  return [full.slice(0, dot), full.slice(dot + 1)];
}
