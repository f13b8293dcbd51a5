// AcroForm filling with Vietnamese text. pdf-lib draws field appearances with the standard
// WinAnsi fonts by default, which cannot encode Vietnamese; here every appearance is built with
// an embedded Tinos subset instead (glyph-padded first, docs/decisions/0007). No Node APIs: the same
// code runs in browsers.
import fontkit from '@pdf-lib/fontkit';
import {
  EncryptedPDFError,
  PDFButton,
  PDFCheckBox,
  PDFDict,
  PDFDropdown,
  PDFName,
  PDFOptionList,
  PDFRadioGroup,
  PDFRef,
  PDFSignature,
  PDFTextField,
  type PDFDocument,
  type PDFField,
  type PDFFont,
  type PDFForm,
} from 'pdf-lib';
import type { FontFaces } from '../fonts/font-source.js';
import { SUBSET_NAMES } from '../fonts/font-source.js';
import { glyphsArePadded, padGlyphs } from '../fonts/pad-glyphs.js';
import { removeActiveContent, type RemovedContent } from './active-content.js';
import {
  EncryptedPdfError,
  FieldValueTypeError,
  FillFormError,
  InvalidCheckBoxValueError,
  InvalidOptionError,
  NoFormFieldsError,
  NotAPdfError,
  TemplateTooLargeError,
  UnfillableFieldError,
  UnreadablePdfError,
  UnsupportedCharacterError,
  ValueTooLongError,
  type FormFieldKind,
} from './errors.js';
import { parseTemplate } from './guarded-parser.js';
import { MAX_TEMPLATE_BYTES } from './limits.js';
import { checkStructure } from './structure.js';
import { dropUnreachableObjects } from './unreachable-objects.js';
import { textFieldAppearance } from './text-field-appearance.js';

/** Options of [[fillForm]]. */
export interface FillFormOptions {
  /** The document font. Only `regular` is used: every field appearance is drawn with it. */
  fonts: FontFaces;
  /** Draw the field appearances into the page content and remove the form (no fields remain). Default `false`. */
  flatten?: boolean;
  /**
   * Font size in points for the text fields, dropdowns and option lists that are filled.
   * `0` means "fit to the field". Default: the size the template sets for each field.
   */
  fontSize?: number;
}

/** What [[fillForm]] returns. */
export interface FillFormResult {
  /** The filled PDF. */
  pdf: Uint8Array;
  /** Keys of `values` that were written into a field, in the order given. */
  filled: string[];
  /** Keys of `values` that match no field of the template (nothing was written for them). */
  unknown: string[];
  /** Active content of the template left out of the filled PDF (scripts, launches, links out, submissions, embedded files, XFA). */
  removed: RemovedContent[];
}

/** Strings that check a check box (compared trimmed, case-insensitively, after NFC). */
export const CHECKED_WORDS: readonly string[] = ['true', 'x', 'yes', 'on', '1', 'có', '✓', '✔', '☑', '☒'];
/** Strings that uncheck a check box. */
export const UNCHECKED_WORDS: readonly string[] = ['false', '', 'no', 'off', '0', 'không'];

/**
 * Fills the AcroForm fields of a PDF template with (Vietnamese) values and returns the new PDF.
 *
 * - Text fields (single-line, multiline, combed) take strings; check boxes take `true`/`false` or
 *   one of [[CHECKED_WORDS]]/[[UNCHECKED_WORDS]]; radio groups, dropdowns and option lists take one
 *   of their options (`""` clears them). An editable dropdown (combo box with the Edit flag) also
 *   takes free text.
 * - Every string is NFC-normalised and its line breaks become `\n` before it is set.
 * - A text field with an automatic font size (`/DA` size 0) is drawn at the largest size from 12 pt
 *   down to 4 pt at which the value fits (a multiline field wraps at every size); comb fields get
 *   one character per cell. A value that does not fit (at a fixed size, or even at 4 pt) is refused
 *   with [[TextDoesNotFitError]], never clipped.
 * - Appearances are drawn with the embedded Tinos regular subset, so Vietnamese prints; the font
 *   is also put in the form's `/DR` so the fields' `/DA` resolve, and `/NeedAppearances` is removed
 *   (viewers would otherwise redraw the fields with a font that has no Vietnamese).
 * - Keys that match no field are returned in `unknown`, not dropped silently.
 * - The template's active content (JavaScript, launch, URI, submit and import actions, additional
 *   actions, embedded files, media, XFA) is left out of the output and listed in `removed`.
 * - The template is read within the limits of limits.ts (size, inflated object streams, nesting,
 *   number of values, page and field trees), so a hostile file is refused before it costs memory.
 *
 * Throws a [[FillFormError]] subclass for input the caller must fix: [[NotAPdfError]],
 * [[UnreadablePdfError]], [[EncryptedPdfError]], [[TemplateTooLargeError]], [[InflateLimitError]],
 * [[TemplateTooComplexError]], [[CircularStructureError]], [[DamagedObjectError]],
 * [[NoFormFieldsError]], [[FieldValueTypeError]], [[InvalidOptionError]],
 * [[InvalidCheckBoxValueError]], [[ValueTooLongError]], [[UnsupportedCharacterError]],
 * [[UnfillableFieldError]], [[TextDoesNotFitError]]; a TypeError for arguments of the wrong type.
 *
 * ```ts
 * import { fillForm } from '@thidua/pdf';
 * import { loadTinos } from '@thidua/pdf/node';
 *
 * const { pdf, unknown } = await fillForm(templateBytes, { hoTen: 'Nguyễn Thị Hồng Nhung', dongY: true }, { fonts: loadTinos(), flatten: true });
 * if (unknown.length) console.warn(`Không có trường: ${unknown.join(', ')}`);
 * ```
 */
export async function fillForm(
  template: Uint8Array,
  values: Record<string, string | boolean>,
  options: FillFormOptions,
): Promise<FillFormResult> {
  assertIsBytes(template, 'template');
  assertIsValues(values);
  assertIsOptions(options);
  if (template.length > MAX_TEMPLATE_BYTES) throw new TemplateTooLargeError(template.length, MAX_TEMPLATE_BYTES);

  const doc = await loadTemplate(template);
  try {
    return await fillDocument(doc, values, options);
  } catch (error) {
    // pdf-lib throws whatever it meets in a structure it does not expect (a RangeError when it
    // recurses too deep): the template is at fault, not the caller.
    if (error instanceof FillFormError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const vi = error instanceof RangeError ? `cấu trúc lồng quá sâu hoặc quay vòng: ${message}` : message;
    throw new UnreadablePdfError(message, vi, { cause: error });
  }
}

async function fillDocument(doc: PDFDocument, values: Record<string, string | boolean>, options: FillFormOptions): Promise<FillFormResult> {
  const { fonts, flatten = false, fontSize } = options;
  const structure = checkStructure(doc);
  // Hybrid AcroForm + XFA forms lose their XFA here too: viewers that understand XFA would show the XFA data, not ours.
  const removed = removeActiveContent(doc.context, doc.catalog, structure);
  const form = doc.getForm();
  const fields = form.getFields();
  if (fields.length === 0) throw new NoFormFieldsError(removed.some((r) => r.kind === 'XFA'));

  doc.registerFontkit(fontkit);
  const padded = paddedFont(fonts.regular);
  const font = await doc.embedFont(padded, { subset: true, customName: SUBSET_NAMES.regular });
  const charset = characterSet(padded, font);

  const byName = new Map<string, PDFField>();
  const byNfcName = new Map<string, PDFField>();
  for (const field of fields) {
    byName.set(field.getName(), field);
    byNfcName.set(field.getName().normalize('NFC'), field);
  }

  const filled: string[] = [];
  const unknown: string[] = [];
  const given = new Set<PDFField>();
  for (const [key, value] of Object.entries(values)) {
    const field = byName.get(key) ?? byNfcName.get(key.normalize('NFC'));
    if (!field) {
      unknown.push(key);
      continue;
    }
    setFieldValue(field, key, value, charset);
    if (fontSize !== undefined) setFontSize(field, fontSize);
    filled.push(key);
    given.add(field);
  }

  // Every field that was changed, or has no appearance yet, gets one drawn with Tinos. Text
  // fields are sized here (automatic sizes shrink to fit); a value we were given that does not
  // fit is refused, a value already in the template is drawn as before.
  const textAppearance = textFieldAppearance((field) => (given.has(field) ? 'refuse' : 'clip'));
  for (const field of fields) {
    if (field instanceof PDFTextField && field.needsAppearancesUpdate()) field.updateAppearances(font, textAppearance);
  }
  form.updateFieldAppearances(font);
  registerFormFont(doc, form, font);
  if (flatten) flattenForm(doc, form);

  doc.setModificationDate(new Date());
  dropUnreachableObjects(doc.context);
  const pdf = await doc.save({ updateFieldAppearances: false });
  return { pdf, filled, unknown, removed };
}

// ---------------------------------------------------------------------------------------------
// Loading

async function loadTemplate(bytes: Uint8Array): Promise<PDFDocument> {
  // Readers accept up to 1 KiB of junk before the header.
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new NotAPdfError(latin1(bytes.subarray(0, 16)).replace(/[^\x20-\x7e]/g, '.'));
  // Every trailer (or xref stream dictionary) of an encrypted file names its /Encrypt dictionary.
  // pdf-lib only looks at the last one, which in a linearized file has no /Encrypt (the first-page
  // trailer at the start has it): it would then "fill" undecrypted objects. So look at both ends.
  // This also spares pdf-lib's parser warnings about objects it cannot decrypt.
  if (ENCRYPT_ENTRY.test(latin1(bytes.subarray(0, 16384))) || ENCRYPT_ENTRY.test(latin1(bytes.subarray(Math.max(0, bytes.length - 16384))))) {
    throw new EncryptedPdfError();
  }
  try {
    return await parseTemplate(bytes);
  } catch (error) {
    if (error instanceof FillFormError) throw error;
    if (error instanceof EncryptedPDFError) throw new EncryptedPdfError();
    throw new UnreadablePdfError(error instanceof Error ? error.message : String(error), undefined, { cause: error });
  }
}

const ENCRYPT_ENTRY = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;
const latin1Decoder = new TextDecoder('latin1');

function latin1(bytes: Uint8Array): string {
  return latin1Decoder.decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// Fonts. Glyph padding is done once per font. fontkit parsing is NOT shared across documents:
// fontkit caches glyph objects per parsed font, and its subsetter creates the components of
// composite glyphs (the "ơ" inside "ở", the "a" inside "á") without their code points. A later
// document that lays out "ơ" gets that cached glyph, and pdf-lib writes no ToUnicode entry for
// it: the page prints right but "phương" extracts as "phư ng". Parsing per document costs ≈ 5 ms.

const paddedFonts = new WeakMap<Uint8Array, Uint8Array>();
const characterSets = new WeakMap<Uint8Array, Set<number>>();

function paddedFont(bytes: Uint8Array): Uint8Array {
  let padded = paddedFonts.get(bytes);
  if (!padded) {
    padded = glyphsArePadded(bytes) ? bytes : padGlyphs(bytes);
    paddedFonts.set(bytes, padded);
  }
  return padded;
}

function characterSet(padded: Uint8Array, font: PDFFont): Set<number> {
  let set = characterSets.get(padded);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(padded, set);
  }
  return set;
}

/** Puts the font in the form's default resources under the name the fields' `/DA` now use. */
function registerFormFont(doc: PDFDocument, form: PDFForm, font: PDFFont): void {
  const acroForm = form.acroForm.dict;
  acroForm.delete(PDFName.of('NeedAppearances'));
  let dr = acroForm.lookupMaybe(PDFName.of('DR'), PDFDict);
  if (!dr) {
    dr = doc.context.obj({});
    acroForm.set(PDFName.of('DR'), dr);
  }
  let fontDict = dr.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fontDict) {
    fontDict = doc.context.obj({});
    dr.set(PDFName.of('Font'), fontDict);
  }
  fontDict.set(PDFName.of(font.name), font.ref);
}

// ---------------------------------------------------------------------------------------------
// Values

function kindOf(field: PDFField): FormFieldKind {
  if (field instanceof PDFTextField) return 'text';
  if (field instanceof PDFCheckBox) return 'checkBox';
  if (field instanceof PDFRadioGroup) return 'radioGroup';
  if (field instanceof PDFDropdown) return 'dropdown';
  if (field instanceof PDFOptionList) return 'optionList';
  if (field instanceof PDFButton) return 'button';
  if (field instanceof PDFSignature) return 'signature';
  return 'unknown';
}

/** NFC, and every line break (CRLF, CR, NEL, LS, PS) as `\n`. */
function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n');
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function setFieldValue(field: PDFField, key: string, raw: string | boolean, charset: Set<number>): void {
  const kind = kindOf(field);
  if (field instanceof PDFCheckBox) {
    if (typeof raw === 'boolean') return raw ? field.check() : field.uncheck();
    if (typeof raw !== 'string') throw new FieldValueTypeError(key, kind, typeName(raw));
    const word = raw.normalize('NFC').trim().toLowerCase();
    const onValue = field.acroField.getOnValue()?.decodeText().normalize('NFC').toLowerCase();
    if (CHECKED_WORDS.includes(word) || (onValue !== undefined && word === onValue && word !== 'off')) return field.check();
    if (UNCHECKED_WORDS.includes(word)) return field.uncheck();
    throw new InvalidCheckBoxValueError(key, raw, CHECKED_WORDS, UNCHECKED_WORDS);
  }
  if (kind === 'button' || kind === 'signature' || kind === 'unknown') throw new UnfillableFieldError(key, kind);
  if (typeof raw !== 'string') throw new FieldValueTypeError(key, kind, typeName(raw));
  const text = normaliseText(raw);

  if (field instanceof PDFTextField) {
    const maxLength = field.getMaxLength();
    const length = [...text].length;
    if (maxLength !== undefined && length > maxLength) throw new ValueTooLongError(key, length, maxLength);
    assertPrintable(key, text, charset);
    // pdf-lib counts UTF-16 units; a character outside the BMP could still trip its own check.
    if (maxLength !== undefined && text.length > maxLength) throw new ValueTooLongError(key, text.length, maxLength);
    field.setText(text === '' ? undefined : text);
    return;
  }

  if (field instanceof PDFRadioGroup || field instanceof PDFDropdown || field instanceof PDFOptionList) {
    if (text === '') return field.clear();
    const options = field.getOptions();
    const option = options.find((o) => o === text) ?? options.find((o) => o.normalize('NFC') === text);
    if (option !== undefined) {
      if (!(field instanceof PDFRadioGroup)) assertPrintable(key, option, charset);
      return field.select(option);
    }
    if (field instanceof PDFDropdown && field.isEditable()) {
      assertPrintable(key, text, charset);
      return field.select(text);
    }
    throw new InvalidOptionError(key, kind, text, options);
  }
}

/**
 * Sets the font size of a text or choice field. pdf-lib sets it in the field's `/DA`, but a widget
 * with its own `/DA` wins when the appearance is drawn, so those are rewritten too.
 */
function setFontSize(field: PDFField, size: number): void {
  if (!(field instanceof PDFTextField || field instanceof PDFDropdown || field instanceof PDFOptionList)) return;
  field.setFontSize(size);
  for (const widget of field.acroField.getWidgets()) {
    if (widget.dict === field.acroField.dict) continue;
    const da = widget.getDefaultAppearance();
    if (da) widget.setDefaultAppearance(da.replace(/(\/\S+\s+)[-+]?[\d.]+(\s+Tf\b)/, `$1${size}$2`));
  }
}

/** Throws when the font has no glyph for some character of `text` (line breaks and tabs aside). */
function assertPrintable(key: string, text: string, charset: Set<number>): void {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || cp === 0x09 || cp === 0x0b || cp === 0x0c) continue;
    if (!charset.has(cp)) missing.add(ch);
  }
  if (missing.size) throw new UnsupportedCharacterError(key, [...missing]);
}

// ---------------------------------------------------------------------------------------------
// Flattening

/**
 * pdf-lib's `form.flatten()` plus a clean-up: pdf-lib removes a field's widget from the page by
 * the ref of its *appearance stream*, so widgets that are separate kids (radio buttons, any field
 * with several widgets) stay in `/Annots` pointing at deleted objects. Remove them here.
 */
function flattenForm(doc: PDFDocument, form: PDFForm): void {
  // context.getObjectRef searches every object: once per widget, that is quadratic in big forms.
  const refOf = new Map<unknown, PDFRef>(doc.context.enumerateIndirectObjects().map(([ref, object]) => [object, ref]));
  const widgetRefs = new Set<PDFRef>();
  for (const field of form.getFields()) {
    widgetRefs.add(field.ref);
    for (const widget of field.acroField.getWidgets()) {
      const ref = refOf.get(widget.dict);
      if (ref) widgetRefs.add(ref);
    }
  }
  form.flatten({ updateFieldAppearances: false });
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const entry = annots.get(i);
      if (entry instanceof PDFRef && (widgetRefs.has(entry) || doc.context.lookup(entry) === undefined)) annots.remove(i);
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
}

// ---------------------------------------------------------------------------------------------
// Guards (pdf-lib style: a wrong type is a TypeError that names the argument)

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'Object';
  return typeof value;
}

function assertIsBytes(value: unknown, name: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`\`${name}\` must be of type \`Uint8Array\`, but was actually of type \`${describe(value)}\``);
  }
}

function assertIsValues(value: unknown): asserts value is Record<string, string | boolean> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`\`values\` must be a plain object of field name → string | boolean, but was actually of type \`${describe(value)}\``);
  }
}

function assertIsOptions(value: unknown): asserts value is FillFormOptions {
  if (value === null || typeof value !== 'object') {
    throw new TypeError(`\`options\` must be an object with \`fonts\`, but was actually of type \`${describe(value)}\``);
  }
  const { fonts, flatten, fontSize } = value as Partial<FillFormOptions>;
  if (fonts === null || typeof fonts !== 'object') {
    throw new TypeError(
      `\`options.fonts\` must be the Tinos faces ({ regular, bold, italic, boldItalic } as Uint8Array; \`loadTinos()\` from '@thidua/pdf/node' in Node), but was actually of type \`${describe(fonts)}\``,
    );
  }
  assertIsBytes(fonts.regular, 'options.fonts.regular');
  if (flatten !== undefined && typeof flatten !== 'boolean') {
    throw new TypeError(`\`options.flatten\` must be of type \`boolean\`, but was actually of type \`${describe(flatten)}\``);
  }
  if (fontSize !== undefined && (typeof fontSize !== 'number' || !Number.isFinite(fontSize) || fontSize < 0)) {
    throw new TypeError(`\`options.fontSize\` must be a number ≥ 0 (0 = fit to the field), but was ${String(fontSize)}`);
  }
}
