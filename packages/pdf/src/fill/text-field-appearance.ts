// The appearance of a text field, drawn from fit-text.ts's layout with pdf-lib's drawing
// operators (same box, border, background and clip as pdf-lib's own appearance), so that an
// automatic size shrinks to fit and a value that does not fit is reported instead of clipped.
import {
  TextAlignment,
  adjustDimsForRotation,
  cmyk,
  componentsToColor,
  drawTextField,
  grayscale,
  reduceRotation,
  rgb,
  rotateInPlace,
  setFillingColor,
  setFontAndSize,
  type AppearanceProviderFor,
  type Color,
  type PDFFont,
  type PDFTextField,
} from 'pdf-lib';
import { TextDoesNotFitError } from './errors.js';
import { fitFieldText, type FieldLayout, type FieldLayoutKind } from './fit-text.js';

/** What to do with a value that does not fit: throw (a value the caller gave), or draw what fits (the template's own). */
export type OverflowPolicy = 'refuse' | 'clip';

/**
 * An appearance provider for text fields. With `refuse`, a value that does not fit throws a
 * [[TextDoesNotFitError]] naming the field.
 */
export function textFieldAppearance(policy: (field: PDFTextField) => OverflowPolicy): AppearanceProviderFor<PDFTextField> {
  return (field, widget, font) => {
    const size = fontSizeOf(widget.getDefaultAppearance()) ?? fontSizeOf(field.acroField.getDefaultAppearance()) ?? 0;
    const color = colorOf(widget.getDefaultAppearance()) ?? colorOf(field.acroField.getDefaultAppearance()) ?? grayscale(0);

    const ap = widget.getAppearanceCharacteristics();
    const borderWidth = widget.getBorderStyle()?.getWidth() ?? 0;
    const rotation = reduceRotation(ap?.getRotation());
    const rectangle = widget.getRectangle();
    const { width, height } = adjustDimsForRotation(rectangle, rotation);
    const maxLength = field.getMaxLength();
    const kind: FieldLayoutKind = field.isMultiline() ? 'multiline' : field.isCombed() && maxLength ? 'comb' : 'singleLine';
    // Acrobat keeps text 2 pt inside the border; a comb's cells use the whole width.
    const padding = kind === 'comb' ? 0 : 2;
    const box = { x: borderWidth + padding, y: borderWidth + padding, width: width - (borderWidth + padding) * 2, height: height - (borderWidth + padding) * 2 };

    const text = field.getText() ?? '';
    const fit = fitFieldText(text, { kind, size, box, cells: maxLength }, font);
    let layout: FieldLayout;
    if (fit.ok) layout = fit.layout;
    else if (policy(field) === 'refuse') throw new TextDoesNotFitError(field.getName(), fit.size, size === 0, fit.reason, fit.word);
    else layout = { size: fit.size, lines: kind === 'multiline' ? text.split('\n') : [text.replace(/\n/g, ' ')], lineHeight: font.heightAtSize(fit.size) };

    // Keep the template's size in /DA (0 stays automatic for a viewer that redraws), with our font.
    const target = widget.getDefaultAppearance() !== undefined ? widget : field.acroField;
    target.setDefaultAppearance(`${setFillingColor(color).toString()}\n${setFontAndSize(font.name, size).toString()}`);

    return [
      ...rotateInPlace({ ...rectangle, rotation }),
      ...drawTextField({
        x: borderWidth / 2,
        y: borderWidth / 2,
        width: width - borderWidth,
        height: height - borderWidth,
        borderWidth,
        borderColor: componentsToColor(ap?.getBorderColor()),
        color: componentsToColor(ap?.getBackgroundColor()),
        textColor: color,
        font: font.name,
        fontSize: layout.size,
        textLines: placeLines(layout, kind, box, field.getAlignment(), font, maxLength ?? 1),
        padding,
      }),
    ];
  };
}

type Box = { x: number; y: number; width: number; height: number };

function placeLines(layout: FieldLayout, kind: FieldLayoutKind, box: Box, alignment: TextAlignment, font: PDFFont, cells: number) {
  const { size, lineHeight } = layout;
  const ascent = font.heightAtSize(size, { descender: false });
  const line = (text: string, x: number, y: number, width: number) => ({ text, encoded: font.encodeText(text), width, height: ascent, x, y });
  if (kind === 'comb') {
    const cellWidth = box.width / cells;
    const y = box.y + (box.height - ascent) / 2;
    return layout.lines.map((c, i) => {
      const w = font.widthOfTextAtSize(c, size);
      return line(c, box.x + cellWidth * i + (cellWidth - w) / 2, y, w);
    });
  }
  const xOf = (w: number) =>
    alignment === TextAlignment.Center ? box.x + (box.width - w) / 2 : alignment === TextAlignment.Right ? box.x + box.width - w : box.x;
  if (kind === 'singleLine') {
    const w = font.widthOfTextAtSize(layout.lines[0] ?? '', size);
    return [line(layout.lines[0] ?? '', xOf(w), box.y + (box.height - ascent) / 2, w)];
  }
  // Multiline: from the top, the first baseline one ascent down.
  return layout.lines.map((text, i) => {
    const w = font.widthOfTextAtSize(text, size);
    return line(text, xOf(w), box.y + box.height - ascent - i * lineHeight, w);
  });
}

/** The size of the last `Tf` in a `/DA` string. */
function fontSizeOf(da: string | undefined): number | undefined {
  const matches = da ? [...da.matchAll(/\/[^\s/<>[\]()]*\s+([-+]?(?:\d+\.?\d*|\.\d+))\s+Tf\b/g)] : [];
  const last = matches.at(-1);
  if (!last) return undefined;
  const size = Number(last[1]);
  return Number.isFinite(size) && size >= 0 ? size : undefined;
}

/** The fill colour of a `/DA` string (`g`, `rg` or `k`). */
function colorOf(da: string | undefined): Color | undefined {
  const matches = da ? [...da.matchAll(/((?:[-+]?(?:\d+\.?\d*|\.\d+)\s+){1,4})(g|rg|k)\b/g)] : [];
  const last = matches.at(-1);
  if (!last) return undefined;
  const n = last[1]!.trim().split(/\s+/).map(Number);
  if (last[2] === 'g' && n.length >= 1) return grayscale(n.at(-1)!);
  if (last[2] === 'rg' && n.length >= 3) return rgb(n.at(-3)!, n.at(-2)!, n.at(-1)!);
  if (last[2] === 'k' && n.length >= 4) return cmyk(n.at(-4)!, n.at(-3)!, n.at(-2)!, n.at(-1)!);
  return undefined;
}
