// Hostile AcroForm templates for `fillForm` / `thidua fill`, built byte by byte so each one is
// exactly the attack it names. Every template has one text field "hoTen" on one page, so a
// refusal can only come from the hostile part (`baseTemplate()` itself fills fine).
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

const requirePdf = createRequire(new URL('../../packages/pdf/package.json', import.meta.url));
type PdfLib = typeof import('../../packages/pdf/node_modules/pdf-lib');
const { PDFDocument, PDFName, PDFString, PDFObjectParser, StandardFonts } = requirePdf('pdf-lib') as PdfLib;

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A stream object body: the dictionary entries (without `/Length`), then the data. */
export function stream(dict: string, data: Uint8Array): Uint8Array {
  return Buffer.concat([latin1(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream')]);
}

/**
 * A classic PDF file: `objects[i]` is the body of object i + 1 (generation 0), followed by a
 * cross-reference table and a trailer naming object 1 as the catalog.
 */
export function rawPdf(objects: readonly (string | Uint8Array)[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : Buffer.from(body), latin1('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Objects 1–4 of every template: catalog, page tree, page, text field "hoTen" (merged with its widget). */
export function baseObjects(): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /DA (/Helv 0 Tf 0 g) >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Widget /FT /Tx /T (hoTen) /Rect [100 700 500 724] /P 3 0 R /DA (/Helv 12 Tf 0 g) /F 4 >>',
  ];
}

/** The harmless template every hostile one is built from. */
export function baseTemplate(): Uint8Array {
  return rawPdf(baseObjects());
}

/**
 * An object stream whose `count` entries all point at offset 0, where one array of `width`
 * numbers sits: a reader that trusts the offsets parses that array `count` times.
 */
export function objectStreamBomb(count = 20_000, width = 1_000): Uint8Array {
  const header = Array.from({ length: count }, (_, i) => `${100 + i} 0`).join(' ') + '\n';
  const body = `[${' 0'.repeat(width)} ]`;
  const data = zlib.deflateSync(latin1(header + body), { level: 9 });
  return rawPdf([...baseObjects(), stream(`/Type /ObjStm /N ${count} /First ${header.length} /Filter /FlateDecode`, data)]);
}

/** A cross-reference stream declaring `size` entries with almost no data behind them. */
export function xrefStreamSizeBomb(size = 5_000_000): Uint8Array {
  const data = zlib.deflateSync(Buffer.alloc(16));
  return rawPdf([...baseObjects(), stream(`/Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode`, data)]);
}

/**
 * zlib data that inflates to `inflated` zero bytes (a multiple of 16 MiB), made in a few ms: one
 * slice of zeros is compressed once, ending byte-aligned and not final (a sync flush), so its
 * blocks can be repeated as they are; then a final empty block and the Adler-32 of the zeros
 * (a = 1, b = n mod 65521).
 */
export function deflatedZeros(inflated: number): Buffer {
  const slice = 16 << 20;
  if (inflated % slice) throw new RangeError(`inflated must be a multiple of ${slice}`);
  const blocks = zlib.deflateRawSync(Buffer.alloc(slice), { level: 9, memLevel: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((inflated % 65521) << 16) | 1) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: inflated / slice }, () => blocks), Buffer.from([0x03, 0x00]), adler]);
}

/** An object stream that inflates to `inflated` bytes (zeros after a one-object header). */
export function deflateBomb(inflated = 1 << 30): Uint8Array {
  return rawPdf([...baseObjects(), stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflatedZeros(inflated))]);
}

/** The page tree lists itself among its kids. */
export function pageTreeCycle(): Uint8Array {
  const objects = baseObjects();
  objects[1] = '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>';
  return rawPdf(objects);
}

/** Each page-tree node lists the next one twice: `levels` levels reach one page 2^levels times. */
export function pageTreeFanOut(levels = 40): Uint8Array {
  const objects = baseObjects();
  const first = objects.length + 1;
  objects[1] = `<< /Type /Pages /Kids [${first} 0 R ${first} 0 R] /Count 1 >>`;
  for (let i = 0; i < levels; i++) {
    const n = first + i;
    const kid = i === levels - 1 ? '3 0 R' : `${n + 1} 0 R`;
    objects.push(`<< /Type /Pages /Parent ${i === 0 ? 2 : n - 1} 0 R /Kids [${kid} ${kid}] /Count 1 >>`);
  }
  return rawPdf(objects);
}

/** The page's parent chain loops: page → 5 → 6 → 5 … (inherited attributes are looked up that way). */
export function parentCycle(): Uint8Array {
  const objects = baseObjects();
  objects[2] = '<< /Type /Page /Parent 5 0 R /Annots [4 0 R] >>';
  objects.push('<< /Type /Pages /Parent 6 0 R /Kids [] /Count 0 >>', '<< /Type /Pages /Parent 5 0 R /Kids [] /Count 0 >>');
  return rawPdf(objects);
}

/** The field's kids point back at the field (the field tree loops). */
export function fieldTreeCycle(): Uint8Array {
  const objects = baseObjects();
  objects[0] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>';
  objects.push('<< /T (nhom) /Kids [4 0 R 5 0 R] >>');
  objects[3] = objects[3]!.replace('/P 3 0 R', '/P 3 0 R /Parent 5 0 R');
  return rawPdf(objects);
}

/** `depth` nested arrays, in the page dictionary (`where: 'page'`) or in the trailer. */
export function deepArray(depth = 100_000, where: 'page' | 'trailer' = 'page'): Uint8Array {
  const nested = '['.repeat(depth) + ']'.repeat(depth);
  const objects = baseObjects();
  if (where === 'page') objects[2] = objects[2]!.replace('/Annots', `/Deep ${nested} /Annots`);
  return rawPdf(objects, where === 'trailer' ? `/Deep ${nested}` : '');
}

/** `depth` nested dictionaries in the page dictionary. */
export function deepDict(depth = 100_000): Uint8Array {
  const objects = baseObjects();
  objects[2] = objects[2]!.replace('/Annots', `/Deep ${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)} /Annots`);
  return rawPdf(objects);
}

/** The cross-reference table and trailer replaced by random bytes. */
export function xrefGarbage(): Uint8Array {
  const base = Buffer.from(baseTemplate());
  const at = base.lastIndexOf(latin1('xref'));
  let seed = 7;
  const junk = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
  return Buffer.concat([base.subarray(0, at), junk]);
}

/** The template cut off at `fraction` of its length. */
export function truncated(fraction = 0.6): Uint8Array {
  const base = baseTemplate();
  return base.subarray(0, Math.floor(base.length * fraction));
}

/** An object that readers would recover but that does not parse: its contents must not pass through unseen. */
export function damagedObject(): Uint8Array {
  return rawPdf([...baseObjects(), '<< /S /JavaScript /JS (app.alert\\(1\\)) ] >>']);
}

/** `length` digits between two objects, where a reader looks for the next object header. */
export function digitJunk(length = 1 << 20): Uint8Array {
  const base = Buffer.from(baseTemplate());
  const at = base.indexOf(latin1('2 0 obj'));
  return Buffer.concat([base.subarray(0, at), Buffer.alloc(length, '7'), latin1('\n'), base.subarray(at)]);
}

// ---------------------------------------------------------------------------------------------
// Active content: a real form (pdf-lib) carrying every kind of action and embedded file.

/** A JavaScript action whose script writes `marker`, so a test can look for it in the output. */
const js = (marker: string) => `<< /S /JavaScript /JS (app.alert\\("${marker}"\\)) >>`;

export async function activeContentTemplate(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const page2 = doc.addPage([595.28, 841.89]);
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Ho va ten:', { x: 60, y: 757, size: 10, font: helv });
  const form = doc.getForm();
  const hoTen = form.createTextField('hoTen');
  hoTen.addToPage(page, { x: 170, y: 750, width: 380, height: 22 });
  const gui = form.createButton('gui');
  gui.addToPage('Gui', page, { x: 170, y: 700, width: 80, height: 22 });
  const { context, catalog } = doc;
  // pdf-lib's own object parser turns each literal into objects of this document.
  const parseLiteral = (literal: string) => PDFObjectParser.forBytes(latin1(literal), context).parseObject();
  const obj = (literal: string) => context.register(parseLiteral(literal));
  catalog.set(PDFName.of('OpenAction'), obj(js('openaction')));
  catalog.set(PDFName.of('AA'), parseLiteral(`<< /WC ${js('will-close')} /DP ${js('did-print')} >>`));
  const file = context.register(context.flateStream('MZ fake executable', { Type: 'EmbeddedFile' }));
  const names = context.obj({});
  names.set(PDFName.of('JavaScript'), parseLiteral(`<< /Names [(init) ${js('names-javascript')}] >>`));
  names.set(PDFName.of('EmbeddedFiles'), context.obj({ Names: [PDFString.of('payload.exe'), context.obj({ Type: 'Filespec', F: PDFString.of('payload.exe'), EF: { F: file } })] }));
  catalog.set(PDFName.of('Names'), context.register(names));
  page.node.set(PDFName.of('AA'), parseLiteral(`<< /O ${js('page-open')} /C << /S /Launch /F (calc.exe) >> >>`));
  hoTen.acroField.dict.set(PDFName.of('AA'), parseLiteral(`<< /K ${js('keystroke')} /F ${js('format')} >>`));
  gui.acroField.getWidgets()[0]!.dict.set(PDFName.of('A'), parseLiteral('<< /S /SubmitForm /F << /FS /URL /F (http://example.invalid/thu) >> >>'));
  const annot = (literal: string) => {
    const annots = page.node.Annots() ?? context.obj([]);
    (annots as InstanceType<PdfLib['PDFArray']>).push(obj(literal));
    page.node.set(PDFName.of('Annots'), annots);
  };
  annot('<< /Type /Annot /Subtype /Link /Rect [60 600 200 620] /A << /S /URI /URI (http://example.invalid/uri) >> >>');
  annot('<< /Type /Annot /Subtype /Link /Rect [60 570 200 590] /A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >> >>');
  annot('<< /Type /Annot /Subtype /Link /Rect [60 540 200 560] /A << /S /GoToR /F (other.pdf) /D [0 /Fit] >> >>');
  annot('<< /Type /Annot /Subtype /Link /Rect [60 510 200 530] /A << /S /GoToE /T << /R /C /N (payload.exe) >> >> >>');
  annot('<< /Type /Annot /Subtype /Link /Rect [60 480 200 500] /A << /S /ImportData /F (data.fdf) >> >>');
  annot(`<< /Type /Annot /Subtype /Link /Rect [60 450 200 470] /A << /S /GoTo /D [${page2.ref} /Fit] /Next ${js('next-chain')} >> >>`);
  annot('<< /Type /Annot /Subtype /Link /Rect [60 420 200 440] /Dest [0 /Fit] >>');
  annot(`<< /Type /Annot /Subtype /FileAttachment /Rect [60 390 80 410] /FS << /Type /Filespec /F (a.exe) /EF << /F ${file} >> >> >>`);
  annot('<< /Type /Annot /Subtype /RichMedia /Rect [60 360 200 380] /RichMediaContent << >> >>');
  annot(`<< /Type /Annot /Subtype /Screen /Rect [60 330 200 350] /A << /S /Rendition /OP 0 /JS (app.alert\\("rendition"\\)) >> >>`);
  const outline = context.register(context.obj({}));
  const item = obj(`<< /Title (Muc 1) /Parent ${outline} /A ${js('outline')} >>`);
  context.assign(outline, context.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
  catalog.set(PDFName.of('Outlines'), outline);
  const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: true });
  // XFA last, on the saved file: pdf-lib's getForm() (which save calls) deletes any XFA it sees.
  const withXfa = await PDFDocument.load(saved, { updateMetadata: false });
  const acroForm = withXfa.catalog.lookup(PDFName.of('AcroForm')) as InstanceType<PdfLib['PDFDict']>;
  acroForm.set(PDFName.of('XFA'), PDFObjectParser.forBytes(latin1('[(template) (<template><script>app.alert\\("xfa"\\)</script></template>)]'), withXfa.context).parseObject());
  return withXfa.save({ useObjectStreams: false, updateFieldAppearances: false });
}
